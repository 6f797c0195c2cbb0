package org.qrc4j.tensor.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void exponentialDecay() {
        LearningRateSchedule s = LearningRateSchedule.exponential(1e-3, 1e-5, 101);
        assertEquals(1e-3, s.rate(0));
        assertEquals(1e-4, s.rate(50), 1e-18); // half way in log space
        assertEquals(1e-3 * Math.pow(1e-2, 0.25), s.rate(25), 1e-18);
        assertEquals(1e-5, s.rate(100));
        assertEquals(1e-5, s.rate(500));
        assertEquals(0.5, LearningRateSchedule.exponential(0.5, 0.1, 1).rate(0));
        assertEquals(0.1, LearningRateSchedule.exponential(0.5, 0.1, 2).rate(1));
    }

    @Test
    void cosineWithWarmup() {
        LearningRateSchedule s = LearningRateSchedule.cosineWithWarmup(1.0, 0.1, 4, 14);
        assertEquals(0.25, s.rate(0));
        assertEquals(0.5, s.rate(1));
        assertEquals(1.0, s.rate(3));
        assertEquals(1.0, s.rate(4));
        assertEquals(0.1 + 0.9 * 0.5, s.rate(9), 1e-15); // half way through the cosine
        assertEquals(0.1 + 0.9 * (1 + Math.cos(Math.PI * 0.3)) / 2, s.rate(7), 1e-15);
        assertEquals(0.1, s.rate(14));
        assertEquals(0.1, s.rate(100));
        assertEquals(2.0, LearningRateSchedule.cosineWithWarmup(2.0, 0, 0, 10).rate(0));
        assertEquals(3.0, LearningRateSchedule.constant(3.0).rate(7));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosineWithWarmup(1, 0, 5, 5));
    }
}
