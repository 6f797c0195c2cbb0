package org.qrc4j.tensor;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Gradient check against central finite differences, shared by the operation tests.
 *
 * <p>The output of the function under test is projected to a scalar with fixed random weights
 * {@code R} (seed 12345), {@code L = sum(f(x) * R)}, so every output element contributes with a
 * different weight and a wrong index in a backward pass shows. For each input element the
 * analytic gradient from {@link Tensor#backward()} must match {@code (L(x+h) - L(x-h)) / 2h} with
 * {@code h = 1e-6}: {@code |analytic - numeric| <= 1e-6 * max(1, |analytic|, |numeric|)}, a
 * relative error below 1e-6 for gradients of size 1 or more and an absolute one below that.
 * Inputs are built by the tests away from kinks (relu, abs) so the difference quotient is valid.
 */
final class GradCheck {

    static final double H = 1e-6;
    static final double TOL = 1e-6;

    private GradCheck() {
    }

    /** Uniform entries in [-1, 1) from a fixed seed, requiring grad. */
    static Tensor rand(long seed, int... shape) {
        return Tensor.uniform(new SplittableRandom(seed), -1, 1, shape).requiresGrad(true);
    }

    /** Entries in [lo, hi) from a fixed seed, requiring grad. */
    static Tensor randIn(long seed, double lo, double hi, int... shape) {
        return Tensor.uniform(new SplittableRandom(seed), lo, hi, shape).requiresGrad(true);
    }

    /** Entries with |x| in [0.2, 1.2) and random sign: away from the kink at 0. */
    static Tensor awayFromZero(long seed, int... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor t = Tensor.zeros(shape);
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (0.2 + r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
        }
        return t.requiresGrad(true);
    }

    /** Checks the gradients of {@code f} with respect to every input that requires grad. */
    static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        for (Tensor t : inputs) {
            t.clearGrad();
        }
        Tensor out = f.apply(inputs);
        double[] r = Tensor.randn(new SplittableRandom(12345), out.shape()).data();
        Tensor loss = out.mul(Tensor.of(r.clone(), out.shape())).sum();
        loss.backward();
        for (int k = 0; k < inputs.length; k++) {
            Tensor in = inputs[k];
            if (!in.requiresGrad()) {
                continue;
            }
            double[] analytic = in.grad();
            assertNotNull(analytic, "no gradient reached input " + k);
            double[] x = in.data();
            for (int i = 0; i < x.length; i++) {
                double saved = x[i];
                x[i] = saved + H;
                double lp = project(f, inputs, r);
                x[i] = saved - H;
                double lm = project(f, inputs, r);
                x[i] = saved;
                double numeric = (lp - lm) / (2 * H);
                double a = analytic[i];
                double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(numeric)));
                if (!(Math.abs(a - numeric) <= TOL * scale)) {
                    fail("input " + k + " element " + i + ": analytic " + a + " numeric " + numeric);
                }
            }
        }
    }

    private static double project(Function<Tensor[], Tensor> f, Tensor[] inputs, double[] r) {
        try (NoGrad g = Tensor.noGrad()) {
            double[] y = f.apply(inputs).data();
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                s += y[i] * r[i];
            }
            return s;
        }
    }
}
