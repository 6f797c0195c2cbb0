package org.qrc4j.reservoir.task;

import java.util.Objects;

/**
 * Min-max scaling of a series to [-1, 1], and its inverse, so predictions made on the scaled series
 * can be mapped back to the original units. Immutable.
 *
 * <p>The forward map is {@code 2 (x − min) / (max − min) − 1}: in floating point it sends
 * {@code min} to exactly −1 and {@code max} to exactly 1 (the quotient of equal numbers is exactly 1)
 * and, rounding being monotone, keeps every x in [min, max] inside [-1, 1]. The inverse is written as
 * the interpolation {@code ((1 − y)/2) min + ((1 + y)/2) max} rather than {@code min + (y + 1)/2 (max −
 * min)} so that −1 and 1 map back to exactly {@code min} and {@code max}.
 */
public final class MinMax {

    private final double min;
    private final double max;

    /**
     * @param min the value mapped to −1, finite
     * @param max the value mapped to 1, finite and greater than {@code min}
     */
    public MinMax(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("min and max must be finite, got min " + min + ", max " + max);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("max must be greater than min to scale, got min " + min
                    + ", max " + max + " (a constant series cannot be min-max scaled)");
        }
        this.min = min;
        this.max = max;
    }

    /**
     * The scaling fitted to a whole series: its smallest and largest values.
     *
     * @throws IllegalArgumentException if the series is empty, has a non-finite value or is constant
     */
    public static MinMax of(double[] series) {
        Objects.requireNonNull(series, "series");
        if (series.length == 0) {
            throw new IllegalArgumentException("series must not be empty to fit a min-max scaling");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < series.length; i++) {
            double v = series[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("series[" + i + "] must be finite to fit a min-max scaling, got " + v);
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new MinMax(lo, hi);
    }

    /** The value mapped to −1. */
    public double min() {
        return min;
    }

    /** The value mapped to 1. */
    public double max() {
        return max;
    }

    /** Maps an original value to the scaled one ([min, max] onto [-1, 1]). */
    public double scale(double x) {
        return 2.0 * ((x - min) / (max - min)) - 1.0;
    }

    /** {@link #scale(double)} of every value, in a new array. */
    public double[] scale(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = scale(xs[i]);
        }
        return out;
    }

    /** Maps a scaled value (such as a prediction) back to original units. */
    public double unscale(double y) {
        return 0.5 * (1.0 - y) * min + 0.5 * (1.0 + y) * max;
    }

    /** {@link #unscale(double)} of every value, in a new array. */
    public double[] unscale(double[] ys) {
        double[] out = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = unscale(ys[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinMax other
                && Double.compare(min, other.min) == 0 && Double.compare(max, other.max) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return "MinMax[min=" + min + ", max=" + max + "]";
    }
}
