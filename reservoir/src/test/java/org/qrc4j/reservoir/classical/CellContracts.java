package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Random;
import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.Features;

/** Checks every cell must pass: forks are interchangeable and independent, windows do not depend on threads. */
final class CellContracts {

    private CellContracts() {
    }

    static double[] series(int length, long seed) {
        Random random = new Random(seed);
        double[] inputs = new double[length];
        for (int t = 0; t < length; t++) {
            inputs[t] = Math.sin(0.3 * t) + 0.5 * random.nextGaussian();
        }
        return inputs;
    }

    /**
     * Two forks stepped alternately on two different series must each give what the original gives
     * on its series alone: identical results and no shared scratch.
     */
    static void forksAreIdenticalAndIndependent(Cell cell) {
        double[] a = series(60, 1), b = series(60, 2);
        double[][] expectedA = Features.stream(cell, a);
        double[][] expectedB = Features.stream(cell, b);
        Cell forkA = cell.fork(), forkB = cell.fork();
        assertNotSame(cell, forkA);
        assertNotSame(forkA, forkB);
        assertEquals(cell.name(), forkA.name());
        assertEquals(cell.stateSize(), forkA.stateSize());
        assertEquals(cell.featureSize(), forkA.featureSize());
        double[] stateA = new double[cell.stateSize()], stateB = new double[cell.stateSize()];
        double[] featuresA = new double[cell.featureSize()], featuresB = new double[cell.featureSize()];
        for (int t = 0; t < a.length; t++) {
            forkA.step(a[t], stateA, featuresA);
            forkB.step(b[t], stateB, featuresB);
            assertArrayEquals(expectedA[t], featuresA, 0.0, "fork A at step " + t);
            assertArrayEquals(expectedB[t], featuresB, 0.0, "fork B at step " + t);
        }
    }

    /** Window-mode features with 1 and 2 threads (and 3, an uneven split) are the same arrays. */
    static void windowsDoNotDependOnThreads(Cell cell) {
        double[] inputs = series(120, 3);
        double[][] one = Features.windows(cell, inputs, 10, 111, 1);
        double[][] two = Features.windows(cell, inputs, 10, 111, 2);
        double[][] three = Features.windows(cell, inputs, 10, 111, 3);
        for (int s = 0; s < one.length; s++) {
            assertArrayEquals(one[s], two[s], 0.0, "sample " + s + ", 2 threads");
            assertArrayEquals(one[s], three[s], 0.0, "sample " + s + ", 3 threads");
        }
    }
}
