package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GruCellTest {

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void twoStepsByHandWithOneUnit() {
        // Rows in PyTorch's order r, z, n.
        GruCell cell = GruCell.fromWeights(Map.of(
                "weight_ih_l0", new double[] {0.4, -0.7, 0.9},
                "weight_hh_l0", new double[] {0.2, 0.5, -0.8},
                "bias_ih_l0", new double[] {0.1, 0.0, -0.2},
                "bias_hh_l0", new double[] {0.3, -0.1, 0.25}));
        double[] state = new double[1], features = new double[1];

        double x = 0.6;
        cell.step(x, state, features);
        double r = sigmoid(0.4 * x + 0.1 + 0.3);
        double z = sigmoid(-0.7 * x + 0.0 - 0.1);
        double n = Math.tanh(0.9 * x - 0.2 + r * 0.25); // r multiplies b_hn too, as in PyTorch
        double h1 = (1 - z) * n + z * 0.0;
        assertArrayEquals(new double[] {h1}, state, 1e-15);
        assertArrayEquals(new double[] {h1}, features, 1e-15);

        x = -1.5;
        cell.step(x, state, features);
        r = sigmoid(0.4 * x + 0.1 + 0.2 * h1 + 0.3);
        z = sigmoid(-0.7 * x + 0.0 + 0.5 * h1 - 0.1);
        n = Math.tanh(0.9 * x - 0.2 + r * (-0.8 * h1 + 0.25));
        double h2 = (1 - z) * n + z * h1;
        assertArrayEquals(new double[] {h2}, state, 1e-15);
        assertArrayEquals(new double[] {h2}, features, 1e-15);
    }

    @Test
    void twoStepsAgainstMatrixReferenceWithTwoUnits() {
        double[] wih = new double[6], whh = new double[12], bih = new double[6], bhh = new double[6];
        for (int k = 0; k < 12; k++) {
            whh[k] = 0.6 * Math.cos(0.8 * k + 0.4);
        }
        for (int k = 0; k < 6; k++) {
            wih[k] = 0.7 * Math.sin(1.9 * k + 0.3);
            bih[k] = 0.2 * Math.cos(2.3 * k);
            bhh[k] = -0.3 * Math.sin(1.1 * k + 0.5);
        }
        GruCell cell = GruCell.fromWeights(Map.of("weight_ih_l0", wih, "weight_hh_l0", whh,
                "bias_ih_l0", bih, "bias_hh_l0", bhh));
        double[] h = {0, 0};
        double[] state = new double[2], features = new double[2];
        for (double x : new double[] {0.8, -0.3}) {
            // hh[gate][r] = (W_h{gate} h + b_h{gate})[r], ih likewise, gates r, z, n.
            double[][] ih = new double[3][2], hh = new double[3][2];
            for (int gate = 0; gate < 3; gate++) {
                for (int r = 0; r < 2; r++) {
                    int row = 2 * gate + r;
                    ih[gate][r] = wih[row] * x + bih[row];
                    hh[gate][r] = whh[2 * row] * h[0] + whh[2 * row + 1] * h[1] + bhh[row];
                }
            }
            double[] next = new double[2];
            for (int r = 0; r < 2; r++) {
                double reset = sigmoid(ih[0][r] + hh[0][r]);
                double update = sigmoid(ih[1][r] + hh[1][r]);
                double cand = Math.tanh(ih[2][r] + reset * hh[2][r]);
                next[r] = (1 - update) * cand + update * h[r];
            }
            h = next;
            cell.step(x, state, features);
            assertArrayEquals(h, state, 1e-14);
            assertArrayEquals(h, features, 1e-14);
        }
    }

    @Test
    void defaultHiddenSizeIsFour() {
        GruCell cell = GruCell.random(7);
        assertEquals(4, cell.hiddenSize());
        assertEquals(4, cell.stateSize());
        assertEquals(12, cell.weights().get("weight_ih_l0").length);
        assertEquals(48, cell.weights().get("weight_hh_l0").length);
        assertEquals("gru", cell.name());
    }

    @Test
    void forksAndThreads() {
        CellContracts.forksAreIdenticalAndIndependent(GruCell.random(6, 13));
        CellContracts.windowsDoNotDependOnThreads(GruCell.random(6, 13));
    }
}
