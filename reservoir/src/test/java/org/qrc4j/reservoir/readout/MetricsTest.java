package org.qrc4j.reservoir.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {

    // errors truth − predicted: −0.5, 0, 1, −1; squares 0.25, 0, 1, 1 (sum 2.25); |e| sum 2.5.
    // truth mean 2.5, squared deviations 2.25, 0.25, 0.25, 2.25: population variance 5 / 4 = 1.25.
    private static final double[] TRUTH = {1, 2, 3, 4};
    private static final double[] PREDICTED = {1.5, 2, 2, 5};

    @Test
    void handComputedValues() {
        assertEquals(0.5625, Metrics.mse(TRUTH, PREDICTED), 1e-15);
        assertEquals(0.75, Metrics.rmse(TRUTH, PREDICTED), 1e-15);
        assertEquals(0.625, Metrics.mae(TRUTH, PREDICTED), 1e-15);
        assertEquals(0.75 / Math.sqrt(1.25), Metrics.nrmse(TRUTH, PREDICTED), 1e-15);
        assertEquals(1 - 0.5625 / 1.25, Metrics.r2(TRUTH, PREDICTED), 1e-15);
    }

    @Test
    void perfectAndMeanPredictions() {
        assertEquals(0.0, Metrics.nrmse(TRUTH, TRUTH));
        assertEquals(1.0, Metrics.r2(TRUTH, TRUTH));
        double[] mean = {2.5, 2.5, 2.5, 2.5};
        assertEquals(1.0, Metrics.nrmse(TRUTH, mean), 1e-15); // population sd: the mean scores exactly 1
        assertEquals(0.0, Metrics.r2(TRUTH, mean), 1e-15);
    }

    @Test
    void constantTruthLeavesNormalisedMetricsUndefined() {
        double[] constant = {3, 3, 3};
        double[] predicted = {3, 4, 2};
        assertTrue(Double.isNaN(Metrics.nrmse(constant, predicted)));
        assertTrue(Double.isNaN(Metrics.r2(constant, predicted)));
        assertEquals(2.0 / 3, Metrics.mse(constant, predicted), 1e-15);
    }

    @Test
    void clearErrors() {
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mse(new double[] {1, 2}, new double[] {1}));
        assertTrue(mismatch.getMessage().contains("same length, got 2 and 1"), mismatch.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Metrics.r2(new double[0], new double[0]));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mae(null, new double[] {1}));
        assertTrue(nul.getMessage().contains("null"), nul.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.nrmse(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.rmse(new double[0], new double[0]));
    }
}
