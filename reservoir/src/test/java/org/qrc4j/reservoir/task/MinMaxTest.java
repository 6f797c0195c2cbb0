package org.qrc4j.reservoir.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinMaxTest {

    @Test
    void mapsTheSeriesOntoExactlyMinusOneToOne() {
        double[] raw = {0.3, -7.1, 2.9, 0.1 + 0.2, 1e-3, -7.1};
        MinMax m = MinMax.of(raw);
        assertEquals(-7.1, m.min());
        assertEquals(2.9, m.max());
        double[] scaled = m.scale(raw);
        assertEquals(-1.0, scaled[1], 0.0);
        assertEquals(-1.0, scaled[5], 0.0);
        assertEquals(1.0, scaled[2], 0.0);
        for (double v : scaled) {
            assertTrue(v >= -1.0 && v <= 1.0, "in [-1, 1]: " + v);
        }
        assertEquals(2.0 * (0.3 + 7.1) / 10.0 - 1.0, scaled[0], 1e-15);
    }

    @Test
    void inverseIsExactAtTheEndsAndCloseInside() {
        MinMax m = new MinMax(-0.37, 12.9);
        assertEquals(-0.37, m.unscale(-1.0), 0.0);
        assertEquals(12.9, m.unscale(1.0), 0.0);
        for (double x = -0.37; x <= 12.9; x += 0.173) {
            assertEquals(x, m.unscale(m.scale(x)), 1e-14);
        }
        double[] back = m.unscale(m.scale(new double[] {0.0, 5.0}));
        assertEquals(0.0, back[0], 1e-14);
        assertEquals(5.0, back[1], 1e-14);
    }

    @Test
    void refusesConstantEmptyAndNonFiniteSeries() {
        IllegalArgumentException constant = assertThrows(IllegalArgumentException.class,
                () -> MinMax.of(new double[] {2.0, 2.0, 2.0}));
        assertTrue(constant.getMessage().contains("constant"), constant.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MinMax.of(new double[0]));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> MinMax.of(new double[] {1.0, Double.NaN}));
        assertTrue(nan.getMessage().contains("series[1]"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MinMax(1.0, 0.0));
    }
}
