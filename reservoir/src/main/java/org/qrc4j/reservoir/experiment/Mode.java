package org.qrc4j.reservoir.experiment;

import java.util.Locale;

/** How a reservoir reads a series. */
public enum Mode {
    /** The paper's: each sample is a window of values, the state reset to zero per window. */
    WINDOW,
    /** Classic reservoir computing: one pass over the whole series, a washout, then every step is a sample. */
    STREAM;

    /** Parses {@code window} or {@code stream}. */
    public static Mode parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "window" -> WINDOW;
            case "stream" -> STREAM;
            default -> throw new IllegalArgumentException("mode must be window or stream, got \"" + text + "\"");
        };
    }

    /** Lower-case name, as the command line writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
