package org.qrc4j.tensor.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qrc4j.tensor.ParameterSet;
import org.qrc4j.tensor.Tensor;

/**
 * Each optimiser against the published update rule written out independently here (textbook
 * form, one scalar at a time), plus convergence on a quadratic.
 */
class OptimizerTest {

    private static final double[] W0 = {1.0, -2.5, 0.5, 3.0};
    private static final double[] C = {1.0, 0.5, 2.0, -0.3};

    /** Loss sum(c * w^2) / 2 + sum(w): gradient c * w + 1 (never zero at W0, no symmetric case). */
    private static double grad(int i, double w) {
        return C[i] * w + 1;
    }

    private static Tensor loss(Tensor w) {
        return w.square().mul(Tensor.vector(C)).sum().mul(0.5).add(w.sum());
    }

    /** Runs {@code steps} steps of the optimiser made by {@code make}; returns the weights. */
    private static double[] run(Function<ParameterSet, Optimizer> make, int steps) {
        ParameterSet p = new ParameterSet();
        Tensor w = p.add("w", Tensor.vector(W0));
        Optimizer opt = make.apply(p);
        for (int s = 0; s < steps; s++) {
            opt.zeroGrad();
            loss(w).backward();
            opt.step();
        }
        return w.data().clone();
    }

    private static void assertClose(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-14 * Math.max(1, Math.abs(expected[i])), "element " + i);
        }
    }

    @Test
    void sgdPlainByHand() {
        // w = 1, c = 1: g = w + 1; lr 0.1: 1 - 0.2 = 0.8, then 0.8 - 0.18 = 0.62.
        ParameterSet p = new ParameterSet();
        Tensor w = p.add("w", Tensor.vector(1.0));
        Sgd sgd = new Sgd(p, 0.1);
        for (int s = 0; s < 2; s++) {
            sgd.zeroGrad();
            w.square().mul(0.5).add(w).sum().backward();
            sgd.step();
        }
        assertEquals(0.62, w.data()[0], 1e-15);
    }

    @Test
    void sgdMomentumWeightDecay() {
        double lr = 0.05;
        double mu = 0.9;
        double wd = 0.1;
        double[] w = W0.clone();
        double[] b = new double[4];
        for (int t = 1; t <= 3; t++) {
            for (int i = 0; i < 4; i++) {
                double g = grad(i, w[i]) + wd * w[i];
                b[i] = t == 1 ? g : mu * b[i] + g;
                w[i] -= lr * b[i];
            }
        }
        assertClose(w, run(p -> new Sgd(p, lr, mu, wd), 3));
    }

    @Test
    void adamFirstStepIsSignLike() {
        // After one step mhat = g and vhat = g^2, so w1 = w0 - lr * g / (|g| + eps).
        double lr = 0.01;
        double[] w1 = run(p -> new Adam(p, lr), 1);
        for (int i = 0; i < 4; i++) {
            double g = grad(i, W0[i]);
            assertEquals(W0[i] - lr * g / (Math.abs(g) + 1e-8), w1[i], 1e-15);
        }
    }

    private static double[] adamReference(double lr, double b1, double b2, double eps, double wd,
            boolean decoupled, int steps) {
        double[] w = W0.clone();
        double[] m = new double[4];
        double[] v = new double[4];
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < 4; i++) {
                double g = grad(i, w[i]);
                if (decoupled) {
                    w[i] -= lr * wd * w[i];
                } else {
                    g += wd * w[i];
                }
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double mhat = m[i] / (1 - Math.pow(b1, t));
                double vhat = v[i] / (1 - Math.pow(b2, t));
                w[i] -= lr * mhat / (Math.sqrt(vhat) + eps);
            }
        }
        return w;
    }

    @Test
    void adamAndAdamW() {
        assertClose(adamReference(0.01, 0.9, 0.999, 1e-8, 0, false, 2), run(p -> new Adam(p, 0.01), 2));
        assertClose(adamReference(0.02, 0.8, 0.99, 1e-6, 0.1, false, 5),
                run(p -> new Adam(p, 0.02, 0.8, 0.99, 1e-6, 0.1), 5));
        assertClose(adamReference(0.02, 0.8, 0.99, 1e-6, 0.1, true, 5),
                run(p -> new AdamW(p, 0.02, 0.8, 0.99, 1e-6, 0.1), 5));
        assertClose(adamReference(0.01, 0.9, 0.999, 1e-8, 0.01, true, 2), run(p -> new AdamW(p, 0.01), 2));
    }

    @Test
    void radamBothBranches() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        double rhoInf = 2 / (1 - b2) - 1;
        int steps = 8;
        double[] w = W0.clone();
        double[] m = new double[4];
        double[] v = new double[4];
        int rectified = 0;
        for (int t = 1; t <= steps; t++) {
            double rho = rhoInf - 2 * t * Math.pow(b2, t) / (1 - Math.pow(b2, t));
            if (rho > 5) {
                rectified++;
            }
            for (int i = 0; i < 4; i++) {
                double g = grad(i, w[i]);
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double mhat = m[i] / (1 - Math.pow(b1, t));
                if (rho > 5) {
                    double r = Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
                    // PyTorch puts eps on sqrt(v), not on sqrt(vhat): sqrt(1-b2^t)/(sqrt(v)+eps).
                    double adaptive = Math.sqrt(1 - Math.pow(b2, t)) / (Math.sqrt(v[i]) + eps);
                    w[i] -= lr * mhat * r * adaptive;
                } else {
                    w[i] -= lr * mhat;
                }
            }
        }
        assertTrue(rectified > 0 && rectified < steps, "both branches exercised: " + rectified);
        assertClose(w, run(p -> new RAdam(p, lr), steps));
    }

    @Test
    void rmsprop() {
        for (double mu : new double[] {0, 0.9}) {
            double lr = 0.01;
            double alpha = 0.99;
            double eps = 1e-8;
            double wd = 0.05;
            double[] w = W0.clone();
            double[] s = new double[4];
            double[] b = new double[4];
            for (int t = 1; t <= 4; t++) {
                for (int i = 0; i < 4; i++) {
                    double g = grad(i, w[i]) + wd * w[i];
                    s[i] = alpha * s[i] + (1 - alpha) * g * g;
                    double d = g / (Math.sqrt(s[i]) + eps);
                    b[i] = mu * b[i] + d;
                    w[i] -= lr * (mu > 0 ? b[i] : d);
                }
            }
            double m = mu;
            assertClose(w, run(p -> new RmsProp(p, lr, alpha, eps, m, wd), 4));
        }
        // Defaults: first step is lr * g / (sqrt(0.01) |g| + eps) = 10 lr sign(g).
        double[] w1 = run(p -> new RmsProp(p, 0.001), 1);
        for (int i = 0; i < 4; i++) {
            double g = grad(i, W0[i]);
            assertEquals(W0[i] - 0.001 * g / (Math.sqrt(0.01) * Math.abs(g) + 1e-8), w1[i], 1e-15);
        }
    }

    @Test
    void everyOptimiserConvergesOnAQuadratic() {
        // Minimum of sum(c w^2)/2 + sum(w) with c > 0: w* = -1/c.
        double[] c = {1.0, 0.5, 2.0, 4.0};
        double[] target = {-1.0, -2.0, -0.5, -0.25};
        assertEquals(0, c[0] * target[0] + 1);
        int epochs = 3000;
        LearningRateSchedule decay = LearningRateSchedule.exponential(0.05, 1e-4, epochs);
        Function<ParameterSet, Optimizer>[] makers = makers();
        for (Function<ParameterSet, Optimizer> make : makers) {
            ParameterSet p = new ParameterSet();
            Tensor w = p.add("w", Tensor.vector(W0));
            Optimizer opt = make.apply(p);
            for (int e = 0; e < epochs; e++) {
                opt.setLearningRate(decay.rate(e));
                opt.zeroGrad();
                w.square().mul(Tensor.vector(c)).sum().mul(0.5).add(w.sum()).backward();
                Optimizer.clipGradNorm(p, 10);
                opt.step();
            }
            assertArrayEquals(target, w.data(), 2e-3, opt.getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<ParameterSet, Optimizer>[] makers() {
        return new Function[] {
            (Function<ParameterSet, Optimizer>) p -> new Sgd(p, 0.05, 0.9, 0),
            (Function<ParameterSet, Optimizer>) p -> new Adam(p, 0.05),
            (Function<ParameterSet, Optimizer>) p -> new AdamW(p, 0.05, 0.9, 0.999, 1e-8, 0),
            (Function<ParameterSet, Optimizer>) p -> new RAdam(p, 0.05),
            (Function<ParameterSet, Optimizer>) p -> new RmsProp(p, 0.05),
        };
    }

    @Test
    void parametersWithoutGradientAreSkipped() {
        ParameterSet p = new ParameterSet();
        Tensor a = p.add("a", Tensor.vector(1.0));
        Tensor b = p.add("b", Tensor.vector(2.0));
        Adam adam = new Adam(p, 0.1);
        a.mul(3).sum().backward();
        adam.step();
        assertEquals(2.0, b.data()[0]);
        assertEquals(1.0 - 0.1 * 3 / (3 + 1e-8), a.data()[0], 1e-15);
    }
}
