package org.qrc4j.examples.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.qrc4j.simulator.StateVector;

class TeachingExamplesTest {

    @Test
    void bellStateHasEqualWeightOnZeroZeroAndOneOne() {
        StateVector s = BellState.prepare();
        assertEquals(0.5, s.probability(0), 1e-15);
        assertEquals(0.5, s.probability(3), 1e-15);
        assertEquals(0.0, s.probability(1) + s.probability(2), 1e-15);
    }

    @Test
    void rotationSweepFollowsCosine() {
        double[] thetas = {0, 0.5, 1.7, Math.PI, 5.0};
        double[] z = RotationSweep.sweep(thetas);
        for (int k = 0; k < thetas.length; k++) {
            assertEquals(Math.cos(thetas[k]), z[k], 1e-14);
        }
    }
}
