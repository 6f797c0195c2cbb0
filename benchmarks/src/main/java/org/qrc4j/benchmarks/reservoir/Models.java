package org.qrc4j.benchmarks.reservoir;

import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.classical.ClassicalCells;
import org.qrc4j.reservoir.classical.ClassicalOptions;
import org.qrc4j.reservoir.quantum.AngleDistribution;
import org.qrc4j.reservoir.quantum.QgruCell;
import org.qrc4j.reservoir.quantum.QlstmCell;
import org.qrc4j.reservoir.quantum.QrnnCell;
import org.qrc4j.reservoir.quantum.QuantumFeatures;
import org.qrc4j.reservoir.task.TaskSeries;
import org.qrc4j.reservoir.task.Tasks;
import org.qrc4j.reservoir.task.Windows;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.backend.Backend;
import org.qrc4j.simulator.backend.Backends;
import org.qrc4j.simulator.backend.NativeBackend;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * What every reservoir benchmark shares: the task, the cells and the seed, fixed so that all runs
 * measure the same work.
 *
 * <p>The task is the paper's {@code delayed-qc} series (2200 points) cut into windows of 4
 * ({@link Windows#of(TaskSeries)}: 2195 windows, the first 1470 for training). Quantum cells have
 * {@value #QUBITS} qubits, {@value #LAYERS} layers, angles drawn from
 * {@link AngleDistribution#DEFAULT} and {@link QuantumFeatures#HIDDEN} features; classical cells use
 * {@link ClassicalOptions#defaults()}. Every cell is drawn from seed {@value #SEED}.
 */
final class Models {

    /** The task of every reservoir benchmark. */
    static final String TASK = "delayed-qc";
    /** Qubits of every quantum cell. */
    static final int QUBITS = 4;
    /** Variational layers of every quantum circuit. */
    static final int LAYERS = 2;
    /** Seed of every cell's frozen parameters. */
    static final long SEED = 1L;
    /**
     * Backend name that runs the native engine gate by gate, like any other backend: see
     * {@link #backend(String)}.
     */
    static final String NATIVE_GATES = "native-gates";

    private Models() {
    }

    /** The windows of the task: window 4, training fraction 0.67. */
    static Windows windows() {
        return Windows.of(Tasks.byName(TASK));
    }

    /**
     * A cell by model name with frozen parameters from {@link #SEED}: {@code qrnn}, {@code qlstm},
     * {@code qgru} on the given backend ({@code null}: the native fast path), or a classical cell
     * ({@code rnn}, {@code lstm}, {@code gru}, {@code esn}), which has no backend.
     */
    static Cell cell(String model, Backend backend) {
        return switch (model) {
            case "qrnn" -> QrnnCell.random(QUBITS, LAYERS, AngleDistribution.DEFAULT, QuantumFeatures.HIDDEN,
                    backend, SEED);
            case "qlstm" -> QlstmCell.random(QUBITS, LAYERS, AngleDistribution.DEFAULT, QuantumFeatures.HIDDEN,
                    backend, SEED);
            case "qgru" -> QgruCell.random(QUBITS, LAYERS, AngleDistribution.DEFAULT, QuantumFeatures.HIDDEN,
                    backend, SEED);
            default -> ClassicalCells.byName(model, ClassicalOptions.defaults(), SEED);
        };
    }

    /**
     * A backend by name: {@code native} and {@code strange} as {@link Backends#byName} gives them, or
     * {@value #NATIVE_GATES}: the native engine behind a plain {@link Backend}, so that the
     * quantum cells do not recognise it and run every circuit gate by gate from |0…0⟩ (encoding
     * included), as they do on Strange. With {@code native} itself they take their short way
     * (encoded product state written down directly, frozen layers as one dense 16 × 16 unitary).
     */
    static Backend backend(String name) {
        if (NATIVE_GATES.equals(name)) {
            return new GateByGate();
        }
        return Backends.byName(name);
    }

    /** The native engine, hidden from the quantum cells' fast-path check. */
    private static final class GateByGate implements Backend {

        private final NativeBackend engine = new NativeBackend();

        @Override
        public String name() {
            return NATIVE_GATES;
        }

        @Override
        public void run(Circuit circuit, double[] parameters, StateVector target) {
            engine.run(circuit, parameters, target);
        }
    }
}
