package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StateSpaceDivergenceTest {

    private static double[][] gaussianCloud(int t, int n, double shift, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[t][n];
        for (double[] row : x) {
            for (int d = 0; d < n; d++) {
                row[d] = r.nextGaussian() + shift;
            }
        }
        return x;
    }

    @Test
    void histogramOfDataAgainstItselfIsZero() {
        double[][] x = gaussianCloud(5000, 3, 0, 1);
        assertEquals(0.0, StateSpaceDivergence.histogram(x, x, 30), 1e-12);
        assertEquals(0.0, StateSpaceDivergence.compute(x, x), 1e-12);
    }

    @Test
    void histogramGrowsWithShift() {
        double[][] x = gaussianCloud(5000, 2, 0, 1);
        double[][] small = gaussianCloud(5000, 2, 0.3, 2);
        double[][] large = gaussianCloud(5000, 2, 1.0, 3);
        double dSmall = StateSpaceDivergence.histogram(x, small, 30);
        double dLarge = StateSpaceDivergence.histogram(x, large, 30);
        assertTrue(dSmall > 0.01, "small shift " + dSmall);
        assertTrue(dLarge > dSmall, dLarge + " vs " + dSmall);
    }

    @Test
    void twoBinsByHand() {
        // True {0, 1}: σ = √0.5, range [−0.1σ, 1 + 0.1σ], split at 0.5, counts (1, 1).
        // Generated {0, 0, 0, 1, 7, NaN}: 7 and NaN are outside the box and dropped, counts (3, 1).
        double[][] x = {{0}, {1}};
        double[][] y = {{0}, {0}, {0}, {1}, {7}, {Double.NaN}};
        double a = 1e-5;
        double p0 = (1 + a) / (2 + 2 * a);
        double p1 = (1 + a) / (2 + 2 * a);
        double q0 = (3 + a) / (4 + 2 * a);
        double q1 = (1 + a) / (4 + 2 * a);
        double expected = p0 * Math.log(p0 / q0) + p1 * Math.log(p1 / q1);
        assertEquals(expected, StateSpaceDivergence.histogram(x, y, 2), 1e-15);
        // Without smoothing it would be 0.5 ln(2/3) + 0.5 ln 2.
        assertEquals(0.5 * Math.log(2.0 / 3) + 0.5 * Math.log(2), expected, 1e-5);
    }

    @Test
    void sparseSumEqualsDenseSum() {
        // 2-D, 3 bins: compute the dense 9-bin sum by hand and compare with the sparse implementation.
        double[][] x = {{0, 0}, {1, 1}, {2, 2}, {2, 0}};
        double[][] y = {{0, 0}, {0, 0}, {1, 1}, {0, 2}};
        double[][] lo = new double[1][2];
        double[] width = new double[2];
        for (int d = 0; d < 2; d++) {
            double mean = 0;
            for (double[] r : x) {
                mean += r[d] / x.length;
            }
            double ss = 0;
            for (double[] r : x) {
                ss += (r[d] - mean) * (r[d] - mean);
            }
            double s = Math.sqrt(ss / (x.length - 1));
            lo[0][d] = 0 - 0.1 * s;
            width[d] = 2 + 0.2 * s;
        }
        double[][] cx = new double[3][3];
        double[][] cy = new double[3][3];
        for (double[] r : x) {
            cx[(int) ((r[0] - lo[0][0]) / width[0] * 3)][(int) ((r[1] - lo[0][1]) / width[1] * 3)]++;
        }
        for (double[] r : y) {
            cy[(int) ((r[0] - lo[0][0]) / width[0] * 3)][(int) ((r[1] - lo[0][1]) / width[1] * 3)]++;
        }
        double a = 1e-5;
        double kl = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double p = (cx[i][j] + a) / (4 + 9 * a);
                double q = (cy[i][j] + a) / (4 + 9 * a);
                kl += p * Math.log(p / q);
            }
        }
        assertEquals(kl, StateSpaceDivergence.histogram(x, y, 3), 1e-12);
    }

    @Test
    void denseAndSparseCountsGiveTheSameDivergence() {
        // Two independent ways of summing the same smoothed histograms: over all 27 000 bins, and
        // over the visited bins plus one term for the empty ones. Points outside the box are dropped
        // by both.
        double[][] x = gaussianCloud(5000, 3, 0.0, 1);
        double[][] y = gaussianCloud(4000, 3, 0.4, 2);
        y[0] = new double[] {50, 0, 0};
        double[] lo = {-4, -4, -4};
        double[] width = {8, 8, 8};
        double dense = StateSpaceDivergence.denseDivergence(x, y, lo, width, 30, 27_000);
        double sparse = StateSpaceDivergence.sparseDivergence(x, y, lo, width, 30);
        assertTrue(dense > 0.1, "shifted clouds differ: " + dense);
        assertEquals(dense, sparse, 1e-9 * dense);
    }

    @Test
    void noGeneratedPointInRangeIsNaN() {
        double[][] x = {{0}, {1}};
        assertTrue(Double.isNaN(StateSpaceDivergence.histogram(x, new double[][] {{5}, {-5}}, 30)));
    }

    @Test
    void histogramErrors() {
        double[][] x = {{0, 1}, {1, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSpaceDivergence.histogram(x, x, 30));
        assertTrue(e.getMessage().contains("constant"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StateSpaceDivergence.histogram(x, new double[][] {{1}}, 30));
        assertThrows(IllegalArgumentException.class,
                () -> StateSpaceDivergence.histogram(new double[][] {{0}, {Double.NaN}}, x, 30));
    }

    @Test
    void highDimensionalHistogramStaysSparse() {
        // 10 dimensions, 30 bins: 6·10^14 bins, fine because only occupied bins are stored.
        double[][] x = gaussianCloud(2000, 10, 0, 4);
        double[][] y = gaussianCloud(2000, 10, 0.5, 5);
        assertEquals(0.0, StateSpaceDivergence.histogram(x, x, 30), 1e-9);
        assertTrue(StateSpaceDivergence.histogram(x, y, 30) > 0);
    }

    @Test
    void mixtureIsZeroForIdenticalSetsAndGrowsWithShift() {
        double[][] x = gaussianCloud(1000, 12, 0, 6);
        double[][] same = gaussianCloud(1000, 12, 0, 7);
        double[][] shifted = gaussianCloud(1000, 12, 2.0, 8);
        assertEquals(0.0, StateSpaceDivergence.compute(x, x), 1e-12);
        double dSame = StateSpaceDivergence.compute(x, same);
        double dShift = StateSpaceDivergence.compute(x, shifted);
        // Two samples of the same cloud differ too: 1000 points are sparse in 12 dimensions, and the
        // mixture sees that. A shift by 2σ in every dimension must stand out clearly.
        assertTrue(dSame > 0, "same distribution " + dSame);
        assertTrue(dShift > 3 * dSame, dShift + " vs " + dSame);
    }

    @Test
    void mixtureByHandForOnePointEach() {
        // p_true = N(0, σ²), p_gen = N(m, σ²) in 1-D: KL = m² / (2σ²). The MC estimate with many samples is close.
        double m = 0.5;
        double v = 0.3;
        double est = StateSpaceDivergence.gaussianMixture(new double[][] {{0}}, new double[][] {{m}}, v, 200_000,
                10_000, 1);
        assertEquals(m * m / (2 * v), est, 0.01);
    }

    @Test
    void mixtureIsSeededAndSurvivesFarPoints() {
        double[][] x = gaussianCloud(300, 11, 0, 9);
        double[][] far = gaussianCloud(300, 11, 100, 10);
        double a = StateSpaceDivergence.gaussianMixture(x, far, 0.3, 100, 10_000, 3);
        double b = StateSpaceDivergence.gaussianMixture(x, far, 0.3, 100, 10_000, 3);
        assertEquals(a, b, 0.0);
        // Densities underflow to 0 here, log-sum-exp does not: about 11·100²/(2·0.3).
        assertTrue(Double.isFinite(a) && a > 1e5, "far " + a);
    }
}
