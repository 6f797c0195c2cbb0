package org.qrc4j.reservoir.quantum;

import java.util.Locale;
import java.util.Random;

/**
 * How the frozen rotation angles of a variational circuit are drawn: normal with a given standard
 * deviation (the authors' code uses 0.01) or uniform on [0, 2π).
 *
 * @param kind  {@code normal} or {@code uniform}
 * @param sigma the standard deviation of {@code normal} (ignored for {@code uniform})
 */
public record AngleDistribution(Kind kind, double sigma) {

    /** The two families. */
    public enum Kind {
        /** Normal with mean 0. */
        NORMAL,
        /** Uniform on [0, 2π). */
        UNIFORM
    }

    /** The authors' default: normal with σ = 0.01. */
    public static final AngleDistribution DEFAULT = normal(0.01);

    /** Checks the fields. */
    public AngleDistribution {
        if (kind == Kind.NORMAL && !(sigma > 0 && Double.isFinite(sigma))) {
            throw new IllegalArgumentException("sigma must be a positive number, got " + sigma);
        }
    }

    /** Normal with mean 0 and the given standard deviation. */
    public static AngleDistribution normal(double sigma) {
        return new AngleDistribution(Kind.NORMAL, sigma);
    }

    /** Uniform on [0, 2π). */
    public static AngleDistribution uniform() {
        return new AngleDistribution(Kind.UNIFORM, 0);
    }

    /**
     * Parses {@code normal} (σ = 0.01), {@code normal:SIGMA} or {@code uniform}.
     *
     * @throws IllegalArgumentException naming the text and the allowed forms
     */
    public static AngleDistribution parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("uniform")) {
            return uniform();
        }
        if (t.equals("normal")) {
            return DEFAULT;
        }
        if (t.startsWith("normal:")) {
            try {
                return normal(Double.parseDouble(t.substring("normal:".length())));
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("angle distribution must be normal, normal:SIGMA (e.g. normal:0.5) or uniform, got \""
                + text + "\"");
    }

    /** One angle from this distribution. */
    public double draw(Random random) {
        return kind == Kind.NORMAL ? sigma * random.nextGaussian() : 2 * Math.PI * random.nextDouble();
    }

    @Override
    public String toString() {
        return kind == Kind.UNIFORM ? "uniform" : "normal:" + sigma;
    }
}
