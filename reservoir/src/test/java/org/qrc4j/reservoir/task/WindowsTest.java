package org.qrc4j.reservoir.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsTest {

    /** The paper's counts: N − 4 − 1 windows, (int) (0.67 · count) of them train. */
    @ParameterizedTest
    @CsvSource({
        "damped-shm, 240, 235, 157, 78",
        "bessel-j2, 256, 251, 168, 83",
        "delayed-qc, 2200, 2195, 1470, 725",
        "narma5, 300, 295, 197, 98",
        "narma10, 300, 295, 197, 98",
        "sine, 200, 195, 130, 65",
        "population-inversion, 1000, 995, 666, 329",
        "mackey-glass, 2000, 1995, 1336, 659",
    })
    void countsAndSplitsOfEveryTask(String name, int points, int count, int train, int test) {
        TaskSeries series = Tasks.byName(name);
        assertEquals(points, series.length());
        Windows w = Windows.of(series, 4, 0.67);
        assertEquals(count, w.count());
        assertEquals(train, w.trainCount());
        assertEquals(test, w.testCount());
        assertEquals(4, w.window());
        assertEquals(w.count(), Windows.of(series).count());
    }

    @Test
    void sampleReadsItsWindowAndPredictsTheNextTarget() {
        TaskSeries series = Tasks.narma(5); // inputs differ from targets, so a mix-up would show
        Windows w = Windows.of(series, 4, 0.67);
        double[] u = series.inputs();
        double[] y = series.targets();
        double[] targets = w.targets();
        assertEquals(w.count(), targets.length);
        for (int s = 0; s < w.count(); s++) {
            assertEquals(s, w.firstInput(s));
            assertEquals(s + 4, w.targetIndex(s));
            assertEquals(y[s + 4], w.target(s), 0.0);
            assertEquals(y[s + 4], targets[s], 0.0);
            assertArrayEquals(new double[] {u[s], u[s + 1], u[s + 2], u[s + 3]}, w.inputs(s), 0.0);
            assertEquals(s < 197, w.isTrain(s));
        }
        // The authors' count leaves the last point unused: the last sample's target is y[N − 2].
        assertEquals(y[series.length() - 2], w.target(w.count() - 1), 0.0);
        assertEquals(197, w.trainTargets().length);
        assertEquals(98, w.testTargets().length);
        assertEquals(targets[197], w.testTargets()[0], 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> w.target(295));
        assertThrows(IndexOutOfBoundsException.class, () -> w.firstInput(-1));
    }

    @Test
    void trainAndTestRowsSplitAPerSampleMatrix() {
        Windows w = Windows.of(Tasks.sine(), 4, 0.67);
        double[][] rows = new double[w.count()][1];
        double[][] train = w.trainRows(rows);
        double[][] test = w.testRows(rows);
        assertEquals(130, train.length);
        assertEquals(65, test.length);
        assertSame(rows[0], train[0]);
        assertSame(rows[130], test[0]);
        assertThrows(IllegalArgumentException.class, () -> w.trainRows(new double[3][1]));
    }

    @Test
    void checksWithClearMessages() {
        TaskSeries sine = Tasks.sine();
        IllegalArgumentException window = assertThrows(IllegalArgumentException.class, () -> Windows.of(sine, 0, 0.67));
        assertTrue(window.getMessage().contains("window must be >= 1, got 0"), window.getMessage());
        for (double bad : new double[] {0.0, 1.0, -0.5, Double.NaN}) {
            IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> Windows.of(sine, 4, bad));
            assertTrue(f.getMessage().contains("trainFraction must be strictly between 0 and 1"), f.getMessage());
        }
        TaskSeries tiny = new TaskSeries("tiny", "four points", new double[4], new double[] {1, 2, 3, 4},
                new double[] {1, 2, 3, 4}, null);
        assertEquals(1, Windows.of(tiny, 1, 0.67).trainCount()); // 2 samples: 1 train, 1 test
        IllegalArgumentException shortSeries = assertThrows(IllegalArgumentException.class,
                () -> Windows.of(tiny, 2, 0.67));
        assertTrue(shortSeries.getMessage().contains("tiny has 4 points: window 2 gives 1 samples"),
                shortSeries.getMessage());
    }
}
