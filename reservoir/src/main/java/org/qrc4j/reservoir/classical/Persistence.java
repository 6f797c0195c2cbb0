package org.qrc4j.reservoir.classical;

/**
 * The persistence baseline: predict that the next value equals the last one seen. It is meant
 * for autoregressive tasks, where the target of a sample is the input that follows its window;
 * for other targets the "prediction" is just the last input and rarely a fair baseline.
 * It needs no cell and no training.
 */
public final class Persistence {

    private Persistence() {
    }

    /**
     * The last value of a window.
     *
     * @throws IllegalArgumentException if the window is empty
     */
    public static double predict(double[] window) {
        if (window == null || window.length == 0) {
            throw new IllegalArgumentException("window must hold at least 1 value, got "
                    + (window == null ? "null" : "0"));
        }
        return window[window.length - 1];
    }

    /**
     * Predictions for the samples of {@link org.qrc4j.reservoir.Features#windows} with the same
     * arguments: sample s predicts {@code inputs[s + window − 1]}, the last input of its window.
     *
     * @throws IllegalArgumentException on the same arguments {@code Features.windows} rejects
     */
    public static double[] predict(double[] inputs, int window, int samples) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (samples < 0 || samples + window - 1 > inputs.length) {
            throw new IllegalArgumentException("samples must be between 0 and " + Math.max(0, inputs.length - window + 1)
                    + " for " + inputs.length + " inputs and window " + window + ", got " + samples);
        }
        double[] predictions = new double[samples];
        System.arraycopy(inputs, window - 1, predictions, 0, samples);
        return predictions;
    }
}
