package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qrc4j.reservoir.classical.TorchStyleCellTest.assertMessage;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.qrc4j.reservoir.Features;

class DelayLineCellTest {

    @Test
    void featuresAreTheLastInputsNewestLast() {
        DelayLineCell cell = new DelayLineCell(3);
        assertEquals(3, cell.length());
        assertEquals(3, cell.stateSize());
        assertEquals(3, cell.featureSize());
        assertEquals("delay", cell.name());
        double[][] rows = Features.stream(cell, new double[] {1, 2, 3, 4, 5});
        assertArrayEquals(new double[] {0, 0, 1}, rows[0]);
        assertArrayEquals(new double[] {0, 1, 2}, rows[1]);
        assertArrayEquals(new double[] {1, 2, 3}, rows[2]);
        assertArrayEquals(new double[] {2, 3, 4}, rows[3]);
        assertArrayEquals(new double[] {3, 4, 5}, rows[4]);
    }

    @Test
    void windowModeFeaturesAreTheWindow() {
        double[] inputs = CellContracts.series(50, 4);
        double[][] features = Features.windows(new DelayLineCell(7), inputs, 7, 44, 2);
        for (int s = 0; s < 44; s++) {
            assertArrayEquals(Arrays.copyOfRange(inputs, s, s + 7), features[s], 0.0, "sample " + s);
        }
    }

    @Test
    void lengthOneIsTheCurrentInput() {
        double[][] rows = Features.stream(new DelayLineCell(1), new double[] {4, -2});
        assertArrayEquals(new double[] {4}, rows[0]);
        assertArrayEquals(new double[] {-2}, rows[1]);
    }

    @Test
    void forksAndThreads() {
        CellContracts.forksAreIdenticalAndIndependent(new DelayLineCell(5));
        CellContracts.windowsDoNotDependOnThreads(new DelayLineCell(5));
    }

    @Test
    void errors() {
        assertMessage(() -> new DelayLineCell(0), "delayLength must be >= 1, got 0");
    }
}
