package org.qrc4j.reservoir.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RmspropReadoutTest {

    /** y = 2 x1 − 3 x2 + 0.5 exactly, x uniform on [−1, 1]². */
    private static double[][] plane(int n, long seed, double[] yOut) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][2];
        for (int s = 0; s < n; s++) {
            x[s][0] = random.nextDouble(-1, 1);
            x[s][1] = random.nextDouble(-1, 1);
            yOut[s] = 2 * x[s][0] - 3 * x[s][1] + 0.5;
        }
        return x;
    }

    @Test
    void twoHandComputedSteps() {
        // Two samples, batch 10 ≥ 2: one full batch per epoch, so the shuffle cannot matter.
        // x1 = (1, 2), y1 = 1; x2 = (3, −1), y2 = 0; start w = (0.1, −0.2), b = 0.3.
        double[][] x = {{1, 2}, {3, -1}};
        double[] y = {1, 0};
        RmspropReadout readout = new RmspropReadout(ReadoutOptions.defaults().withEpochs(1), 0);
        readout.train(new double[] {0.1, -0.2}, 0.3, new SplittableRandom(0), x, y, new double[0][], new double[0]);

        // Step 1 by hand. Predictions 0.1 − 0.4 + 0.3 = 0 and 0.3 + 0.2 + 0.3 = 0.8, residuals
        // r = (−1, 0.8). Gradient of the batch mean (2/2) Σ r x: g_w = (−1 + 2.4, −2 − 0.8)
        // = (1.4, −2.8), g_b = −0.2. v = 0.01 g² = (0.0196, 0.0784), 0.0004; √v = (0.14, 0.28), 0.02.
        double w0 = 0.1 - 0.01 * 1.4 / (0.14 + 1e-8);
        double w1 = -0.2 - 0.01 * -2.8 / (0.28 + 1e-8);
        double b = 0.3 - 0.01 * -0.2 / (0.02 + 1e-8);
        assertEquals(w0, readout.weights()[0], 1e-15);
        assertEquals(w1, readout.weights()[1], 1e-15);
        assertEquals(b, readout.bias(), 1e-15);
        // Each moved by almost exactly lr against the sign of its gradient, as RMSprop does at step 1.
        assertEquals(7.1428566e-9, w0, 1e-15);
        assertEquals(-0.10000000357142848, w1, 1e-15);
        assertEquals(0.399999950000025, b, 1e-15);

        // Step 2 from those values, by the same scalar arithmetic: v accumulates with α = 0.99.
        RmspropReadout two = new RmspropReadout(ReadoutOptions.defaults().withEpochs(2), 0);
        FitHistory history = two.train(new double[] {0.1, -0.2}, 0.3, new SplittableRandom(0), x, y,
                new double[0][], new double[0]);
        double r1 = w0 * 1 + w1 * 2 + b - 1; // ≈ −0.8
        double r2 = w0 * 3 + w1 * -1 + b - 0; // ≈ 0.5
        double g0 = r1 * 1 + r2 * 3; // ≈ 0.7
        double g1 = r1 * 2 + r2 * -1; // ≈ −2.1
        double gb = r1 + r2; // ≈ −0.3
        double v0 = 0.99 * 0.0196 + 0.01 * g0 * g0;
        double v1 = 0.99 * 0.0784 + 0.01 * g1 * g1;
        double vb = 0.99 * 0.0004 + 0.01 * gb * gb;
        assertEquals(w0 - 0.01 * g0 / (Math.sqrt(v0) + 1e-8), two.weights()[0], 1e-14);
        assertEquals(w1 - 0.01 * g1 / (Math.sqrt(v1) + 1e-8), two.weights()[1], 1e-14);
        assertEquals(b - 0.01 * gb / (Math.sqrt(vb) + 1e-8), two.bias(), 1e-14);
        // Cross-checked once against a NumPy transcription of torch.optim.RMSprop's update.
        assertEquals(-0.04490131, two.weights()[0], 1e-8);
        assertEquals(-0.03980708, two.weights()[1], 1e-8);
        assertEquals(0.48333327, two.bias(), 1e-8);

        // Losses: initial MSE = (1 + 0.64) / 2; after each epoch the full-set MSE.
        assertEquals(0.82, history.initialTrainLoss(), 1e-15);
        assertEquals(2, history.trainLoss().length);
        assertEquals(0.44500002749999346, history.trainLoss()[0], 1e-12);
        assertEquals(0.280998729969994, history.trainLoss()[1], 1e-12);
    }

    @Test
    void lastBatchIsSmallerAndEachEpochReshuffles() {
        // 5 samples, batch 2: batches of 2, 2, 1 in the order of each epoch's permutation. Replayed
        // here sample by sample in scalar code with the permutations the readout will draw.
        double[][] x = {{0.5}, {-1.0}, {2.0}, {0.25}, {-0.75}};
        double[] y = {1.0, -2.0, 0.5, 0.0, 1.5};
        ReadoutOptions options = ReadoutOptions.defaults().withBatchSize(2).withEpochs(3);
        long seed = 17;
        RmspropReadout readout = new RmspropReadout(options, seed);
        readout.fit(x, y);

        SplittableRandom init = RmspropReadout.initGenerator(seed);
        double bound = 1.0; // 1/√F with F = 1
        double w = init.nextDouble(-bound, bound);
        double b = init.nextDouble(-bound, bound);
        SplittableRandom shuffle = RmspropReadout.shuffleGenerator(seed);
        int[] order = new int[5];
        double vw = 0;
        double vb = 0;
        int steps = 0;
        for (int epoch = 0; epoch < 3; epoch++) {
            RmspropReadout.permutation(order, shuffle);
            for (int start = 0; start < 5; start += 2) {
                int size = Math.min(2, 5 - start);
                double gw = 0;
                double gb = 0;
                for (int i = start; i < start + size; i++) {
                    double r = w * x[order[i]][0] + b - y[order[i]];
                    gw += r * x[order[i]][0];
                    gb += r;
                }
                gw *= 2.0 / size;
                gb *= 2.0 / size;
                vw = 0.99 * vw + 0.01 * gw * gw;
                vb = 0.99 * vb + 0.01 * gb * gb;
                w -= 0.01 * gw / (Math.sqrt(vw) + 1e-8);
                b -= 0.01 * gb / (Math.sqrt(vb) + 1e-8);
                steps++;
            }
        }
        assertEquals(9, steps);
        assertEquals(w, readout.weights()[0], 1e-15);
        assertEquals(b, readout.bias(), 1e-15);
    }

    @Test
    void permutationsAreUniformPermutationsThatDependOnTheSeed() {
        int[] a = new int[50];
        int[] b = new int[50];
        RmspropReadout.permutation(a, RmspropReadout.shuffleGenerator(1));
        RmspropReadout.permutation(b, RmspropReadout.shuffleGenerator(2));
        assertFalse(Arrays.equals(a, b));
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        SplittableRandom one = RmspropReadout.shuffleGenerator(1);
        int[] first = new int[50];
        int[] second = new int[50];
        RmspropReadout.permutation(first, one);
        RmspropReadout.permutation(second, one);
        assertArrayEquals(a, first);
        assertFalse(Arrays.equals(first, second), "each epoch draws a new permutation");
    }

    @Test
    void reachesTheKnownMinimumOfAnExactPlane() {
        // Exact linear data: every batch gradient vanishes at (2, −3, 0.5), so RMSprop has no noise
        // floor and converges geometrically (a NumPy transcription reaches machine precision by
        // epoch 50 for 200 samples, over several seeds). 1e-6 is far above that yet far below
        // the 0.01 step size at which a stalled or misimplemented RMSprop would hover.
        double[] y = new double[200];
        double[][] x = plane(200, 1, y);
        double[] testY = new double[50];
        double[][] testX = plane(50, 2, testY);
        Readout readout = Readouts.byName("rmsprop", ReadoutOptions.defaults(), 42);
        FitHistory history = readout.fit(x, y, testX, testY);
        assertArrayEquals(new double[] {2, -3}, readout.weights(), 1e-6);
        assertEquals(0.5, readout.bias(), 1e-6);
        assertTrue(history.finalTrainLoss() < 1e-12, "final train loss " + history.finalTrainLoss());
        assertTrue(history.finalTestLoss() < 1e-12, "final test loss " + history.finalTestLoss());
        assertTrue(history.initialTrainLoss() > 1, "initial loss " + history.initialTrainLoss());
        assertEquals(100, history.epochs());
        assertEquals(100, history.trainLoss().length);
        assertEquals(100, history.testLoss().length);
        assertTrue(Double.isNaN(history.lambda()));
        int within = history.epochsToWithin10Percent();
        assertTrue(within >= 1 && within <= 100);
        assertTrue(history.trainLoss()[within - 1] <= 1.1 * history.finalTrainLoss());
    }

    @Test
    void initIsUniformOnPlusMinusOneOverRootFFromTheSeed() {
        int f = 16;
        double[][] x = new double[5][f];
        double[] y = new double[5];
        for (int s = 0; s < 5; s++) {
            for (int j = 0; j < f; j++) {
                x[s][j] = Math.sin(s + 0.3 * j);
            }
            y[s] = Math.cos(s);
        }
        FitHistory history = new RmspropReadout(ReadoutOptions.defaults().withEpochs(1), 5).fit(x, y);
        SplittableRandom init = RmspropReadout.initGenerator(5);
        double[] w = new double[f];
        for (int j = 0; j < f; j++) {
            w[j] = init.nextDouble(-0.25, 0.25);
            assertTrue(Math.abs(w[j]) <= 0.25);
        }
        double b = init.nextDouble(-0.25, 0.25);
        double[] predicted = new double[5];
        for (int s = 0; s < 5; s++) {
            predicted[s] = b;
            for (int j = 0; j < f; j++) {
                predicted[s] += w[j] * x[s][j];
            }
        }
        assertEquals(Metrics.mse(y, predicted), history.initialTrainLoss(), 1e-15);
    }

    @Test
    void sameSeedIsBitIdenticalAndAnotherSeedDiffers() {
        double[] y = new double[37];
        double[][] x = plane(37, 3, y);
        double[] testY = new double[11];
        double[][] testX = plane(11, 4, testY);
        ReadoutOptions options = ReadoutOptions.defaults().withEpochs(20);
        Readout a = new RmspropReadout(options, 7);
        Readout b = new RmspropReadout(options, 7);
        FitHistory ha = a.fit(x, y, testX, testY);
        FitHistory hb = b.fit(x, y, testX, testY);
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertEquals(a.bias(), b.bias(), 0.0);
        assertArrayEquals(ha.trainLoss(), hb.trainLoss(), 0.0);
        assertArrayEquals(ha.testLoss(), hb.testLoss(), 0.0);

        FitHistory again = a.fit(x, y, testX, testY); // refitting one instance restarts from the seed
        assertArrayEquals(ha.trainLoss(), again.trainLoss(), 0.0);
        assertArrayEquals(b.weights(), a.weights(), 0.0);

        Readout c = new RmspropReadout(options, 8);
        FitHistory hc = c.fit(x, y, testX, testY);
        assertFalse(Arrays.equals(ha.trainLoss(), hc.trainLoss()));
        assertFalse(Arrays.equals(a.weights(), c.weights()));
    }

    @Test
    void lossArraysHaveOneEntryPerEpochAndNoTestWithoutTestSet() {
        double[] y = new double[23];
        double[][] x = plane(23, 5, y);
        FitHistory history = new RmspropReadout(ReadoutOptions.defaults().withEpochs(7), 1).fit(x, y);
        assertEquals(7, history.epochs());
        assertEquals(7, history.trainLoss().length);
        assertEquals(0, history.testLoss().length);
        assertFalse(history.hasTest());
        assertTrue(history.hasInitialLoss());
        assertTrue(Double.isNaN(history.initialTestLoss()));
    }
}
