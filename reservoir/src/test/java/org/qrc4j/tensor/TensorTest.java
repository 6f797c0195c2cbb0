package org.qrc4j.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Forward values against closed forms, and the autodiff machinery. */
class TensorTest {

    private static Tensor rnd(long seed, int... shape) {
        return Tensor.randn(new SplittableRandom(seed), shape);
    }

    // ---- factories and accessors

    @Test
    void factoriesAndAccessors() {
        Tensor t = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertArrayEquals(new int[] {2, 3}, t.shape());
        assertEquals(6, t.size());
        assertEquals(6.0, t.get(1, 2));
        assertEquals(2.0, t.get(0, 1));
        assertEquals(7.5, Tensor.scalar(7.5).item());
        assertEquals(0, Tensor.scalar(1).rank());
        assertArrayEquals(new double[] {2, 2}, Tensor.full(2, 2).data());
        assertArrayEquals(new double[] {1, 1, 1}, Tensor.ones(3).data());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[5], 2, 3));
        assertArrayEquals(rnd(9, 3, 2).data(), rnd(9, 3, 2).data(), "seeded randn is reproducible");
        Tensor u = Tensor.uniform(new SplittableRandom(3), 2, 5, 100);
        for (double v : u.data()) {
            assertTrue(v >= 2 && v < 5);
        }
    }

    // ---- closed forms

    @Test
    void broadcastValues() {
        Tensor a = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, a.add(Tensor.vector(10, 20, 30)).data());
        assertArrayEquals(new double[] {0, 1, 2, 2, 3, 4}, a.sub(Tensor.of(new double[] {1, 2}, 2, 1)).data());
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, a.mul(Tensor.scalar(2)).data());
        Tensor outer = Tensor.of(new double[] {1, 2}, 2, 1).mul(Tensor.of(new double[] {1, 10, 100}, 1, 3));
        assertArrayEquals(new int[] {2, 3}, outer.shape());
        assertArrayEquals(new double[] {1, 10, 100, 2, 20, 200}, outer.data());
        assertThrows(IllegalArgumentException.class, () -> a.add(Tensor.vector(1, 2)));
    }

    @Test
    void broadcastGradientsAreSummed() {
        Tensor a = Tensor.zeros(4, 3).requiresGrad(true);
        Tensor b = Tensor.vector(1, 2, 3).requiresGrad(true);
        a.add(b).sum().backward();
        assertArrayEquals(new double[] {4, 4, 4}, b.grad());
        Tensor c = Tensor.of(new double[] {1, 2}, 2, 1).requiresGrad(true);
        Tensor d = Tensor.of(new double[] {1, 10, 100}, 1, 3).requiresGrad(true);
        c.mul(d).sum().backward();
        assertArrayEquals(new double[] {111, 111}, c.grad());
        assertArrayEquals(new double[] {3, 3, 3}, d.grad());
    }

    @Test
    void softmaxSumsToOneAndIsStable() {
        Tensor x = rnd(1, 3, 4, 5).mul(30);
        for (int ax = 0; ax < 3; ax++) {
            Tensor s = x.softmax(ax).sum(ax);
            for (double v : s.data()) {
                assertEquals(1.0, v, 1e-14);
            }
            Tensor ls = x.logSoftmax(ax);
            Tensor e = x.softmax(ax);
            for (int i = 0; i < e.size(); i++) {
                assertEquals(Math.log(e.data()[i]), ls.data()[i], 1e-9);
            }
        }
        Tensor big = Tensor.vector(1000, 1000, 1000 - Math.log(2));
        // 1000 - log 2 is itself rounded at 1e-13, hence the tolerance.
        assertArrayEquals(new double[] {0.4, 0.4, 0.2}, big.softmax(0).data(), 1e-12);
    }

    @Test
    void layerNormHasMeanZeroVarianceOne() {
        Tensor x = rnd(2, 4, 7).mul(3).add(5);
        Tensor y = x.layerNorm(null, null, 0.0);
        for (int r = 0; r < 4; r++) {
            Tensor row = y.slice(0, r, r + 1);
            assertEquals(0.0, row.mean().item(), 1e-14);
            assertEquals(1.0, row.square().mean().item(), 1e-12);
        }
        Tensor g = Tensor.full(2.0, 7);
        Tensor b = Tensor.full(-1.0, 7);
        Tensor z = x.layerNorm(g, b, 0.0);
        for (int i = 0; i < z.size(); i++) {
            assertEquals(2 * y.data()[i] - 1, z.data()[i], 1e-14);
        }
    }

    @Test
    void activationClosedForms() {
        Tensor x = Tensor.vector(-1, 0, 1, 2);
        assertArrayEquals(new double[] {0, 0, 1, 2}, x.relu().data());
        assertEquals(0.0, Tensor.scalar(0).gelu().item());
        // Exact-erf GELU: gelu(1) = Phi(1).
        assertEquals(0.8413447460685429, Tensor.scalar(1).gelu().item(), 1e-15);
        assertEquals(-0.15865525393145707, Tensor.scalar(-1).gelu().item(), 1e-15);
        assertEquals(0.5, Tensor.scalar(0).sigmoid().item());
        assertEquals(1.0, Tensor.scalar(800).sigmoid().item());
        assertEquals(0.0, Tensor.scalar(-800).sigmoid().item());
        assertEquals(1 / (1 + Math.exp(-1)), Tensor.scalar(1).silu().item(), 1e-16);
        assertEquals(Math.tanh(0.3), Tensor.scalar(0.3).tanh().item());
        assertArrayEquals(new double[] {1, 0, 1, 2}, x.abs().data());
    }

    @Test
    void reductionValues() {
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals(21.0, x.sum().item());
        assertEquals(3.5, x.mean().item());
        assertArrayEquals(new double[] {5, 7, 9}, x.sum(0).data());
        assertArrayEquals(new double[] {2, 5}, x.mean(1).data());
        assertArrayEquals(new int[] {2, 1}, x.sum(-1, true).shape());
    }

    @Test
    void shapeOpValues() {
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, x.t().data());
        assertArrayEquals(new int[] {3, 2}, x.t().shape());
        assertArrayEquals(new double[] {2, 3, 5, 6}, x.slice(1, 1, 3).data());
        assertArrayEquals(new double[] {4, 5, 6, 1, 2, 3, 4, 5, 6}, x.indexSelect(0, 1, 0, 1).data());
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6},
                Tensor.concat(1, x, x).data());
        assertArrayEquals(new int[] {2, 2, 3}, Tensor.stack(0, x, x).shape());
        assertArrayEquals(new int[] {2, 2, 3}, Tensor.stack(1, x, x).shape());
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6}, Tensor.stack(1, x, x).data());
        assertArrayEquals(new int[] {3, 2}, x.reshape(-1, 2).shape());
        assertSame(x.data(), x.reshape(6).data(), "reshape is a view");
        Tensor p = rnd(3, 2, 3, 4).permute(1, 2, 0);
        assertArrayEquals(new int[] {3, 4, 2}, p.shape());
        assertArrayEquals(new double[] {0, 2, 3, 0, 5, 6},
                x.maskedFill(new boolean[] {true, false, false}, 0).data());
    }

    @Test
    void lossValues() {
        Tensor p = Tensor.vector(1, 2, 3);
        assertEquals((1 + 0 + 4) / 3.0, p.mseLoss(Tensor.vector(0, 2, 5)).item(), 1e-15);
        Tensor logits = Tensor.of(new double[] {0, 0, Math.log(2), 1, 1, 1}, 2, 3);
        double expected = (Math.log(4) - Math.log(2) + Math.log(3)) / 2;
        assertEquals(expected, logits.crossEntropy(2, 0).item(), 1e-15);
    }

    @Test
    void dropoutIsInvertedSeededAndIdentityWhenNotTraining() {
        Tensor x = Tensor.ones(10000);
        assertSame(x, x.dropout(0.3, false, new SplittableRandom(1)));
        Tensor y = x.dropout(0.3, true, new SplittableRandom(2));
        assertArrayEquals(y.data(), x.dropout(0.3, true, new SplittableRandom(2)).data());
        int zeros = 0;
        for (double v : y.data()) {
            if (v == 0) {
                zeros++;
            } else {
                assertEquals(1 / 0.7, v, 1e-15);
            }
        }
        assertEquals(3000, zeros, 230); // 5 standard deviations
        Tensor z = Tensor.ones(1000, 4).dropPath(0.5, true, new SplittableRandom(2));
        int dropped = 0;
        for (int s = 0; s < 1000; s++) {
            double first = z.get(s, 0);
            for (int j = 1; j < 4; j++) {
                assertEquals(first, z.get(s, j), "whole samples are kept or dropped");
            }
            if (first == 0) {
                dropped++;
            } else {
                assertEquals(2.0, first);
            }
        }
        assertEquals(500, dropped, 80); // 5 standard deviations
    }

    // ---- autodiff machinery

    @Test
    void gradientsAccumulateOverBackwardCalls() {
        Tensor w = Tensor.vector(1, 2, 3).requiresGrad(true);
        Tensor loss = w.square().sum();
        loss.backward();
        assertArrayEquals(new double[] {2, 4, 6}, w.grad());
        loss.backward(); // same graph again
        assertArrayEquals(new double[] {4, 8, 12}, w.grad());
        w.mul(3).sum().backward(); // a new graph
        assertArrayEquals(new double[] {7, 11, 15}, w.grad());
        w.zeroGrad();
        assertArrayEquals(new double[] {0, 0, 0}, w.grad());
    }

    @Test
    void intermediateGradientsAreFreed() {
        Tensor w = Tensor.vector(1, 2).requiresGrad(true);
        Tensor mid = w.mul(2);
        mid.sum().backward();
        assertNull(mid.grad());
        assertArrayEquals(new double[] {2, 2}, w.grad());
    }

    @Test
    void noGradBuildsNoGraph() {
        Tensor w = Tensor.vector(1, 2).requiresGrad(true);
        assertTrue(Tensor.isGradEnabled());
        Tensor y;
        try (NoGrad g = Tensor.noGrad()) {
            assertFalse(Tensor.isGradEnabled());
            try (NoGrad inner = Tensor.noGrad()) {
                assertFalse(Tensor.isGradEnabled());
            }
            assertFalse(Tensor.isGradEnabled());
            y = w.mul(w).sum();
        }
        assertTrue(Tensor.isGradEnabled());
        assertFalse(y.requiresGrad());
        assertTrue(y.isLeaf());
        assertTrue(y.inputs().isEmpty());
        assertThrows(IllegalStateException.class, y::backward);
        assertTrue(w.mul(w).requiresGrad());
    }

    @Test
    void detachCutsTheGradient() {
        Tensor w = Tensor.vector(3).requiresGrad(true);
        Tensor y = w.mul(w.detach()).sum(); // d/dw (w * const) = const
        y.backward();
        assertArrayEquals(new double[] {3}, w.grad());
        assertFalse(w.detach().requiresGrad());
        assertSame(w.data(), w.detach().data());
    }

    @Test
    void constantsGetNoGradient() {
        Tensor w = Tensor.vector(1, 2).requiresGrad(true);
        Tensor c = Tensor.vector(3, 4);
        w.mul(c).sum().backward();
        assertNull(c.grad());
        assertThrows(IllegalStateException.class, () -> w.mul(2).backward(), "non-scalar backward");
        assertThrows(IllegalStateException.class, () -> w.mul(2).requiresGrad(false));
    }

    @Test
    void longRecurrenceBackpropagatesWithoutStackOverflow() {
        // The AL-RNN shape: z_t = a * z_{t-1} + relu(z_{t-1}) W^T + h, batch 16, size 20.
        SplittableRandom rng = new SplittableRandom(7);
        Tensor a = Tensor.uniform(rng, 0.5, 0.9, 20).requiresGrad(true);
        Tensor w = Tensor.randn(rng, 20, 20).mul(0.05).detach().requiresGrad(true);
        Tensor h = Tensor.randn(rng, 20).mul(0.1).detach().requiresGrad(true);
        for (int steps : new int[] {200, 20000}) {
            Tensor z = Tensor.randn(rng, 16, 20);
            Tensor wt = w.t();
            Tensor loss = Tensor.scalar(0);
            for (int t = 0; t < steps; t++) {
                z = a.mul(z).add(z.relu().matmul(wt)).add(h);
                if (t % 10 == 0) {
                    loss = loss.add(z.square().mean());
                }
            }
            a.zeroGrad();
            loss.backward();
            for (double g : a.grad()) {
                assertTrue(Double.isFinite(g));
            }
            assertTrue(w.grad() != null && h.grad() != null);
        }
    }
}
