package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.qrc4j.reservoir.Features;

/** Initialisation, weight export/import and errors, common to the RNN, LSTM and GRU cells. */
class TorchStyleCellTest {

    private static final List<String> KEYS = List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0");

    @Test
    void weightsAreUniformWithinPlusMinusOneOverRootH() {
        int h = 64;
        double bound = 1.0 / Math.sqrt(h);
        for (TorchStyleCell cell : List.of(RnnCell.random(h, 1), LstmCell.random(h, 2), GruCell.random(h, 3))) {
            int n = 0;
            double sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
            int[] quarters = new int[4];
            for (String key : KEYS) {
                for (double w : cell.weights().get(key)) {
                    assertTrue(w >= -bound && w < bound, cell + " " + key + " value " + w + " outside [-1/8, 1/8)");
                    n++;
                    sum += w;
                    min = Math.min(min, w);
                    max = Math.max(max, w);
                    quarters[Math.min(3, (int) Math.floor((w + bound) / (2 * bound) * 4))]++;
                }
            }
            // At least 4096 draws: the mean's standard deviation is bound/sqrt(3 n) < 0.0012.
            assertTrue(n >= 4096, "draws " + n);
            assertEquals(0.0, sum / n, 0.01, cell + " mean");
            assertEquals(-bound, min, 0.01 * bound, cell + " min");
            assertEquals(bound, max, 0.01 * bound, cell + " max");
            for (int q = 0; q < 4; q++) {
                assertEquals(0.25, quarters[q] / (double) n, 0.03, cell + " quarter " + q);
            }
        }
    }

    @Test
    void sameSeedSameWeightsDifferentSeedDifferentWeights() {
        List<LongFunction<TorchStyleCell>> makers = List.of(
                seed -> RnnCell.random(seed), seed -> LstmCell.random(seed), seed -> GruCell.random(seed));
        for (LongFunction<TorchStyleCell> make : makers) {
            Map<String, double[]> a = make.apply(42).weights(), b = make.apply(42).weights();
            Map<String, double[]> c = make.apply(43).weights();
            for (String key : KEYS) {
                assertArrayEquals(a.get(key), b.get(key), 0.0, key);
                assertFalse(java.util.Arrays.equals(a.get(key), c.get(key)), key + " same for seeds 42 and 43");
            }
        }
    }

    @Test
    void weightsRoundTripGivesTheSameCell() {
        double[] inputs = CellContracts.series(40, 9);
        List<TorchStyleCell> cells = List.of(RnnCell.random(3, 1), LstmCell.random(3, 2), GruCell.random(3, 3));
        List<Function<Map<String, double[]>, TorchStyleCell>> loaders = List.of(
                RnnCell::fromWeights, LstmCell::fromWeights, GruCell::fromWeights);
        for (int k = 0; k < cells.size(); k++) {
            TorchStyleCell cell = cells.get(k);
            TorchStyleCell loaded = loaders.get(k).apply(cell.weights());
            assertEquals(cell.hiddenSize(), loaded.hiddenSize());
            assertEquals(List.copyOf(cell.weights().keySet()), KEYS);
            double[][] expected = Features.stream(cell, inputs), actual = Features.stream(loaded, inputs);
            for (int t = 0; t < inputs.length; t++) {
                assertArrayEquals(expected[t], actual[t], 0.0, cell + " step " + t);
            }
        }
    }

    @Test
    void weightsAreCopiesOnBothSides() {
        RnnCell cell = RnnCell.random(2, 5);
        cell.weights().get("bias_ih_l0")[0] = 99.0;
        assertTrue(cell.weights().get("bias_ih_l0")[0] < 1.0, "weights() exposed the cell's array");
        Map<String, double[]> given = new HashMap<>(cell.weights());
        given.replaceAll((key, value) -> value.clone());
        RnnCell loaded = RnnCell.fromWeights(given);
        given.get("bias_ih_l0")[0] = 99.0;
        assertTrue(loaded.weights().get("bias_ih_l0")[0] < 1.0, "fromWeights kept the caller's array");
    }

    @Test
    void errorsNameParameterValueAndAllowedRange() {
        assertMessage(() -> RnnCell.random(0, 1), "rnn hiddenSize must be >= 1, got 0");
        assertMessage(() -> LstmCell.random(-2, 1), "lstm hiddenSize must be >= 1, got -2");
        assertMessage(() -> GruCell.random(0, 1), "gru hiddenSize must be >= 1, got 0");

        Map<String, double[]> lstm = new HashMap<>(LstmCell.random(2, 1).weights());
        Map<String, double[]> missing = new HashMap<>(lstm);
        missing.remove("weight_hh_l0");
        assertMessage(() -> LstmCell.fromWeights(missing), "weights must contain \"weight_hh_l0\"");
        Map<String, double[]> unknown = new HashMap<>(lstm);
        unknown.put("weight_ih_l1", new double[8]);
        assertMessage(() -> LstmCell.fromWeights(unknown), "unknown weights key \"weight_ih_l1\"");
        Map<String, double[]> shortHh = new HashMap<>(lstm);
        shortHh.put("weight_hh_l0", new double[15]);
        assertMessage(() -> LstmCell.fromWeights(shortHh), "weights \"weight_hh_l0\" must have length 16, got 15");
        Map<String, double[]> notFour = new HashMap<>(lstm);
        notFour.put("bias_ih_l0", new double[6]);
        assertMessage(() -> LstmCell.fromWeights(notFour), "must have a positive multiple of 4 values (4·H), got 6");
        Map<String, double[]> nan = new HashMap<>(lstm);
        nan.put("bias_hh_l0", new double[] {0, 0, 0, Double.NaN, 0, 0, 0, 0});
        assertMessage(() -> LstmCell.fromWeights(nan), "weights \"bias_hh_l0\"[3] must be finite, got NaN");
        assertMessage(() -> GruCell.fromWeights(null), "weights must not be null");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedPart), "message \"" + e.getMessage() + "\" lacks \"" + expectedPart + "\"");
    }
}
