package org.qrc4j.simulator.gate;

/**
 * A gate angle: either a constant, or an affine function {@code scale * p[index] + offset} of one
 * entry of a parameter vector supplied when the circuit runs. Parameter angles let one circuit be
 * built once and run many times with different values, as reservoirs do.
 *
 * @param index  the parameter index, or -1 for a constant angle
 * @param scale  factor applied to the parameter (ignored for a constant)
 * @param offset constant part of the angle
 */
public record Angle(int index, double scale, double offset) {

    /** Checks the fields. */
    public Angle {
        if (index < -1) {
            throw new IllegalArgumentException("index must be -1 (constant) or a parameter index >= 0, got " + index);
        }
        if (!Double.isFinite(scale) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("angle must be finite, got scale=" + scale + " offset=" + offset);
        }
        if (index == -1) {
            scale = 0.0;
        }
    }

    /** A constant angle. */
    public static Angle of(double value) {
        return new Angle(-1, 0.0, value);
    }

    /** The angle {@code p[index]}. */
    public static Angle parameter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("parameter index must be >= 0, got " + index);
        }
        return new Angle(index, 1.0, 0.0);
    }

    /** Whether this angle depends on a parameter. */
    public boolean isParameter() {
        return index >= 0;
    }

    /** The value of this angle for the given parameters (which may be {@code null} for constants). */
    public double value(double[] parameters) {
        if (index < 0) {
            return offset;
        }
        if (parameters == null || index >= parameters.length) {
            throw new IllegalArgumentException("parameters must have at least " + (index + 1)
                    + " values, got " + (parameters == null ? "none" : parameters.length));
        }
        return scale * parameters[index] + offset;
    }

    /** The angle of opposite sign, used to invert rotations. */
    public Angle negate() {
        return index < 0 ? of(-offset) : new Angle(index, -scale, -offset);
    }

    @Override
    public String toString() {
        if (index < 0) {
            return Double.toString(offset);
        }
        StringBuilder text = new StringBuilder();
        if (scale == -1.0) {
            text.append('-');
        } else if (scale != 1.0) {
            text.append(scale).append('*');
        }
        text.append("p[").append(index).append(']');
        if (offset != 0.0) {
            text.append(offset > 0 ? " + " : " - ").append(Math.abs(offset));
        }
        return text.toString();
    }
}
