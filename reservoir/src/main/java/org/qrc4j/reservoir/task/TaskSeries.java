package org.qrc4j.reservoir.task;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One task's data: an input series a reservoir reads and the target series its readout predicts,
 * both of length N, with the time (or x) axis they are sampled on for plots. Immutable: the arrays
 * are copied in and every accessor returning an array returns a copy.
 *
 * <p>For autoregressive tasks (predict the next value of the same series) {@code targets} equals
 * {@code inputs}. When the task scaled its raw series to [-1, 1], {@link #scaling()} holds the
 * {@link MinMax} used, so predictions can be mapped back with {@link #unscale(double[])}; inputs and
 * targets are then both in scaled units.
 */
public final class TaskSeries {

    private final String name;
    private final String description;
    private final double[] time;
    private final double[] inputs;
    private final double[] targets;
    private final MinMax scaling;

    /**
     * @param name        short name, such as {@code narma5}
     * @param description one line saying what the series is
     * @param time        the time or x axis, length N
     * @param inputs      the inputs, length N, finite
     * @param targets     the targets, length N, finite (the same values as inputs when autoregressive)
     * @param scaling     the min-max scaling applied to the raw series, or null if it was not scaled
     */
    public TaskSeries(String name, String description, double[] time, double[] inputs, double[] targets,
            MinMax scaling) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(targets, "targets");
        if (inputs.length == 0) {
            throw new IllegalArgumentException("inputs must not be empty (task " + name + ")");
        }
        if (time.length != inputs.length || targets.length != inputs.length) {
            throw new IllegalArgumentException("time, inputs and targets must have the same length (task " + name
                    + "), got " + time.length + ", " + inputs.length + ", " + targets.length);
        }
        requireFinite(name, "inputs", inputs);
        requireFinite(name, "targets", targets);
        this.time = time.clone();
        this.inputs = inputs.clone();
        this.targets = targets.clone();
        this.scaling = scaling;
    }

    private static void requireFinite(String task, String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] must be finite (task " + task + "), got " + values[i]);
            }
        }
    }

    /** Short name, as accepted by {@link Tasks#byName(String)}. */
    public String name() {
        return name;
    }

    /** One line saying what the series is and how it was made. */
    public String description() {
        return description;
    }

    /** N, the number of points. */
    public int length() {
        return inputs.length;
    }

    /** The time or x axis (a copy). */
    public double[] time() {
        return time.clone();
    }

    /** The inputs (a copy). */
    public double[] inputs() {
        return inputs.clone();
    }

    /** The targets (a copy). */
    public double[] targets() {
        return targets.clone();
    }

    /** Input at index i, without copying the series. */
    public double input(int i) {
        return inputs[i];
    }

    /** Target at index i, without copying the series. */
    public double target(int i) {
        return targets[i];
    }

    /** Whether the targets are the inputs themselves (predict the next value of the same series). */
    public boolean autoregressive() {
        return Arrays.equals(inputs, targets);
    }

    /** Whether the raw series was min-max scaled to [-1, 1]. */
    public boolean scaled() {
        return scaling != null;
    }

    /** The min-max scaling applied to the raw series, if any. */
    public Optional<MinMax> scaling() {
        return Optional.ofNullable(scaling);
    }

    /**
     * Maps values in the series' units (such as predictions of targets) back to the raw units: the
     * inverse scaling if the series was scaled, else a plain copy.
     */
    public double[] unscale(double[] values) {
        return scaling == null ? values.clone() : scaling.unscale(values);
    }

    @Override
    public String toString() {
        return "TaskSeries[" + name + ", N=" + inputs.length + (scaling == null ? ", not scaled" : ", scaled " + scaling)
                + "]";
    }
}
