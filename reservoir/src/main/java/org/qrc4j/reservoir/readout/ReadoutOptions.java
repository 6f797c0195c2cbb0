package org.qrc4j.reservoir.readout;

import java.util.Arrays;

/**
 * Hyperparameters of both readouts, immutable. Start from {@link #defaults()} and change values
 * with the {@code with...} methods, each of which validates its argument and returns a new
 * instance. Options that do not apply to a readout are ignored by it.
 *
 * <p>Defaults for {@code rmsprop} are the paper's protocol (Chen et al., arXiv 2211.02612):
 * learning rate 0.01, α 0.99, ε 1e-8, batch size 10, 100 epochs. Defaults for {@code ridge}: λ
 * chosen from {@link #DEFAULT_LAMBDA_GRID} (1e-8, 1e-7, …, 1e2: eleven values, one per decade) by
 * the MSE on the last {@value #DEFAULT_VALIDATION_FRACTION} of the training samples in time order.
 */
public final class ReadoutOptions {

    /** Default RMSprop learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    /** Default number of epochs. */
    public static final int DEFAULT_EPOCHS = 100;
    /** Default mini-batch size. */
    public static final int DEFAULT_BATCH_SIZE = 10;
    /** Default RMSprop smoothing constant α (PyTorch's {@code alpha}). */
    public static final double DEFAULT_ALPHA = 0.99;
    /** Default RMSprop ε, added outside the square root as in PyTorch. */
    public static final double DEFAULT_EPSILON = 1e-8;
    /** Default fraction of the training samples, taken from the end, used to choose λ. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;

    private static final double[] DEFAULT_LAMBDA_GRID = {
        1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2
    };

    private static final ReadoutOptions DEFAULTS = new ReadoutOptions(DEFAULT_LEARNING_RATE, DEFAULT_EPOCHS,
            DEFAULT_BATCH_SIZE, DEFAULT_ALPHA, DEFAULT_EPSILON, DEFAULT_LAMBDA_GRID.clone(), Double.NaN,
            DEFAULT_VALIDATION_FRACTION);

    private final double learningRate;
    private final int epochs;
    private final int batchSize;
    private final double alpha;
    private final double epsilon;
    private final double[] lambdaGrid;
    private final double lambda; // NaN: choose from lambdaGrid
    private final double validationFraction;

    private ReadoutOptions(double learningRate, int epochs, int batchSize, double alpha, double epsilon,
            double[] lambdaGrid, double lambda, double validationFraction) {
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.lambdaGrid = lambdaGrid;
        this.lambda = lambda;
        this.validationFraction = validationFraction;
    }

    /** The defaults described in the class comment. */
    public static ReadoutOptions defaults() {
        return DEFAULTS;
    }

    /** The default λ grid: 1e-8 to 1e2, one value per decade (a copy). */
    public static double[] defaultLambdaGrid() {
        return DEFAULT_LAMBDA_GRID.clone();
    }

    /** RMSprop learning rate, a finite number &gt; 0. */
    public ReadoutOptions withLearningRate(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw bad("learningRate", value, "a finite number > 0");
        }
        return new ReadoutOptions(value, epochs, batchSize, alpha, epsilon, lambdaGrid, lambda, validationFraction);
    }

    /** Number of RMSprop epochs, at least 1. */
    public ReadoutOptions withEpochs(int value) {
        if (value < 1) {
            throw bad("epochs", value, "an integer >= 1");
        }
        return new ReadoutOptions(learningRate, value, batchSize, alpha, epsilon, lambdaGrid, lambda, validationFraction);
    }

    /** Mini-batch size, at least 1; a batch larger than the training set is the whole set. */
    public ReadoutOptions withBatchSize(int value) {
        if (value < 1) {
            throw bad("batchSize", value, "an integer >= 1");
        }
        return new ReadoutOptions(learningRate, epochs, value, alpha, epsilon, lambdaGrid, lambda, validationFraction);
    }

    /** RMSprop smoothing constant α, in [0, 1). */
    public ReadoutOptions withAlpha(double value) {
        if (!(value >= 0 && value < 1)) {
            throw bad("alpha", value, "a number in [0, 1)");
        }
        return new ReadoutOptions(learningRate, epochs, batchSize, value, epsilon, lambdaGrid, lambda, validationFraction);
    }

    /** RMSprop ε, a finite number &gt; 0. */
    public ReadoutOptions withEpsilon(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw bad("epsilon", value, "a finite number > 0");
        }
        return new ReadoutOptions(learningRate, epochs, batchSize, alpha, value, lambdaGrid, lambda, validationFraction);
    }

    /**
     * The λ values ridge chooses from, each finite and &gt;= 0, at least one; clears a fixed λ. The
     * order does not matter.
     */
    public ReadoutOptions withLambdaGrid(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("lambdaGrid must hold at least one value, got "
                    + (values == null ? "null" : "an empty array"));
        }
        for (double v : values) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw bad("lambdaGrid", Arrays.toString(values), "finite numbers >= 0");
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new ReadoutOptions(learningRate, epochs, batchSize, alpha, epsilon, sorted, Double.NaN,
                validationFraction);
    }

    /**
     * A fixed ridge λ, finite and &gt;= 0: no validation split, the fit uses all training samples.
     * λ = 0 is ordinary least squares (solved by pseudo-inverse when the features are collinear).
     */
    public ReadoutOptions withLambda(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw bad("lambda", value, "a finite number >= 0");
        }
        return new ReadoutOptions(learningRate, epochs, batchSize, alpha, epsilon, lambdaGrid, value, validationFraction);
    }

    /** Fraction of training samples, from the end in time order, used to choose λ; in (0, 1). */
    public ReadoutOptions withValidationFraction(double value) {
        if (!(value > 0 && value < 1)) {
            throw bad("validationFraction", value, "a number in (0, 1)");
        }
        return new ReadoutOptions(learningRate, epochs, batchSize, alpha, epsilon, lambdaGrid, lambda, value);
    }

    /** RMSprop learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Number of RMSprop epochs. */
    public int epochs() {
        return epochs;
    }

    /** Mini-batch size. */
    public int batchSize() {
        return batchSize;
    }

    /** RMSprop smoothing constant α. */
    public double alpha() {
        return alpha;
    }

    /** RMSprop ε. */
    public double epsilon() {
        return epsilon;
    }

    /** The λ grid in ascending order (a copy). */
    public double[] lambdaGrid() {
        return lambdaGrid.clone();
    }

    /** Whether ridge uses a fixed λ instead of choosing one from the grid. */
    public boolean hasFixedLambda() {
        return !Double.isNaN(lambda);
    }

    /** The fixed λ, or {@code NaN} when λ is chosen from the grid. */
    public double lambda() {
        return lambda;
    }

    /** Validation fraction for choosing λ. */
    public double validationFraction() {
        return validationFraction;
    }

    @Override
    public String toString() {
        return "ReadoutOptions[learningRate=" + learningRate + ", epochs=" + epochs + ", batchSize=" + batchSize
                + ", alpha=" + alpha + ", epsilon=" + epsilon + ", lambda="
                + (hasFixedLambda() ? Double.toString(lambda) : "chosen from " + Arrays.toString(lambdaGrid))
                + ", validationFraction=" + validationFraction + "]";
    }

    private static IllegalArgumentException bad(String parameter, Object value, String allowed) {
        return new IllegalArgumentException(parameter + " must be " + allowed + ", got " + value);
    }
}
