package org.qrc4j.simulator.sampling;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.qrc4j.simulator.StateVector;

/**
 * Measures every qubit of a state a number of times (shots) with a seeded generator.
 *
 * <p>Instead of building the cumulative distribution (a second vector as large as the state), it
 * draws the shots' uniform numbers first, sorts them, and finds them all in one pass that
 * accumulates the probabilities: O(2^n + shots·log shots) time and no copy of the state. The same
 * seed always gives the same counts.
 */
public final class ShotSampler {

    private ShotSampler() {
    }

    /**
     * Samples {@code shots} measurements of all qubits in the computational basis.
     *
     * @throws IllegalArgumentException if {@code shots < 1}
     */
    public static Counts sample(StateVector state, int shots, long seed) {
        if (shots < 1) {
            throw new IllegalArgumentException("shots must be >= 1, got " + shots);
        }
        // Scale by the actual squared norm, so rounding drift in a long circuit cannot push a draw
        // past the last outcome.
        double total = state.normSquared();
        SplittableRandom random = new SplittableRandom(seed);
        double[] draws = new double[shots];
        for (int s = 0; s < shots; s++) {
            draws[s] = random.nextDouble() * total;
        }
        Arrays.sort(draws);
        double[] re = state.realParts(), im = state.imagParts();
        int[] outcomes = new int[Math.min(shots, state.dimension())];
        int[] counts = new int[outcomes.length];
        int distinct = 0;
        int lastNonZero = 0;
        double cumulative = 0;
        int d = 0;
        for (int i = 0, n = state.dimension(); i < n && d < shots; i++) {
            double p = re[i] * re[i] + im[i] * im[i];
            if (p == 0) {
                continue;
            }
            lastNonZero = i;
            cumulative += p;
            int seen = 0;
            while (d < shots && draws[d] < cumulative) {
                d++;
                seen++;
            }
            if (seen > 0) {
                outcomes[distinct] = i;
                counts[distinct++] = seen;
            }
        }
        if (d < shots) {
            // Draws at the very top of [0, total) that rounding left above the running sum.
            if (distinct > 0 && outcomes[distinct - 1] == lastNonZero) {
                counts[distinct - 1] += shots - d;
            } else {
                outcomes[distinct] = lastNonZero;
                counts[distinct++] = shots - d;
            }
        }
        return new Counts(Arrays.copyOf(outcomes, distinct), Arrays.copyOf(counts, distinct));
    }
}
