package org.qrc4j.reservoir.readout;

/**
 * What one {@link Readout#fit} recorded, immutable; every array getter returns a copy.
 *
 * <p>Losses are MSE ({@link Metrics#mse}) over the <em>whole</em> train or test set, evaluated
 * with the parameters at the end of each epoch, so {@code trainLoss()[e]} is the loss after epoch
 * {@code e + 1}. For {@code rmsprop} the arrays have one entry per epoch, and the loss of the
 * freshly initialised layer, before the first epoch, is kept apart in {@link #initialTrainLoss()}
 * and {@link #initialTestLoss()}. For {@code ridge} the single closed-form solve counts as one
 * epoch: one entry each, and no initial loss.
 *
 * <p>When the test set was empty, {@link #testLoss()} is an empty array and
 * {@link #initialTestLoss()} is {@code NaN}.
 */
public final class FitHistory {

    private final String readout;
    private final double[] trainLoss;
    private final double[] testLoss;
    private final double initialTrainLoss;
    private final double initialTestLoss;
    private final double lambda;
    private final double[] lambdaGrid;
    private final double[] validationLoss;

    FitHistory(String readout, double[] trainLoss, double[] testLoss, double initialTrainLoss,
            double initialTestLoss, double lambda, double[] lambdaGrid, double[] validationLoss) {
        this.readout = readout;
        this.trainLoss = trainLoss;
        this.testLoss = testLoss;
        this.initialTrainLoss = initialTrainLoss;
        this.initialTestLoss = initialTestLoss;
        this.lambda = lambda;
        this.lambdaGrid = lambdaGrid;
        this.validationLoss = validationLoss;
    }

    /** Name of the readout that was fitted ({@code ridge} or {@code rmsprop}). */
    public String readout() {
        return readout;
    }

    /** Epochs run: the length of {@link #trainLoss()} (1 for ridge). */
    public int epochs() {
        return trainLoss.length;
    }

    /** Train MSE after each epoch. */
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    /** Test MSE after each epoch; empty when there was no test set. */
    public double[] testLoss() {
        return testLoss.clone();
    }

    /** Whether a test set was given, that is whether {@link #testLoss()} is non-empty. */
    public boolean hasTest() {
        return testLoss.length > 0;
    }

    /** Train MSE after the last epoch. */
    public double finalTrainLoss() {
        return trainLoss[trainLoss.length - 1];
    }

    /** Test MSE after the last epoch, or {@code NaN} without a test set. */
    public double finalTestLoss() {
        return hasTest() ? testLoss[testLoss.length - 1] : Double.NaN;
    }

    /** Whether a loss before training was recorded (rmsprop: yes; ridge: no). */
    public boolean hasInitialLoss() {
        return !Double.isNaN(initialTrainLoss);
    }

    /** Train MSE of the initial parameters, before the first epoch; {@code NaN} for ridge. */
    public double initialTrainLoss() {
        return initialTrainLoss;
    }

    /** Test MSE of the initial parameters; {@code NaN} for ridge or without a test set. */
    public double initialTestLoss() {
        return initialTestLoss;
    }

    /** The λ ridge used (chosen or fixed); {@code NaN} for rmsprop. */
    public double lambda() {
        return lambda;
    }

    /**
     * The λ values ridge tried, ascending, paired with {@link #validationLoss()}; empty for rmsprop
     * and for ridge with a fixed λ.
     */
    public double[] lambdaGrid() {
        return lambdaGrid.clone();
    }

    /** Validation MSE for each value of {@link #lambdaGrid()}. */
    public double[] validationLoss() {
        return validationLoss.clone();
    }

    /**
     * The first epoch (1-based) whose train loss is within {@code relative} of the final train loss:
     * the smallest e with {@code trainLoss()[e - 1] <= (1 + relative) * finalTrainLoss()}.
     *
     * @param relative tolerance, finite and &gt;= 0 (0.1 for 10 %)
     * @return the epoch, between 1 and {@link #epochs()}, or −1 if the final loss is {@code NaN}
     */
    public int epochsToWithin(double relative) {
        if (!(relative >= 0) || !Double.isFinite(relative)) {
            throw new IllegalArgumentException("relative must be a finite number >= 0, got " + relative);
        }
        double bound = (1 + relative) * finalTrainLoss();
        for (int e = 0; e < trainLoss.length; e++) {
            if (trainLoss[e] <= bound) {
                return e + 1;
            }
        }
        return -1;
    }

    /** {@link #epochsToWithin epochsToWithin(0.1)}: the first epoch within 10 % of the final train loss. */
    public int epochsToWithin10Percent() {
        return epochsToWithin(0.1);
    }
}
