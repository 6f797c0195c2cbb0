package org.qrc4j.dynamics;

/**
 * A sampled trajectory of a flow: {@code raw[t]} is the state at time t·Δt (t = 0 … n − 1, after the
 * transient), {@code data} the same z-scored per dimension: (raw − mean) / sd, with the population
 * standard deviation (divisor n), so each column of {@code data} has mean 0 and standard deviation 1.
 * {@code mean} and {@code sd} undo the scaling: raw = data · sd + mean.
 *
 * <p>The arrays are the record's own (not copied, for large data); treat them as read-only.
 *
 * @param raw n × N states in the system's units
 * @param data n × N z-scored states, what models are trained and measured on
 * @param mean per-dimension mean of {@code raw}
 * @param sd per-dimension standard deviation of {@code raw}
 * @param dt sampling interval Δt
 */
public record Trajectory(double[][] raw, double[][] data, double[] mean, double[] sd, double dt) {
}
