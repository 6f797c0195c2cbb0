package org.qrc4j.reservoir.readout;

/**
 * Error metrics between true values and predictions, all computed in one pass over the arrays
 * without allocation.
 *
 * <p>Every method takes {@code (truth, predicted)} in that order and throws
 * {@link IllegalArgumentException} when either array is null or empty, or when their lengths
 * differ. Non-finite values are not rejected: they propagate into the result, so a diverged model
 * shows up as {@code NaN} or infinity rather than as an exception in the middle of a sweep.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Mean squared error: (1/n) Σ (truth − predicted)². */
    public static double mse(double[] truth, double[] predicted) {
        check(truth, predicted);
        double sum = 0.0;
        for (int i = 0; i < truth.length; i++) {
            double d = truth[i] - predicted[i];
            sum += d * d;
        }
        return sum / truth.length;
    }

    /** Root mean squared error: √MSE. */
    public static double rmse(double[] truth, double[] predicted) {
        return Math.sqrt(mse(truth, predicted));
    }

    /**
     * Normalised RMSE: RMSE divided by the <em>population</em> standard deviation of the true
     * values, σ = √((1/n) Σ (truth − mean)²) (divisor n, not n − 1). A model that always predicts
     * the mean of the truth scores exactly 1; a perfect model scores 0.
     *
     * @return the NRMSE, or {@code NaN} when the true values are constant (σ = 0) and the
     *     normalisation is undefined
     */
    public static double nrmse(double[] truth, double[] predicted) {
        double rmse = rmse(truth, predicted);
        double sd = Math.sqrt(populationVariance(truth));
        return sd == 0.0 ? Double.NaN : rmse / sd;
    }

    /** Mean absolute error: (1/n) Σ |truth − predicted|. */
    public static double mae(double[] truth, double[] predicted) {
        check(truth, predicted);
        double sum = 0.0;
        for (int i = 0; i < truth.length; i++) {
            sum += Math.abs(truth[i] - predicted[i]);
        }
        return sum / truth.length;
    }

    /**
     * Coefficient of determination: R² = 1 − Σ (truth − predicted)² / Σ (truth − mean)². It is 1
     * for a perfect model, 0 for predicting the mean of the truth, and negative for anything worse.
     * Note that R² = 1 − NRMSE² with the population normalisation of {@link #nrmse}.
     *
     * @return R², or {@code NaN} when the true values are constant and R² is undefined
     */
    public static double r2(double[] truth, double[] predicted) {
        double mse = mse(truth, predicted);
        double variance = populationVariance(truth);
        return variance == 0.0 ? Double.NaN : 1.0 - mse / variance;
    }

    /** (1/n) Σ (x − mean)², two passes for accuracy. */
    private static double populationVariance(double[] x) {
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double sum = 0.0;
        for (double v : x) {
            double d = v - mean;
            sum += d * d;
        }
        return sum / x.length;
    }

    private static void check(double[] truth, double[] predicted) {
        if (truth == null || predicted == null) {
            throw new IllegalArgumentException("truth and predicted must not be null, got "
                    + (truth == null ? "null" : "an array") + " and " + (predicted == null ? "null" : "an array"));
        }
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predicted must have the same length, got "
                    + truth.length + " and " + predicted.length);
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("truth and predicted must not be empty");
        }
    }
}
