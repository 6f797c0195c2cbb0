package org.qrc4j.reservoir.experiment;

import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.classical.ClassicalCells;
import org.qrc4j.reservoir.classical.ClassicalOptions;
import org.qrc4j.reservoir.classical.DelayLineCell;
import org.qrc4j.reservoir.quantum.QgruCell;
import org.qrc4j.reservoir.quantum.QlstmCell;
import org.qrc4j.reservoir.quantum.QrnnCell;
import org.qrc4j.simulator.backend.Backend;
import org.qrc4j.simulator.backend.Backends;

/** Builds the reservoir cell an experiment configuration names. */
public final class Reservoirs {

    private Reservoirs() {
    }

    /** The classical settings of a configuration. */
    static ClassicalOptions classicalOptions(ExperimentConfig config) {
        return ClassicalOptions.defaults().withHiddenSize(config.hidden()).withEsnSize(config.esnSize())
                .withSpectralRadius(config.spectralRadius()).withLeakRate(config.leakRate())
                .withInputScaling(config.inputScaling()).withSparsity(config.sparsity())
                .withWashout(config.washout()).withDelayLength(config.window());
    }

    /** The cell for {@code config.model()} with frozen parameters drawn from {@code seed}; null for persistence. */
    public static Cell cell(ExperimentConfig config, long seed) {
        Backend backend = Backends.byName(config.backend());
        return switch (config.model()) {
            case "qrnn" -> QrnnCell.random(config.qubits(), config.layers(), config.angles(), config.features(), backend, seed);
            case "qlstm" -> QlstmCell.random(config.qubits(), config.layers(), config.angles(), config.features(), backend, seed);
            case "qgru" -> QgruCell.random(config.qubits(), config.layers(), config.angles(), config.features(), backend, seed);
            case "rnn", "lstm", "gru", "esn" -> ClassicalCells.byName(config.model(), classicalOptions(config), seed);
            // Linear autoregression: the features are the window itself, so a linear readout is AR.
            case "linear-ar" -> new DelayLineCell(config.window());
            case "persistence" -> null;
            default -> throw new IllegalArgumentException("model must be one of " + ExperimentConfig.models()
                    + ", got \"" + config.model() + "\"");
        };
    }
}
