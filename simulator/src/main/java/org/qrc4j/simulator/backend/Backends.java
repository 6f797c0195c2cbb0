package org.qrc4j.simulator.backend;

import java.util.List;
import java.util.Locale;

/** Looks backends up by name. */
public final class Backends {

    /** The names {@link #byName} accepts. */
    public static final List<String> NAMES = List.of(NativeBackend.NAME, StrangeBackend.NAME);

    private Backends() {
    }

    /**
     * The backend called {@code name} ({@code native} or {@code strange}, case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static Backend byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case NativeBackend.NAME -> new NativeBackend();
            case StrangeBackend.NAME -> new StrangeBackend();
            default -> throw new IllegalArgumentException("backend must be one of " + NAMES + ", got \"" + name + "\"");
        };
    }
}
