package org.qrc4j.reservoir.experiment;

import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.quantum.QgruCell;
import org.qrc4j.reservoir.quantum.QlstmCell;
import org.qrc4j.reservoir.quantum.QrnnCell;
import org.qrc4j.simulator.backend.Backend;
import org.qrc4j.simulator.backend.Backends;

/** Builds the reservoir cell an experiment configuration names. */
public final class Reservoirs {

    private Reservoirs() {
    }

    /** The cell for {@code config.model()} with frozen parameters drawn from {@code seed}; null for persistence. */
    public static Cell cell(ExperimentConfig config, long seed) {
        Backend backend = Backends.byName(config.backend());
        return switch (config.model()) {
            case "qrnn" -> QrnnCell.random(config.qubits(), config.layers(), config.angles(), config.features(), backend, seed);
            case "qlstm" -> QlstmCell.random(config.qubits(), config.layers(), config.angles(), config.features(), backend, seed);
            case "qgru" -> QgruCell.random(config.qubits(), config.layers(), config.angles(), config.features(), backend, seed);
            case "persistence" -> null;
            default -> throw new IllegalArgumentException("model " + config.model() + " is not available yet");
        };
    }
}
