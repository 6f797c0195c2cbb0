package org.qrc4j.reservoir.classical;

import java.util.Map;
import java.util.Random;

/** Argument checks and draws shared by the classical cells; messages name parameter, value and allowed range. */
final class Checks {

    private Checks() {
    }

    static int atLeast(String parameter, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(parameter + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    static double finiteNonNegative(String parameter, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(parameter + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    static double finitePositive(String parameter, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(parameter + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** The named array of a weight map, which must exist, have the given length and hold finite values. */
    static double[] weight(Map<String, double[]> weights, String key, int length) {
        double[] values = weights.get(key);
        if (values == null) {
            throw new IllegalArgumentException("weights must contain \"" + key + "\" (keys " + weights.keySet() + ")");
        }
        if (values.length != length) {
            throw new IllegalArgumentException("weights \"" + key + "\" must have length " + length + ", got "
                    + values.length);
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("weights \"" + key + "\"[" + k + "] must be finite, got "
                        + values[k]);
            }
        }
        return values.clone();
    }

    /** Rejects keys outside {@code allowed}, so a misspelt key is not silently ignored. */
    static void onlyKeys(Map<String, double[]> weights, java.util.Set<String> allowed) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        for (String key : weights.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown weights key \"" + key + "\", allowed " + allowed);
            }
        }
    }

    /**
     * Fills {@code out} uniformly on [−bound, bound). {@code 2u − 1} is exact for the 53-bit
     * {@code u} of {@link Random#nextDouble()}, and multiplying a number of magnitude below 1 by
     * {@code bound} cannot round up to {@code bound}, so the upper end is excluded as in PyTorch.
     */
    static void uniform(Random random, double bound, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = bound * (2.0 * random.nextDouble() - 1.0);
        }
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
