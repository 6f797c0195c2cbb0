package org.qrc4j.reservoir.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StreamSplitTest {

    @Test
    void rowsAfterTheWashoutPredictTheNextTarget() {
        TaskSeries series = Tasks.narma(10);
        StreamSplit split = StreamSplit.of(series, 20, 0.67);
        double[] y = series.targets();
        // rows t = 20 .. 298: 279 samples, (int) (0.67 · 279) = 186 train, 93 test
        assertEquals(279, split.count());
        assertEquals(186, split.trainCount());
        assertEquals(93, split.testCount());
        assertEquals(20, split.row(0));
        assertEquals(298, split.row(split.count() - 1));
        double[] targets = split.targets();
        for (int k = 0; k < split.count(); k++) {
            assertEquals(y[20 + k + 1], split.target(k), 0.0);
            assertEquals(y[20 + k + 1], targets[k], 0.0);
        }
        assertEquals(y[299], targets[278], 0.0);
        assertEquals(targets[186], split.testTargets()[0], 0.0);
        assertEquals(186, split.trainTargets().length);
    }

    @Test
    void selectsRowsOfAPerStepMatrix() {
        TaskSeries series = Tasks.sine();
        StreamSplit split = StreamSplit.of(series, 10, 0.67);
        double[][] perStep = new double[series.length()][2];
        double[][] rows = split.rows(perStep);
        double[][] train = split.trainRows(perStep);
        double[][] test = split.testRows(perStep);
        assertEquals(189, rows.length); // t = 10 .. 198
        assertEquals(126, train.length);
        assertEquals(63, test.length);
        assertSame(perStep[10], rows[0]);
        assertSame(perStep[10], train[0]);
        assertSame(perStep[136], test[0]);
        assertSame(perStep[198], test[62]);
        assertThrows(IllegalArgumentException.class, () -> split.rows(new double[189][2]));
    }

    @Test
    void zeroWashoutUsesEveryRowButTheLast() {
        StreamSplit split = StreamSplit.of(Tasks.dampedShm(), 0, 0.67);
        assertEquals(239, split.count());
        assertEquals(160, split.trainCount());
    }

    @Test
    void checksWithClearMessages() {
        TaskSeries sine = Tasks.sine();
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> StreamSplit.of(sine, -1, 0.67));
        assertTrue(negative.getMessage().contains("washout must be >= 0, got -1"), negative.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> StreamSplit.of(sine, 10, 1.5));
        assertTrue(fraction.getMessage().contains("trainFraction"), fraction.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> StreamSplit.of(sine, 198, 0.67));
        assertTrue(tooLong.getMessage().contains("washout 198 leaves 1 samples"), tooLong.getMessage());
    }
}
