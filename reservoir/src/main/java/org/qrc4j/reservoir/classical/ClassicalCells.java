package org.qrc4j.reservoir.classical;

import java.util.List;
import java.util.Locale;
import org.qrc4j.reservoir.Cell;

/** Builds classical cells by name, for runners and command lines. */
public final class ClassicalCells {

    /** The names {@link #byName} accepts. */
    public static final List<String> NAMES = List.of("rnn", "lstm", "gru", "esn", "delay");

    private ClassicalCells() {
    }

    /**
     * A cell by name (case-insensitive): {@code rnn}, {@code lstm} and {@code gru} with
     * {@link ClassicalOptions#hiddenSize()}; {@code esn} with the ESN fields; {@code delay} with
     * {@link ClassicalOptions#delayLength()} (it ignores the seed).
     *
     * @throws IllegalArgumentException for an unknown name, listing the allowed ones
     */
    public static Cell byName(String name, ClassicalOptions options, long seed) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null (use ClassicalOptions.defaults())");
        }
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "rnn":
                return RnnCell.random(options.hiddenSize(), seed);
            case "lstm":
                return LstmCell.random(options.hiddenSize(), seed);
            case "gru":
                return GruCell.random(options.hiddenSize(), seed);
            case "esn":
                return EchoStateNetwork.random(options, seed);
            case "delay":
                return new DelayLineCell(options.delayLength());
            default:
                throw new IllegalArgumentException("unknown classical cell \"" + name + "\", allowed " + NAMES);
        }
    }
}
