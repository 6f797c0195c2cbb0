package org.qrc4j.reservoir.readout;

import java.util.List;

/** Builds readouts by name, fresh or from saved parameters. */
public final class Readouts {

    /** The readout names, in the order shown to users. */
    public static final List<String> NAMES = List.of(RidgeReadout.NAME, RmspropReadout.NAME);

    private Readouts() {
    }

    /**
     * A fresh, unfitted readout.
     *
     * @param name    {@code ridge} or {@code rmsprop} (exact, lower case)
     * @param options hyperparameters; those of the other readout are ignored
     * @param seed    seed of rmsprop's init and shuffles; ridge is deterministic and ignores it
     * @throws IllegalArgumentException for an unknown name or null options
     */
    public static Readout byName(String name, ReadoutOptions options, long seed) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use ReadoutOptions.defaults()");
        }
        if (RidgeReadout.NAME.equals(name)) {
            return new RidgeReadout(options);
        }
        if (RmspropReadout.NAME.equals(name)) {
            return new RmspropReadout(options, seed);
        }
        throw new IllegalArgumentException("readout must be one of " + NAMES + ", got "
                + (name == null ? "null" : "'" + name + "'"));
    }

    /**
     * A readout of the given kind holding saved parameters, ready to {@link Readout#predict
     * predict} (for loading a saved model). Fitting it again trains afresh with the given options.
     *
     * @param weights the saved weights, at least one, all finite (copied)
     * @param bias    the saved bias, finite
     */
    public static Readout load(String name, ReadoutOptions options, long seed, double[] weights, double bias) {
        LinearReadout readout = (LinearReadout) byName(name, options, seed);
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights must hold at least one value, got "
                    + (weights == null ? "null" : "an empty array"));
        }
        for (int f = 0; f < weights.length; f++) {
            if (!Double.isFinite(weights[f])) {
                throw new IllegalArgumentException("weights[" + f + "] must be finite, got " + weights[f]);
            }
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be finite, got " + bias);
        }
        readout.setParameters(weights, bias);
        return readout;
    }

    /** {@link #load(String, ReadoutOptions, long, double[], double) load} with default options and seed 0. */
    public static Readout load(String name, double[] weights, double bias) {
        return load(name, ReadoutOptions.defaults(), 0L, weights, bias);
    }
}
