package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RnnCellTest {

    /** H = 2 with weights set by hand; each entry is written out below. */
    private static RnnCell handCell() {
        return RnnCell.fromWeights(Map.of(
                "weight_ih_l0", new double[] {0.5, -0.3},
                "weight_hh_l0", new double[] {0.1, 0.2, -0.4, 0.3},
                "bias_ih_l0", new double[] {0.05, -0.1},
                "bias_hh_l0", new double[] {0.2, 0.0}));
    }

    @Test
    void twoStepsByHand() {
        RnnCell cell = handCell();
        assertEquals(2, cell.hiddenSize());
        assertEquals(2, cell.stateSize());
        assertEquals(2, cell.featureSize());
        double[] state = new double[2], features = new double[2];

        cell.step(0.7, state, features);
        double h0 = Math.tanh(0.5 * 0.7 + 0.05 + 0.2);
        double h1 = Math.tanh(-0.3 * 0.7 - 0.1 + 0.0);
        assertArrayEquals(new double[] {h0, h1}, features, 1e-15);
        assertArrayEquals(new double[] {h0, h1}, state, 1e-15);

        cell.step(-1.2, state, features);
        double g0 = Math.tanh(0.5 * -1.2 + 0.05 + (0.1 * h0 + 0.2 * h1) + 0.2);
        double g1 = Math.tanh(-0.3 * -1.2 - 0.1 + (-0.4 * h0 + 0.3 * h1) + 0.0);
        assertArrayEquals(new double[] {g0, g1}, features, 1e-15);
        assertArrayEquals(new double[] {g0, g1}, state, 1e-15);
    }

    @Test
    void defaultHiddenSizeIsFour() {
        RnnCell cell = RnnCell.random(7);
        assertEquals(4, cell.hiddenSize());
        assertEquals(4, cell.weights().get("weight_ih_l0").length);
        assertEquals(16, cell.weights().get("weight_hh_l0").length);
        assertEquals("rnn", cell.name());
    }

    @Test
    void forksAndThreads() {
        CellContracts.forksAreIdenticalAndIndependent(RnnCell.random(5, 11));
        CellContracts.windowsDoNotDependOnThreads(RnnCell.random(5, 11));
    }
}
