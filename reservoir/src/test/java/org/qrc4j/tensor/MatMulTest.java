package org.qrc4j.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The matrix product against a naive triple loop, and threaded against single-threaded, bit for bit. */
class MatMulTest {

    private static double[] naive(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[p * m + j];
                }
                c[i * m + j] = s;
            }
        }
        return c;
    }

    private static Tensor rnd(long seed, int... shape) {
        return Tensor.randn(new SplittableRandom(seed), shape);
    }

    @Test
    void equalsNaiveLoopExactly() {
        // Sizes straddle the block sizes (k 128, j 256) and include degenerate ones.
        int[][] sizes = {{1, 1, 1}, {16, 20, 20}, {7, 130, 3}, {33, 129, 300}, {5, 0, 4}, {3, 257, 1}};
        for (int[] s : sizes) {
            Tensor a = rnd(1, s[0], s[1]);
            Tensor b = rnd(2, s[1], s[2]);
            assertArrayEquals(naive(a.data(), b.data(), s[0], s[1], s[2]), a.matmul(b).data(),
                    "size " + s[0] + "x" + s[1] + "x" + s[2]);
        }
    }

    @Test
    void batchedAndSharedWeightMatchPerItemProducts() {
        Tensor a = rnd(1, 3, 4, 5);
        Tensor b = rnd(2, 3, 5, 6);
        Tensor w = rnd(3, 5, 6);
        Tensor c = a.matmul(b);
        Tensor d = a.matmul(w);
        assertArrayEquals(new int[] {3, 4, 6}, c.shape());
        for (int i = 0; i < 3; i++) {
            double[] ai = a.slice(0, i, i + 1).data();
            assertArrayEquals(naive(ai, b.slice(0, i, i + 1).data(), 4, 5, 6), c.slice(0, i, i + 1).data());
            assertArrayEquals(naive(ai, w.data(), 4, 5, 6), d.slice(0, i, i + 1).data());
        }
        assertThrows(IllegalArgumentException.class, () -> a.matmul(rnd(4, 4, 6)));
        assertThrows(IllegalArgumentException.class, () -> a.matmul(rnd(4, 2, 5, 6)));
    }

    @Test
    void threadedEqualsSingleThreadBitForBit() {
        long old = MatMul.parallelThreshold();
        try {
            Tensor a = rnd(1, 301, 257).requiresGrad(true);
            Tensor b = rnd(2, 257, 290).requiresGrad(true);
            Tensor ba = rnd(3, 6, 40, 50).requiresGrad(true);
            Tensor bb = rnd(4, 6, 50, 30).requiresGrad(true);
            double[][] serial = run(a, b, ba, bb, Long.MAX_VALUE);
            double[][] threaded = run(a, b, ba, bb, 0);
            assertEquals(serial.length, threaded.length);
            for (int i = 0; i < serial.length; i++) {
                assertArrayEquals(serial[i], threaded[i], "result " + i);
            }
        } finally {
            MatMul.setParallelThreshold(old);
        }
    }

    private static double[][] run(Tensor a, Tensor b, Tensor ba, Tensor bb, long threshold) {
        MatMul.setParallelThreshold(threshold);
        for (Tensor t : new Tensor[] {a, b, ba, bb}) {
            t.clearGrad();
        }
        Tensor c = a.matmul(b);
        c.square().sum().backward();
        Tensor d = ba.matmul(bb);
        d.square().sum().backward();
        return new double[][] {c.data(), a.grad().clone(), b.grad().clone(), d.data(), ba.grad().clone(),
            bb.grad().clone()};
    }
}
