package org.qrc4j.simulator.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.TestCircuits;
import org.qrc4j.simulator.circuit.Circuit;

class ShotSamplerTest {

    @Test
    void countsFollowTheProbabilities() {
        // A fixed seed makes this deterministic; the test fails if the sampler is biased enough
        // that the chi-square p-value of this sample falls below 0.001.
        StateVector s = StateVector.zero(4).apply(TestCircuits.random(4, 40, new Random(4), false, 1));
        int shots = 100_000;
        Counts counts = ShotSampler.sample(s, shots, 12345L);
        assertEquals(shots, counts.shots());
        double[] expected = new double[16];
        long[] observed = new long[16];
        for (int i = 0; i < 16; i++) {
            expected[i] = s.probability(i) * shots;
            observed[i] = counts.count(i);
        }
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(p > 0.001, "chi-square p-value " + p);
    }

    @Test
    void bellStateGivesOnlyCorrelatedOutcomes() {
        StateVector bell = StateVector.zero(2).apply(new Circuit(2).h(0).cx(0, 1));
        Counts counts = ShotSampler.sample(bell, 10_000, 1L);
        assertEquals(0, counts.count(1));
        assertEquals(0, counts.count(2));
        assertEquals(10_000, counts.count(0) + counts.count(3));
        // Binomial(10000, 1/2): 5 standard deviations is 250.
        assertTrue(Math.abs(counts.count(0) - 5000) < 250, counts.toString());
        assertEquals(java.util.List.of("00", "11"), java.util.List.copyOf(counts.asBitStrings(2).keySet()));
    }

    @Test
    void sameSeedSameCountsOtherSeedOtherCounts() {
        StateVector s = StateVector.zero(3).apply(new Circuit(3).h(0).h(1).h(2));
        assertEquals(ShotSampler.sample(s, 1000, 7L).asMap(), ShotSampler.sample(s, 1000, 7L).asMap());
        assertNotEquals(ShotSampler.sample(s, 1000, 7L).asMap(), ShotSampler.sample(s, 1000, 8L).asMap());
    }

    @Test
    void basisStateAlwaysGivesItself() {
        StateVector s = StateVector.basis(5, 19);
        Counts counts = ShotSampler.sample(s, 50, 3L);
        assertEquals(50, counts.count(19));
        assertEquals(1, counts.distinct());
        assertEquals("10011", counts.asBitStrings(5).keySet().iterator().next());
    }

    @Test
    void refusesNonPositiveShots() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShotSampler.sample(StateVector.zero(1), 0, 1L));
        assertEquals("shots must be >= 1, got 0", e.getMessage());
    }
}
