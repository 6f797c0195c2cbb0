package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LstmCellTest {

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void twoStepsByHandWithOneUnit() {
        // Rows in PyTorch's order i, f, g, o.
        LstmCell cell = LstmCell.fromWeights(Map.of(
                "weight_ih_l0", new double[] {0.3, -0.2, 0.8, 0.5},
                "weight_hh_l0", new double[] {0.4, 0.1, -0.6, 0.7},
                "bias_ih_l0", new double[] {0.1, 0.2, -0.1, 0.0},
                "bias_hh_l0", new double[] {-0.05, 0.3, 0.05, 0.1}));
        assertEquals(2, cell.stateSize());
        assertEquals(1, cell.featureSize());
        double[] state = new double[2], features = new double[1];

        double x = 0.9;
        cell.step(x, state, features);
        double i = sigmoid(0.3 * x + 0.1 - 0.05);
        double f = sigmoid(-0.2 * x + 0.2 + 0.3);
        double g = Math.tanh(0.8 * x - 0.1 + 0.05);
        double o = sigmoid(0.5 * x + 0.0 + 0.1);
        double c1 = f * 0.0 + i * g;
        double h1 = o * Math.tanh(c1);
        assertArrayEquals(new double[] {h1, c1}, state, 1e-15);
        assertArrayEquals(new double[] {h1}, features, 1e-15);

        x = -0.4;
        cell.step(x, state, features);
        i = sigmoid(0.3 * x + 0.1 + 0.4 * h1 - 0.05);
        f = sigmoid(-0.2 * x + 0.2 + 0.1 * h1 + 0.3);
        g = Math.tanh(0.8 * x - 0.1 - 0.6 * h1 + 0.05);
        o = sigmoid(0.5 * x + 0.0 + 0.7 * h1 + 0.1);
        double c2 = f * c1 + i * g;
        double h2 = o * Math.tanh(c2);
        assertArrayEquals(new double[] {h2, c2}, state, 1e-15);
        assertArrayEquals(new double[] {h2}, features, 1e-15);
    }

    @Test
    void twoStepsAgainstMatrixReferenceWithTwoUnits() {
        // Weights from a formula, then the equations evaluated with 2x2 gate matrices (PyTorch's
        // row blocks W_hi, W_hf, W_hg, W_ho of the (8, 2) weight_hh).
        double[] wih = new double[8], whh = new double[16], bih = new double[8], bhh = new double[8];
        for (int k = 0; k < 16; k++) {
            whh[k] = 0.6 * Math.sin(1.3 * k + 0.2);
        }
        for (int k = 0; k < 8; k++) {
            wih[k] = 0.7 * Math.cos(0.9 * k);
            bih[k] = 0.3 * Math.sin(2.1 * k + 1.0);
            bhh[k] = -0.2 * Math.cos(1.7 * k);
        }
        LstmCell cell = LstmCell.fromWeights(Map.of("weight_ih_l0", wih, "weight_hh_l0", whh,
                "bias_ih_l0", bih, "bias_hh_l0", bhh));
        double[][][] u = new double[4][2][2];
        for (int gate = 0; gate < 4; gate++) {
            for (int r = 0; r < 2; r++) {
                u[gate][r][0] = whh[(2 * gate + r) * 2];
                u[gate][r][1] = whh[(2 * gate + r) * 2 + 1];
            }
        }
        double[] h = {0, 0}, c = {0, 0};
        double[] state = new double[4], features = new double[2];
        for (double x : new double[] {1.1, -0.5}) {
            double[][] pre = new double[4][2];
            for (int gate = 0; gate < 4; gate++) {
                for (int r = 0; r < 2; r++) {
                    int row = 2 * gate + r;
                    pre[gate][r] = wih[row] * x + bih[row] + u[gate][r][0] * h[0] + u[gate][r][1] * h[1] + bhh[row];
                }
            }
            double[] hNext = new double[2], cNext = new double[2];
            for (int r = 0; r < 2; r++) {
                double in = sigmoid(pre[0][r]), forget = sigmoid(pre[1][r]);
                double cand = Math.tanh(pre[2][r]), out = sigmoid(pre[3][r]);
                cNext[r] = forget * c[r] + in * cand;
                hNext[r] = out * Math.tanh(cNext[r]);
            }
            h = hNext;
            c = cNext;
            cell.step(x, state, features);
            assertArrayEquals(new double[] {h[0], h[1], c[0], c[1]}, state, 1e-14);
            assertArrayEquals(h, features, 1e-14);
        }
    }

    @Test
    void defaultHiddenSizeIsFour() {
        LstmCell cell = LstmCell.random(7);
        assertEquals(4, cell.hiddenSize());
        assertEquals(8, cell.stateSize());
        assertEquals(16, cell.weights().get("bias_hh_l0").length);
        assertEquals(64, cell.weights().get("weight_hh_l0").length);
        assertEquals("lstm", cell.name());
    }

    @Test
    void forksAndThreads() {
        CellContracts.forksAreIdenticalAndIndependent(LstmCell.random(3, 12));
        CellContracts.windowsDoNotDependOnThreads(LstmCell.random(3, 12));
    }
}
