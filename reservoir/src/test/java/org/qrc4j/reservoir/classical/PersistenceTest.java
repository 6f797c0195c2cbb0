package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qrc4j.reservoir.classical.TorchStyleCellTest.assertMessage;

import org.junit.jupiter.api.Test;

class PersistenceTest {

    @Test
    void predictsTheLastValue() {
        assertEquals(3.5, Persistence.predict(new double[] {1, 2, 3.5}));
        assertEquals(-1, Persistence.predict(new double[] {-1}));
    }

    @Test
    void predictsTheLastInputOfEachWindow() {
        double[] inputs = {10, 11, 12, 13, 14, 15};
        // Windows of 3: [10,11,12], [11,12,13], [12,13,14]; the next inputs 13, 14, 15 are the targets.
        assertArrayEquals(new double[] {12, 13, 14}, Persistence.predict(inputs, 3, 3));
        assertArrayEquals(new double[] {10, 11, 12, 13, 14, 15}, Persistence.predict(inputs, 1, 6));
        assertArrayEquals(new double[0], Persistence.predict(inputs, 6, 0));
    }

    @Test
    void errors() {
        assertMessage(() -> Persistence.predict(new double[0]), "window must hold at least 1 value, got 0");
        assertMessage(() -> Persistence.predict(null), "window must hold at least 1 value, got null");
        assertMessage(() -> Persistence.predict(new double[5], 0, 1), "window must be >= 1, got 0");
        assertMessage(() -> Persistence.predict(new double[5], 3, 4),
                "samples must be between 0 and 3 for 5 inputs and window 3, got 4");
    }
}
