package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PowerSpectrumDistanceTest {

    private static double[][] column(double[] x) {
        double[][] c = new double[x.length][1];
        for (int t = 0; t < x.length; t++) {
            c[t][0] = x[t];
        }
        return c;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 16, 100, 999, 1000})
    void dftIsExactForAnyLength(int n) {
        Random r = new Random(n);
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = r.nextGaussian();
        }
        double[] re = new double[n];
        double[] im = new double[n];
        PowerSpectrumDistance.dft(x, re, im);
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int t = 0; t < n; t++) {
                double angle = -2 * Math.PI * ((long) k * t % n) / n;
                sr += x[t] * Math.cos(angle);
                si += x[t] * Math.sin(angle);
            }
            assertEquals(sr, re[k], 1e-9 * Math.sqrt(n), "re k=" + k);
            assertEquals(si, im[k], 1e-9 * Math.sqrt(n), "im k=" + k);
        }
    }

    @Test
    void signalAgainstItselfIsZero() {
        double[] x = new double[1000];
        Random r = new Random(1);
        for (int t = 0; t < x.length; t++) {
            x[t] = Math.sin(0.1 * t) + 0.3 * r.nextGaussian();
        }
        assertEquals(0.0, PowerSpectrumDistance.compute(column(x), column(x)), 0.0);
    }

    @Test
    void sinesOfDifferentFrequencyAreNearlyOne() {
        int n = 4096;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int t = 0; t < n; t++) {
            a[t] = Math.sin(2 * Math.PI * 50 * t / n);
            b[t] = Math.sin(2 * Math.PI * 400 * t / n);
        }
        double h = PowerSpectrumDistance.compute(column(a), column(b));
        assertTrue(h > 0.99 && h <= 1.0, "H = " + h);
    }

    @Test
    void byHandWithoutSmoothing() {
        // Length 4, rfft bins 0, 1, 2. x = (1, −1, 1, −1) has all power in bin 2: p = (0, 0, 1).
        // y = cos(πt/2) + ½(−1)^t = (1.5, −0.5, −0.5, −0.5) has |X1|² = 2² = 4 and |X2|² = (4·½)² = 4:
        // q = (0, ½, ½). H = sqrt(1 − sqrt(½)).
        double[] x = {1, -1, 1, -1};
        double[] y = {1.5, -0.5, -0.5, -0.5};
        assertArrayEquals(new double[] {0, 0, 1}, PowerSpectrumDistance.smoothedSpectrum(x, 0), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 0.5}, PowerSpectrumDistance.smoothedSpectrum(y, 0), 1e-15);
        assertEquals(Math.sqrt(1 - Math.sqrt(0.5)), PowerSpectrumDistance.compute(column(x), column(y), 0), 1e-15);
    }

    @Test
    void reflectionRepeatsTheEdge() {
        // scipy "reflect" on (a b c), i = −6 … 6: a b c c b a | a b c | c b a a
        int[] expected = {0, 1, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0, 0};
        for (int i = -6; i <= 6; i++) {
            assertEquals(expected[i + 6], PowerSpectrumDistance.reflect(i, 3), "i=" + i);
        }
    }

    /** Reference values from numpy.fft.rfft and scipy.ndimage.gaussian_filter1d (mode "reflect"). */
    @ParameterizedTest
    @CsvSource({
        "1000, 20.0, 0.1285559373525502",
        "1000, 5.0, 0.3362195761487294",
        "1000, 0.0, 0.867526374668621",
        "999, 20.0, 0.12822945963888147",
        "999, 2.5, 0.4046038307955817",
        "4096, 20.0, 0.35217034663461727",
        "60, 20.0, 0.0017266441718016493",
        "60, 5.0, 0.04599439391020063",
    })
    void matchesNumpyAndScipy(int n, double sigma, double expected) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = Math.sin(0.05 * t) + 0.5 * Math.sin(0.31 * t + 1) + 0.1 * (((t * 7919L) % 13) - 6) / 6.0;
            y[t] = Math.sin(0.06 * t) + 0.3 * Math.cos(0.2 * t) + 0.05 * (((t * 104729L) % 17) - 8) / 8.0;
        }
        assertEquals(expected, PowerSpectrumDistance.compute(column(x), column(y), sigma), 1e-9);
    }

    @Test
    void averagesOverDimensions() {
        double[][] x = {{1, 1.5}, {-1, -0.5}, {1, -0.5}, {-1, -0.5}};
        double[][] y = {{1, 1}, {-1, -1}, {1, 1}, {-1, -1}};
        double[] h = PowerSpectrumDistance.perDimension(x, y, 0);
        assertEquals(0.0, h[0], 1e-15);
        assertEquals(Math.sqrt(1 - Math.sqrt(0.5)), h[1], 1e-15);
        assertEquals((h[0] + h[1]) / 2, PowerSpectrumDistance.compute(x, y, 0), 1e-15);
    }

    @Test
    void constantGeneratedSeriesIsNaNAndShapesMustMatch() {
        double[][] x = {{1}, {-1}, {1}, {-1}};
        double[][] flat = {{2}, {2}, {2}, {2}};
        assertTrue(Double.isNaN(PowerSpectrumDistance.compute(x, flat)));
        assertThrows(IllegalArgumentException.class, () -> PowerSpectrumDistance.compute(flat, x));
        assertThrows(IllegalArgumentException.class, () -> PowerSpectrumDistance.compute(x, new double[][] {{1}, {2}}));
    }
}
