package org.qrc4j.reservoir;

import java.util.Arrays;
import org.qrc4j.simulator.kernel.Parallel;

/**
 * Runs a cell over samples to produce the feature matrix a readout trains on, in the two modes of
 * reservoir computing. Features of a frozen cell are computed once per data set.
 */
public final class Features {

    private Features() {
    }

    /**
     * Window mode (the paper's): sample {@code s} is {@code inputs[s .. s + window)}; the state
     * starts at zero for every sample and the features are those of the window's last step.
     * Windows are independent, so they are spread over {@code threads} threads, each with its own
     * {@link Cell#fork()}: the result is the same for any number of threads.
     *
     * @param inputs  the input series
     * @param window  steps per sample, at least 1
     * @param samples number of samples; sample s reads inputs up to index s + window − 1
     * @return features[s][f]
     */
    public static double[][] windows(Cell cell, double[] inputs, int window, int samples, int threads) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (samples < 0 || samples + window - 1 > inputs.length) {
            throw new IllegalArgumentException("samples must be between 0 and " + Math.max(0, inputs.length - window + 1)
                    + " for " + inputs.length + " inputs and window " + window + ", got " + samples);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        double[][] features = new double[samples][cell.featureSize()];
        Parallel.forRange(samples, threads, (lo, hi) -> {
            Cell own = lo == 0 ? cell : cell.fork();
            double[] state = new double[own.stateSize()];
            for (int s = lo; s < hi; s++) {
                Arrays.fill(state, 0.0);
                for (int t = 0; t < window; t++) {
                    own.step(inputs[s + t], state, features[s]);
                }
            }
        });
        return features;
    }

    /**
     * Stream mode (classic reservoir computing): one pass over the whole series from a zero state;
     * row t holds the features after reading {@code inputs[t]}. Callers drop a washout of early
     * rows, whose features still remember the arbitrary zero start.
     *
     * @return features[t][f] for every t
     */
    public static double[][] stream(Cell cell, double[] inputs) {
        double[][] features = new double[inputs.length][cell.featureSize()];
        double[] state = new double[cell.stateSize()];
        for (int t = 0; t < inputs.length; t++) {
            cell.step(inputs[t], state, features[t]);
        }
        return features;
    }
}
