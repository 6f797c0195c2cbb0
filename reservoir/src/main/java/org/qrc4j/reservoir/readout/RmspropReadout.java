package org.qrc4j.reservoir.readout;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paper's readout: a linear layer trained by RMSprop on the mean squared error, following
 * PyTorch's {@code nn.Linear(F, 1)}, {@code nn.MSELoss()}, {@code torch.optim.RMSprop} and a
 * shuffling {@code DataLoader} exactly, in double precision (PyTorch would default to float32):
 *
 * <ul>
 *   <li><b>Init</b> as {@code nn.Linear}: every weight and the bias uniform on [−1/√F, 1/√F). The
 *       distribution matches PyTorch's but the numbers cannot, because they come from Java's
 *       {@link SplittableRandom} seeded with the readout's seed, not from torch's generator.
 *   <li><b>Batches</b>: each epoch a fresh uniform permutation of the training samples
 *       (Fisher–Yates, from a second generator split off the same seed) is cut into batches of
 *       {@code batchSize}; the last batch may be smaller ({@code DataLoader} without
 *       {@code drop_last}).
 *   <li><b>Loss</b> per batch: L = (1/B) Σ (w·x + b − y)², so ∂L/∂w = (2/B) Σ r x and
 *       ∂L/∂b = (2/B) Σ r with r = w·x + b − y.
 *   <li><b>Step</b> per batch and parameter: v ← α v + (1 − α) g²; θ ← θ − lr · g / (√v + ε),
 *       with v starting at 0 and ε outside the square root; no momentum, centering or weight
 *       decay (PyTorch's defaults).
 * </ul>
 *
 * <p>The same seed gives bit-identical weights and history on every run and every fit of one
 * instance. Losses are recorded as described in {@link FitHistory}, including the loss of the
 * initial layer.
 */
public final class RmspropReadout extends LinearReadout {

    /** The name this readout has in {@link Readouts#byName}. */
    public static final String NAME = "rmsprop";

    private final ReadoutOptions options;
    private final long seed;

    /** A readout with the given options (the rmsprop ones apply) and seed. */
    public RmspropReadout(ReadoutOptions options, long seed) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use ReadoutOptions.defaults()");
        }
        this.options = options;
        this.seed = seed;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The seed this readout draws its init and shuffles from. */
    public long seed() {
        return seed;
    }

    /** The options this readout was built with. */
    public ReadoutOptions options() {
        return options;
    }

    @Override
    public FitHistory fit(double[][] trainX, double[] trainY, double[][] testX, double[] testY) {
        int features = checkFit(trainX, trainY, testX, testY);
        SplittableRandom init = initGenerator(seed);
        double bound = 1.0 / Math.sqrt(features);
        double[] w0 = new double[features];
        for (int f = 0; f < features; f++) {
            w0[f] = init.nextDouble(-bound, bound);
        }
        double b0 = init.nextDouble(-bound, bound);
        return train(w0, b0, shuffleGenerator(seed), trainX, trainY, testX, testY);
    }

    /**
     * Trains from the given initial parameters with the given shuffle generator; {@link #fit} calls
     * this after drawing the init. Package-private so tests can start from known parameters.
     */
    FitHistory train(double[] w0, double b0, SplittableRandom shuffle, double[][] trainX, double[] trainY,
            double[][] testX, double[] testY) {
        final int n = trainX.length;
        final int features = w0.length;
        final int epochs = options.epochs();
        final int batchSize = options.batchSize();
        final double lr = options.learningRate();
        final double alpha = options.alpha();
        final double oneMinusAlpha = 1.0 - alpha;
        final double eps = options.epsilon();

        double[] weights = w0.clone();
        double bias = b0;
        double[] gradW = new double[features];
        double[] sqW = new double[features]; // RMSprop square averages, start at 0
        double sqB = 0.0;
        int[] order = new int[n];

        double[] trainLoss = new double[epochs];
        double[] testLoss = new double[testX.length == 0 ? 0 : epochs];
        double initialTrain = mse(weights, bias, trainX, trainY);
        double initialTest = mse(weights, bias, testX, testY);

        for (int epoch = 0; epoch < epochs; epoch++) {
            permutation(order, shuffle);
            for (int start = 0; start < n; start += batchSize) {
                int end = Math.min(start + batchSize, n);
                Arrays.fill(gradW, 0.0);
                double gradB = 0.0;
                for (int i = start; i < end; i++) {
                    double[] x = trainX[order[i]];
                    double r = dot(weights, bias, x) - trainY[order[i]];
                    for (int f = 0; f < features; f++) {
                        gradW[f] += r * x[f];
                    }
                    gradB += r;
                }
                // Gradient of the batch mean of r², as nn.MSELoss() with reduction 'mean'.
                double scale = 2.0 / (end - start);
                for (int f = 0; f < features; f++) {
                    double g = gradW[f] * scale;
                    sqW[f] = alpha * sqW[f] + oneMinusAlpha * g * g;
                    weights[f] -= lr * g / (Math.sqrt(sqW[f]) + eps);
                }
                double g = gradB * scale;
                sqB = alpha * sqB + oneMinusAlpha * g * g;
                bias -= lr * g / (Math.sqrt(sqB) + eps);
            }
            trainLoss[epoch] = mse(weights, bias, trainX, trainY);
            if (testLoss.length > 0) {
                testLoss[epoch] = mse(weights, bias, testX, testY);
            }
        }
        this.w = weights;
        this.b = bias;
        return new FitHistory(NAME, trainLoss, testLoss, initialTrain, initialTest, Double.NaN, new double[0],
                new double[0]);
    }

    /**
     * Overwrites {@code order} with a fresh uniform permutation of 0..n−1 (Fisher–Yates). A fresh
     * one each epoch, not a reshuffle of the last, as {@code RandomSampler} draws {@code randperm}.
     */
    static void permutation(int[] order, SplittableRandom random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /*
     * Two independent streams split off one seed, so the number of init draws (F + 1) does not
     * shift the shuffles, and tests can replay either.
     */

    /** The generator {@link #fit} draws the initial layer from. */
    static SplittableRandom initGenerator(long seed) {
        return new SplittableRandom(seed).split();
    }

    /** The generator {@link #fit} draws the epoch permutations from. */
    static SplittableRandom shuffleGenerator(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.split();
        return root.split();
    }
}
