package org.qrc4j.reservoir.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class RidgeReadoutTest {

    /** Gaussian features with offsets (so the bias matters) and a noisy linear target. */
    private static double[][] features(int n, int f, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][f];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < f; j++) {
                x[s][j] = gaussian(random) + 0.5 * j;
            }
        }
        return x;
    }

    private static double[] target(double[][] x, double[] w, double b, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[x.length];
        for (int s = 0; s < x.length; s++) {
            y[s] = b + noise * gaussian(random);
            for (int j = 0; j < w.length; j++) {
                y[s] += w[j] * x[s][j];
            }
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; enough for test data.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /**
     * Independent solve: least squares on [X 1; √λ I 0] [w; b] = [y; 0] by Commons Math's QR, which
     * is ridge with an unpenalised bias, without normal equations or centring.
     */
    private static double[] augmentedSolve(double[][] x, double[] y, int from, int to, double lambda) {
        int n = to - from;
        int f = x[0].length;
        double[][] a = new double[n + f][f + 1];
        double[] rhs = new double[n + f];
        for (int s = 0; s < n; s++) {
            System.arraycopy(x[from + s], 0, a[s], 0, f);
            a[s][f] = 1.0;
            rhs[s] = y[from + s];
        }
        for (int j = 0; j < f; j++) {
            a[n + j][j] = Math.sqrt(lambda);
        }
        RealVector solution = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(rhs, false));
        return solution.toArray(); // weights then bias
    }

    @Test
    void fixedLambdaMatchesIndependentAugmentedSolve() {
        double[][] x = features(60, 5, 1);
        double[] y = target(x, new double[] {1.5, -2, 0.3, 0, 4}, -0.7, 0.5, 2);
        for (double lambda : new double[] {1e-3, 0.5, 10, 300}) {
            Readout ridge = new RidgeReadout(ReadoutOptions.defaults().withLambda(lambda));
            FitHistory history = ridge.fit(x, y);
            double[] expected = augmentedSolve(x, y, 0, x.length, lambda);
            double[] w = ridge.weights();
            for (int j = 0; j < w.length; j++) {
                assertEquals(expected[j], w[j], 1e-10, "w" + j + " at lambda " + lambda);
            }
            assertEquals(expected[w.length], ridge.bias(), 1e-10, "bias at lambda " + lambda);
            assertEquals(lambda, history.lambda());
            assertEquals(0, history.lambdaGrid().length);
        }
    }

    @Test
    void lambdaToZeroRecoversTrueWeightsOnExactlyLinearData() {
        double[] truth = {2, -3, 0.25, 1};
        double[][] x = features(40, 4, 3);
        double[] y = target(x, truth, 0.5, 0.0, 4);
        // λ = 0 takes the pseudo-inverse path, λ = 1e-12 the Cholesky path.
        for (double lambda : new double[] {0.0, 1e-12}) {
            Readout ridge = new RidgeReadout(ReadoutOptions.defaults().withLambda(lambda));
            FitHistory history = ridge.fit(x, y);
            assertArrayEquals(truth, ridge.weights(), 1e-9, "lambda " + lambda);
            assertEquals(0.5, ridge.bias(), 1e-9);
            assertTrue(history.finalTrainLoss() < 1e-18, "train loss " + history.finalTrainLoss());
        }
    }

    @Test
    void collinearFeaturesWithZeroLambdaGiveAFiniteExactFit() {
        // Feature 2 duplicates feature 0: XᵀX is singular, the pseudo-inverse still fits exactly.
        double[][] x = features(30, 2, 5);
        double[][] dup = new double[30][];
        for (int s = 0; s < 30; s++) {
            dup[s] = new double[] {x[s][0], x[s][1], x[s][0]};
        }
        double[] y = target(x, new double[] {1, 2}, 0.0, 0.0, 6);
        Readout ridge = new RidgeReadout(ReadoutOptions.defaults().withLambda(0));
        ridge.fit(dup, y);
        double[] w = ridge.weights();
        assertEquals(1.0, w[0] + w[2], 1e-9);
        assertEquals(0.5, w[0], 1e-9); // minimum norm splits the weight evenly
        assertEquals(2.0, w[1], 1e-9);
    }

    @Test
    void chosenLambdaMinimisesValidationErrorOnTheLastFifthInTimeOrder() {
        // Few noisy samples, many features: some shrinkage helps, so the choice is not at an edge.
        double[][] x = features(50, 12, 7);
        double[] y = target(x, new double[] {1, -1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.2, 1.0, 8);
        double[] grid = {1e-4, 1e-3, 1e-2, 1e-1, 1, 3, 10, 30, 100, 300, 1000};
        RidgeReadout ridge = new RidgeReadout(ReadoutOptions.defaults().withLambdaGrid(grid));
        FitHistory history = ridge.fit(x, y);

        // Independent: fit on samples 0..39, validate on 40..49 (the last 20 % of 50).
        double[] validation = new double[grid.length];
        int best = 0;
        for (int k = 0; k < grid.length; k++) {
            double[] wb = augmentedSolve(x, y, 0, 40, grid[k]);
            double sum = 0;
            for (int s = 40; s < 50; s++) {
                double p = wb[12];
                for (int j = 0; j < 12; j++) {
                    p += wb[j] * x[s][j];
                }
                sum += (p - y[s]) * (p - y[s]);
            }
            validation[k] = sum / 10;
            if (validation[k] < validation[best]) {
                best = k;
            }
        }
        assertArrayEquals(grid, history.lambdaGrid());
        assertArrayEquals(validation, history.validationLoss(), 1e-10);
        assertEquals(grid[best], history.lambda());
        assertTrue(best > 0 && best < grid.length - 1, "constructed case should have an interior optimum, got index " + best);

        // Then refitted on all 50 samples with the chosen λ.
        double[] refit = augmentedSolve(x, y, 0, 50, grid[best]);
        double[] w = ridge.weights();
        for (int j = 0; j < 12; j++) {
            assertEquals(refit[j], w[j], 1e-10);
        }
        assertEquals(refit[12], ridge.bias(), 1e-10);
    }

    @Test
    void validationSliceIsTheEndOfTheSeries() {
        // One feature. Samples 0..39: x in symmetric pairs ±v with y = x, so x̄ = ȳ = 0 there and
        // the fit is w = Σx² / (Σx² + λ), b = 0. Samples 40..49 (the last 20 %): y = 0, so the
        // validation MSE is w² · mean(x²), strictly falling in λ: the largest λ must win. Had the
        // validation slice not been the end of the series, it would see y = x and prefer small λ.
        double[][] x = new double[50][1];
        double[] y = new double[50];
        for (int s = 0; s < 40; s++) {
            x[s][0] = (s % 2 == 0 ? 1 : -1) * (1 + s / 2);
            y[s] = x[s][0];
        }
        for (int s = 40; s < 50; s++) {
            x[s][0] = s - 39;
            y[s] = 0;
        }
        FitHistory shifted = new RidgeReadout(ReadoutOptions.defaults()).fit(x, y);
        assertEquals(1e2, shifted.lambda());
        double[] validation = shifted.validationLoss();
        for (int k = 1; k < validation.length; k++) {
            assertTrue(validation[k] < validation[k - 1], "validation loss should fall with lambda at " + k);
        }

        // The same inputs with y = x throughout: exact data, validation loss rises with λ.
        double[] exact = new double[50];
        for (int s = 0; s < 50; s++) {
            exact[s] = x[s][0];
        }
        FitHistory clean = new RidgeReadout(ReadoutOptions.defaults()).fit(x, exact);
        assertEquals(1e-8, clean.lambda());
        assertArrayEquals(ReadoutOptions.defaultLambdaGrid(), clean.lambdaGrid());
    }

    @Test
    void historyHasOneEntryAndNoInitialLoss() {
        double[][] x = features(30, 3, 12);
        double[] y = target(x, new double[] {1, 2, 3}, 0, 0.1, 13);
        double[][] testX = features(10, 3, 14);
        double[] testY = target(testX, new double[] {1, 2, 3}, 0, 0.1, 15);
        Readout ridge = Readouts.byName("ridge", ReadoutOptions.defaults(), 0);
        FitHistory history = ridge.fit(x, y, testX, testY);
        assertEquals("ridge", history.readout());
        assertEquals(1, history.epochs());
        assertEquals(1, history.trainLoss().length);
        assertEquals(1, history.testLoss().length);
        assertEquals(Metrics.mse(y, ridge.predict(x)), history.finalTrainLoss(), 1e-15);
        assertEquals(Metrics.mse(testY, ridge.predict(testX)), history.finalTestLoss(), 1e-15);
        assertFalse(history.hasInitialLoss());
        assertEquals(1, history.epochsToWithin10Percent());

        FitHistory noTest = ridge.fit(x, y);
        assertEquals(0, noTest.testLoss().length);
        assertFalse(noTest.hasTest());
        assertTrue(Double.isNaN(noTest.finalTestLoss()));
    }

    @Test
    void choosingLambdaNeedsTwoSamples() {
        double[][] one = {{1.0, 2.0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RidgeReadout(ReadoutOptions.defaults()).fit(one, new double[] {3.0}));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        Readout fixed = new RidgeReadout(ReadoutOptions.defaults().withLambda(1.0));
        fixed.fit(one, new double[] {3.0});
        assertEquals(3.0, fixed.predict(new double[] {1.0, 2.0}), 1e-15); // centred: w = 0, b = ȳ
    }
}
