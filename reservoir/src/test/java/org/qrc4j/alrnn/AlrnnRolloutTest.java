package org.qrc4j.alrnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qrc4j.tensor.Tensor;

class AlrnnRolloutTest {

    // M = 5 takes every path of the blocked kernels: one 4-row block, a leftover row, a leftover
    // column, and an odd tail in the pairwise sums.
    private static final int M = 5, N = 2, P = 2, T = 12, S = 3;

    private static AlrnnModel model(long seed) {
        Random r = new Random(seed);
        double[] a = new double[M], w = new double[M * M], h = new double[M], l = new double[(M - N) * N];
        for (int i = 0; i < M; i++) {
            a[i] = 0.5 + 0.4 * r.nextDouble();
            h[i] = 0.3 * r.nextGaussian();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.3 * r.nextGaussian();
        }
        for (int i = 0; i < l.length; i++) {
            l[i] = r.nextGaussian();
        }
        return AlrnnModel.of(N, P, a, w, h, l);
    }

    private static double[][][][] batch(long seed) {
        Random r = new Random(seed);
        double[][][] targets = new double[S][T + 1][N], forcing = new double[S][T + 1][N];
        for (int s = 0; s < S; s++) {
            for (int t = 0; t <= T; t++) {
                for (int i = 0; i < N; i++) {
                    targets[s][t][i] = Math.sin(0.4 * t + s + i) + 0.1 * r.nextGaussian();
                    forcing[s][t][i] = targets[s][t][i] + 0.05 * r.nextGaussian();
                }
            }
        }
        return new double[][][][] {targets, forcing};
    }

    /** The loss written out plainly, step by step, for the finite differences. */
    private static double plainLoss(AlrnnModel model, double[][][] targets, double[][][] forcing, int tau, double alpha) {
        AlrnnMap map = model.map();
        double sum = 0;
        for (int s = 0; s < S; s++) {
            double[] z = model.initialState(forcing[s][0]);
            for (int t = 1; t <= T; t++) {
                double[] next = new double[M];
                map.step(z, next);
                for (int i = 0; i < N; i++) {
                    double d = next[i] - targets[s][t][i];
                    sum += d * d;
                }
                for (int i = 0; i < N; i++) {
                    if (alpha > 0) {
                        next[i] = (1 - alpha) * next[i] + alpha * forcing[s][t][i];
                    } else if (t % tau == 0) {
                        next[i] = forcing[s][t][i];
                    }
                }
                z = next;
            }
        }
        return sum / (S * T * N);
    }

    private static void checkGradients(int tau, double alpha) {
        AlrnnModel model = model(1);
        double[][][][] b = batch(2);
        Tensor loss = AlrnnRollout.loss(model, b[0], b[1], tau, alpha, 1);
        assertEquals(plainLoss(model, b[0], b[1], tau, alpha), loss.item(), 1e-13);
        loss.backward();
        for (String name : new String[] {"A", "W", "h", "L"}) {
            Tensor p = model.parameters().get(name);
            double[] data = p.data();
            double[] grad = p.grad();
            for (int i = 0; i < data.length; i++) {
                double keep = data[i], eps = 1e-6;
                data[i] = keep + eps;
                double up = plainLoss(model, b[0], b[1], tau, alpha);
                data[i] = keep - eps;
                double down = plainLoss(model, b[0], b[1], tau, alpha);
                data[i] = keep;
                double numeric = (up - down) / (2 * eps);
                assertEquals(numeric, grad[i], 1e-7 * Math.max(1, Math.abs(numeric)),
                        name + "[" + i + "] tau=" + tau + " alpha=" + alpha);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesWithSparseForcing() {
        checkGradients(4, 0);
        checkGradients(1, 0);
        checkGradients(100, 0); // never forced
    }

    @Test
    void blockedMatrixVectorProductMatchesThePlainSumForEverySize() {
        // Sizes below, at and between the 4-row blocks, odd and even (the pairwise sums' tail).
        Random r = new Random(7);
        for (int m = 1; m <= 13; m++) {
            double[] mat = new double[m * m], v = new double[m], out = new double[m];
            for (int i = 0; i < mat.length; i++) {
                mat[i] = r.nextGaussian();
            }
            for (int i = 0; i < m; i++) {
                v[i] = r.nextGaussian();
            }
            AlrnnRollout.matVec(mat, v, m, out);
            for (int j = 0; j < m; j++) {
                double plain = 0;
                for (int k = 0; k < m; k++) {
                    plain += mat[j * m + k] * v[k];
                }
                assertEquals(plain, out[j], 1e-12 * (1 + Math.abs(plain)), "m=" + m + " row " + j);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesWithGeneralisedForcing() {
        checkGradients(4, 0.3);
    }

    @Test
    void oneThreadAndTwoGiveTheSameNumbers() {
        double[][][][] b = batch(3);
        AlrnnModel one = model(5), two = model(5);
        Tensor l1 = AlrnnRollout.loss(one, b[0], b[1], 4, 0, 1);
        Tensor l2 = AlrnnRollout.loss(two, b[0], b[1], 4, 0, 2);
        assertEquals(l1.item(), l2.item(), 0.0);
        l1.backward();
        l2.backward();
        for (String name : new String[] {"A", "W", "h", "L"}) {
            assertArrayEquals(one.parameters().get(name).grad(), two.parameters().get(name).grad(), 0.0, name);
        }
    }

    @Test
    void trainingLowersTheLossOnLorenz() {
        double[][] data = org.qrc4j.dynamics.Systems.lorenz63(3000).data();
        AlrnnOptions options = AlrnnOptions.lorenz63().withLatent(10).withEpochs(40).withBatches(8, 5).withLearningRates(1e-2, 1e-3)
                .withSequenceLength(50).withForcingInterval(8).withEvaluateEvery(20).withThreads(1).withSeed(4);
        AlrnnTrainer.Result result = AlrnnTrainer.train(data, options, null);
        assertEquals(40, result.loss().length);
        double first = result.loss()[0], last = result.loss()[39];
        assertTrue(last < 0.5 * first, "loss " + first + " -> " + last);
        assertArrayEquals(new int[] {20, 40}, result.evalEpochs());
        // Same seed, same run, on two threads.
        AlrnnTrainer.Result again = AlrnnTrainer.train(data, options.withThreads(2), null);
        assertArrayEquals(result.loss(), again.loss(), 0.0);
    }
}
