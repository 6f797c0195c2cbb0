package org.qrc4j.dynamics;

/**
 * The n-step prediction error: how far a model's prediction n steps ahead lands from the data, from
 * every possible starting point.
 *
 * <p>For every t with t + n &lt; T: start the model at observation x_t
 * ({@link ObservedModel#initialState}), iterate n steps, observe, and compare with x_{t+n}. The
 * result is the mean squared error over all T − n starting points and all N dimensions,
 * (1 / ((T − n) N)) Σ_t Σ_i (x̂_{t+n,i} − x_{t+n,i})². This is the authors' convention (Julia
 * {@code prediction_error}: a batch of all starting points, then {@code Flux.mse}), read to confirm
 * it; n = 20 is their default ({@code PE_n}). The error is in the units of the data, so z-score
 * the data first to compare across systems.
 */
public final class PredictionError {

    /** The default horizon n. */
    public static final int DEFAULT_STEPS = 20;

    private PredictionError() {
    }

    /** The {@value #DEFAULT_STEPS}-step prediction error. */
    public static double meanSquared(ObservedModel model, double[][] data) {
        return meanSquared(model, data, DEFAULT_STEPS);
    }

    /**
     * The n-step prediction error of {@code model} on {@code data} (T × N, N the model's observation
     * dimension); see the class comment. A model that diverges gives +∞ or NaN, not an exception.
     *
     * @param n the horizon, ≥ 1 and &lt; T
     */
    public static double meanSquared(ObservedModel model, double[][] data, int n) {
        int dims = Checks.columns("data", data);
        if (dims != model.observationDimension()) {
            throw new IllegalArgumentException("data has " + dims + " columns, the model observes "
                    + model.observationDimension() + " dimensions");
        }
        int t = data.length;
        if (n < 1 || n >= t) {
            throw new IllegalArgumentException("n must be in [1, T − 1] = [1, " + (t - 1) + "], got " + n);
        }
        double sum = 0;
        double[] next = new double[model.latentDimension()];
        for (int start = 0; start + n < t; start++) {
            double[] z = model.initialState(data[start]);
            for (int s = 0; s < n; s++) {
                model.step(z, next);
                double[] swap = z;
                z = next;
                next = swap;
            }
            double[] predicted = model.observe(z);
            double[] truth = data[start + n];
            for (int i = 0; i < dims; i++) {
                double diff = predicted[i] - truth[i];
                sum += diff * diff;
            }
        }
        return sum / ((double) (t - n) * dims);
    }
}
