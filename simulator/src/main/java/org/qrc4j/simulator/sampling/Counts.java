package org.qrc4j.simulator.sampling;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How often each outcome was seen in a number of shots: outcomes are basis indices (qubit k is bit
 * k), kept in increasing order. Immutable.
 */
public final class Counts {

    private final int[] outcomes;
    private final int[] counts;
    private final int shots;

    /**
     * Counts from parallel arrays of distinct outcomes in increasing order and their positive counts.
     */
    public Counts(int[] outcomes, int[] counts) {
        if (outcomes.length != counts.length) {
            throw new IllegalArgumentException("outcomes and counts must have the same length, got "
                    + outcomes.length + " and " + counts.length);
        }
        int total = 0;
        for (int i = 0; i < outcomes.length; i++) {
            if (counts[i] <= 0 || (i > 0 && outcomes[i] <= outcomes[i - 1])) {
                throw new IllegalArgumentException("outcomes must increase and counts be positive, at entry " + i);
            }
            total += counts[i];
        }
        this.outcomes = outcomes.clone();
        this.counts = counts.clone();
        this.shots = total;
    }

    /** Total number of shots. */
    public int shots() {
        return shots;
    }

    /** Number of distinct outcomes seen. */
    public int distinct() {
        return outcomes.length;
    }

    /** How often {@code outcome} was seen (0 if never). */
    public int count(int outcome) {
        int i = Arrays.binarySearch(outcomes, outcome);
        return i >= 0 ? counts[i] : 0;
    }

    /** Outcome to count, in increasing order of outcome. */
    public SortedMap<Integer, Integer> asMap() {
        SortedMap<Integer, Integer> map = new TreeMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            map.put(outcomes[i], counts[i]);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Bit string of {@code width} bits (bit 0 rightmost, as Qiskit writes counts) to count, in
     * increasing order of outcome.
     */
    public Map<String, Integer> asBitStrings(int width) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            map.put(org.qrc4j.simulator.StateVector.basisLabel(outcomes[i], width), counts[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
