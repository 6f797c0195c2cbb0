package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qrc4j.reservoir.classical.TorchStyleCellTest.assertMessage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.qrc4j.reservoir.Features;

class EchoStateNetworkTest {

    /** Spectral radius by Commons Math's eigen decomposition, independent of the EJML one in the code. */
    private static double commonsMathRadius(double[] rowMajor, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(rowMajor, i * n, (i + 1) * n);
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(rows, false));
        double[] re = eigen.getRealEigenvalues(), im = eigen.getImagEigenvalues();
        double radius = 0;
        for (int k = 0; k < n; k++) {
            radius = Math.max(radius, Math.hypot(re[k], im[k]));
        }
        return radius;
    }

    private static int zeros(double[] values) {
        int zeros = 0;
        for (double v : values) {
            if (v == 0.0) {
                zeros++;
            }
        }
        return zeros;
    }

    @Test
    void spectralRadiusIsRhoAfterRescaling() {
        for (double rho : new double[] {0.9, 0.5, 1.25}) {
            for (int n : new int[] {20, 60, 100}) {
                EchoStateNetwork esn = EchoStateNetwork.random(n, rho, 1.0, 1.0, 0.9, 0.0, 31L * n);
                double[] w = esn.weights().get("W");
                assertEquals(rho, commonsMathRadius(w, n), 1e-9, "N=" + n + " rho=" + rho);
                assertEquals(rho, EchoStateNetwork.spectralRadius(w, n), 1e-9, "N=" + n + " rho=" + rho);
            }
        }
    }

    @Test
    void spectralRadiusOfKnownMatrices() {
        // Rotation by 90° scaled by 2: eigenvalues ±2i, a complex pair of equal modulus.
        assertEquals(2.0, EchoStateNetwork.spectralRadius(new double[] {0, -2, 2, 0}, 2), 1e-12);
        // Upper triangular: eigenvalues on the diagonal.
        assertEquals(3.0, EchoStateNetwork.spectralRadius(new double[] {1, 5, 7, 0, -3, 2, 0, 0, 0.5}, 3), 1e-12);
    }

    @Test
    void sparsityIsTheFractionOfZeroRecurrentWeights() {
        int n = 40;
        for (double sparsity : new double[] {0.0, 0.5, 0.9, 0.97}) {
            double[] w = EchoStateNetwork.random(n, 0.9, 1.0, 1.0, sparsity, 0.0, 5).weights().get("W");
            assertEquals(Math.round(sparsity * n * n), zeros(w), "sparsity " + sparsity);
        }
        double[] w = EchoStateNetwork.random(7).weights().get("W");
        assertEquals(0.9, zeros(w) / (double) w.length, 1e-12);
    }

    @Test
    void inputWeightsAndBiasesAreWithinTheirScales() {
        EchoStateNetwork esn = EchoStateNetwork.random(200, 0.9, 1.0, 0.25, 0.9, 0.1, 3);
        double[] in = esn.weights().get("W_in"), b = esn.weights().get("b");
        assertEquals(200, in.length);
        for (double w : in) {
            assertTrue(w >= -0.25 && w < 0.25, "W_in " + w);
        }
        for (double w : b) {
            assertTrue(w >= -0.1 && w < 0.1, "b " + w);
        }
        assertEquals(0.25, Arrays.stream(in).map(Math::abs).max().orElseThrow(), 0.01);
        assertEquals(0.1, Arrays.stream(b).map(Math::abs).max().orElseThrow(), 0.005);
        assertEquals(200, zeros(EchoStateNetwork.random(200, 0.9, 1.0, 0.25, 0.9, 0.0, 3).weights().get("b")),
                "bias scaling 0 means no bias");
    }

    @Test
    void echoStateProperty() {
        EchoStateNetwork esn = EchoStateNetwork.random(11);
        Random random = new Random(4);
        double[] a = new double[100], b = new double[100];
        for (int i = 0; i < 100; i++) {
            a[i] = 2 * random.nextDouble() - 1;
            b[i] = 2 * random.nextDouble() - 1;
        }
        double[] fa = new double[100], fb = new double[100];
        double[] inputs = CellContracts.series(400, 8);
        double first = -1;
        for (int t = 0; t < inputs.length; t++) {
            esn.step(inputs[t], a, fa);
            esn.step(inputs[t], b, fb);
            double distance = 0;
            for (int i = 0; i < 100; i++) {
                distance = Math.max(distance, Math.abs(a[i] - b[i]));
            }
            if (t == 0) {
                first = distance;
            }
        }
        assertTrue(first > 0.1, "initial states should differ, distance " + first);
        assertArrayEquals(a, b, 1e-10, "states from different starts did not converge");
    }

    @Test
    void leakRateAlgebraByHand() {
        double a = 0.3;
        EchoStateNetwork esn = EchoStateNetwork.fromWeights(Map.of(
                "W", new double[] {0.5, -0.2, 0.1, 0.3},
                "W_in", new double[] {0.7, -0.4},
                "b", new double[] {0.1, 0.0}), a);
        assertEquals(2, esn.size());
        assertEquals(a, esn.leakRate());
        double[] x = new double[2], f = new double[2];

        esn.step(0.8, x, f);
        double x0 = a * Math.tanh(0.7 * 0.8 + 0.1);
        double x1 = a * Math.tanh(-0.4 * 0.8 + 0.0);
        assertArrayEquals(new double[] {x0, x1}, x, 1e-15);
        assertArrayEquals(new double[] {x0, x1}, f, 1e-15);

        esn.step(-0.5, x, f);
        double y0 = (1 - a) * x0 + a * Math.tanh(0.5 * x0 - 0.2 * x1 + 0.7 * -0.5 + 0.1);
        double y1 = (1 - a) * x1 + a * Math.tanh(0.1 * x0 + 0.3 * x1 - 0.4 * -0.5 + 0.0);
        assertArrayEquals(new double[] {y0, y1}, x, 1e-15);
        assertArrayEquals(new double[] {y0, y1}, f, 1e-15);
    }

    @Test
    void leakRateOneIsThePlainUpdate() {
        EchoStateNetwork esn = EchoStateNetwork.fromWeights(Map.of(
                "W", new double[] {0.0, 0.6, -0.6, 0.0}, "W_in", new double[] {1.0, 0.5}, "b", new double[] {0, 0.2}), 1.0);
        double[] x = {0.4, -0.3}, f = new double[2];
        esn.step(0.2, x, f);
        assertArrayEquals(new double[] {Math.tanh(0.6 * -0.3 + 0.2), Math.tanh(-0.6 * 0.4 + 0.1 + 0.2)}, f, 1e-15);
    }

    @Test
    void patternsWithoutCyclesAreRedrawn() {
        // 3 units and 2 nonzeros: many patterns are acyclic (W nilpotent, radius 0); those must be
        // redrawn so that every network really has radius rho.
        for (long seed = 0; seed < 30; seed++) {
            EchoStateNetwork esn = EchoStateNetwork.random(3, 0.8, 1.0, 1.0, 7.0 / 9.0, 0.0, seed);
            double[] w = esn.weights().get("W");
            assertEquals(7, zeros(w));
            assertEquals(0.8, commonsMathRadius(w, 3), 1e-9, "seed " + seed + " W " + Arrays.toString(w));
        }
    }

    @Test
    void seedsAndRoundTrip() {
        Map<String, double[]> a = EchoStateNetwork.random(21).weights(), b = EchoStateNetwork.random(21).weights();
        Map<String, double[]> c = EchoStateNetwork.random(22).weights();
        for (String key : new String[] {"W", "W_in"}) {
            assertArrayEquals(a.get(key), b.get(key), 0.0, key);
            assertFalse(Arrays.equals(a.get(key), c.get(key)), key);
        }
        EchoStateNetwork esn = EchoStateNetwork.random(40, 0.95, 0.5, 0.8, 0.8, 0.2, 6);
        EchoStateNetwork loaded = EchoStateNetwork.fromWeights(esn.weights(), 0.5);
        double[] inputs = CellContracts.series(50, 1);
        double[][] expected = Features.stream(esn, inputs), actual = Features.stream(loaded, inputs);
        for (int t = 0; t < inputs.length; t++) {
            assertArrayEquals(expected[t], actual[t], 0.0, "step " + t);
        }
    }

    @Test
    void forksAndThreads() {
        EchoStateNetwork esn = EchoStateNetwork.random(30, 0.9, 0.6, 1.0, 0.8, 0.1, 2);
        CellContracts.forksAreIdenticalAndIndependent(esn);
        CellContracts.windowsDoNotDependOnThreads(esn);
    }

    @Test
    void errors() {
        assertMessage(() -> EchoStateNetwork.random(0, 0.9, 1, 1, 0.9, 0, 1), "esnSize must be between 1 and 2000, got 0");
        assertMessage(() -> EchoStateNetwork.random(2001, 0.9, 1, 1, 0.9, 0, 1), "got 2001");
        assertMessage(() -> EchoStateNetwork.random(10, 0.0, 1, 1, 0.9, 0, 1), "spectralRadius must be finite and > 0, got 0.0");
        assertMessage(() -> EchoStateNetwork.random(10, Double.NaN, 1, 1, 0.9, 0, 1), "spectralRadius must be finite and > 0, got NaN");
        assertMessage(() -> EchoStateNetwork.random(10, 0.9, 0, 1, 0.9, 0, 1), "leakRate must be in (0, 1], got 0.0");
        assertMessage(() -> EchoStateNetwork.random(10, 0.9, 1.5, 1, 0.9, 0, 1), "leakRate must be in (0, 1], got 1.5");
        assertMessage(() -> EchoStateNetwork.random(10, 0.9, 1, -1, 0.9, 0, 1), "inputScaling must be finite and >= 0, got -1.0");
        assertMessage(() -> EchoStateNetwork.random(10, 0.9, 1, 1, 1.0, 0, 1), "sparsity must be in [0, 1), got 1.0");
        assertMessage(() -> EchoStateNetwork.random(10, 0.9, 1, 1, -0.1, 0, 1), "sparsity must be in [0, 1), got -0.1");
        assertMessage(() -> EchoStateNetwork.random(10, 0.9, 1, 1, 0.9, Double.POSITIVE_INFINITY, 1),
                "biasScaling must be finite and >= 0, got Infinity");
        assertMessage(() -> EchoStateNetwork.random(1, 0.9, 1, 1, 0.9, 0, 1), "leaves no nonzero recurrent weight at size 1");
        Map<String, double[]> w = new HashMap<>(EchoStateNetwork.random(3, 0.9, 1, 1, 0.5, 0, 1).weights());
        w.put("W", new double[8]);
        assertMessage(() -> EchoStateNetwork.fromWeights(w, 1.0), "weights \"W\" must have length 9, got 8");
        assertMessage(() -> EchoStateNetwork.fromWeights(Map.of("W", new double[4], "W_in", new double[2],
                "b", new double[2], "bias", new double[2]), 1.0), "unknown weights key \"bias\"");
        assertMessage(() -> EchoStateNetwork.fromWeights(Map.of("W", new double[4], "b", new double[2]), 1.0),
                "weights must contain \"W_in\"");
        assertMessage(() -> EchoStateNetwork.fromWeights(Map.of("W", new double[4], "W_in", new double[2],
                "b", new double[2]), 2.0), "leakRate must be in (0, 1], got 2.0");
        assertMessage(() -> EchoStateNetwork.spectralRadius(new double[3], 2), "matrix must have size^2 = 4 values, got 3");
    }
}
