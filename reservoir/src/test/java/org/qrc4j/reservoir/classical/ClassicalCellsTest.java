package org.qrc4j.reservoir.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.qrc4j.reservoir.classical.TorchStyleCellTest.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qrc4j.reservoir.Cell;

class ClassicalCellsTest {

    @Test
    void buildsEveryNamedCell() {
        ClassicalOptions options = ClassicalOptions.defaults().withHiddenSize(3).withEsnSize(20).withDelayLength(6);
        assertEquals(List.of("rnn", "lstm", "gru", "esn", "delay"), ClassicalCells.NAMES);
        Cell rnn = ClassicalCells.byName("rnn", options, 1);
        assertInstanceOf(RnnCell.class, rnn);
        assertEquals(3, rnn.featureSize());
        Cell lstm = ClassicalCells.byName("LSTM", options, 1);
        assertInstanceOf(LstmCell.class, lstm);
        assertEquals(6, lstm.stateSize());
        assertInstanceOf(GruCell.class, ClassicalCells.byName(" gru ", options, 1));
        Cell esn = ClassicalCells.byName("esn", options, 1);
        assertInstanceOf(EchoStateNetwork.class, esn);
        assertEquals(20, esn.featureSize());
        Cell delay = ClassicalCells.byName("delay", options, 1);
        assertInstanceOf(DelayLineCell.class, delay);
        assertEquals(6, delay.featureSize());
        for (String name : ClassicalCells.NAMES) {
            assertEquals(name, ClassicalCells.byName(name, options, 9).name());
        }
    }

    @Test
    void factoryUsesTheSeed() {
        ClassicalOptions options = ClassicalOptions.defaults();
        assertArrayEquals(LstmCell.random(4, 77).weights().get("weight_hh_l0"),
                ((LstmCell) ClassicalCells.byName("lstm", options, 77)).weights().get("weight_hh_l0"), 0.0);
        assertArrayEquals(EchoStateNetwork.random(77).weights().get("W"),
                ((EchoStateNetwork) ClassicalCells.byName("esn", options, 77)).weights().get("W"), 0.0);
    }

    @Test
    void defaults() {
        ClassicalOptions d = ClassicalOptions.defaults();
        assertEquals(4, d.hiddenSize());
        assertEquals(100, d.esnSize());
        assertEquals(0.9, d.spectralRadius());
        assertEquals(1.0, d.leakRate());
        assertEquals(1.0, d.inputScaling());
        assertEquals(0.9, d.sparsity());
        assertEquals(0.0, d.biasScaling());
        assertEquals(50, d.washout());
        assertEquals(10, d.delayLength());
        ClassicalOptions changed = d.withSpectralRadius(1.1).withLeakRate(0.3).withInputScaling(0.5).withSparsity(0.5)
                .withBiasScaling(0.2).withWashout(0);
        assertEquals(new ClassicalOptions(4, 100, 1.1, 0.3, 0.5, 0.5, 0.2, 0, 10), changed);
    }

    @Test
    void errors() {
        ClassicalOptions d = ClassicalOptions.defaults();
        assertMessage(() -> ClassicalCells.byName("transformer", d, 1),
                "unknown classical cell \"transformer\", allowed [rnn, lstm, gru, esn, delay]");
        assertMessage(() -> ClassicalCells.byName(null, d, 1), "unknown classical cell \"null\", allowed");
        assertMessage(() -> ClassicalCells.byName("rnn", null, 1), "options must not be null");
        assertMessage(() -> d.withHiddenSize(0), "hiddenSize must be >= 1, got 0");
        assertMessage(() -> d.withEsnSize(0), "esnSize must be between 1 and 2000, got 0");
        assertMessage(() -> d.withSpectralRadius(-1), "spectralRadius must be finite and > 0, got -1.0");
        assertMessage(() -> d.withLeakRate(0), "leakRate must be in (0, 1], got 0.0");
        assertMessage(() -> d.withInputScaling(Double.NaN), "inputScaling must be finite and >= 0, got NaN");
        assertMessage(() -> d.withSparsity(1), "sparsity must be in [0, 1), got 1.0");
        assertMessage(() -> d.withBiasScaling(-0.5), "biasScaling must be finite and >= 0, got -0.5");
        assertMessage(() -> d.withWashout(-1), "washout must be >= 0, got -1");
        assertMessage(() -> d.withDelayLength(0), "delayLength must be >= 1, got 0");
    }
}
