package org.qrc4j.reservoir.quantum;

import java.util.List;
import java.util.Random;
import org.qrc4j.reservoir.Cell;
import org.qrc4j.simulator.backend.Backend;

/**
 * What the quantum recurrent cells share: n qubits, hidden size n − 1 (a scalar input and the
 * hidden state fill the n wires), a fixed list of frozen {@link Vqc}s with one {@link VqcRunner}
 * each, and the choice of features.
 */
public abstract class QuantumCell implements Cell {

    /** The frozen circuits, in the order the model defines them. */
    protected final Vqc[] vqcs;
    /** One runner per circuit, private to this instance (and so to one thread). */
    protected final VqcRunner[] runners;
    /** Which values the readout sees. */
    protected final QuantumFeatures features;
    /** The backend the circuits run on. */
    protected final Backend backend;
    /** Number of qubits of every circuit. */
    protected final int qubits;
    /** Hidden size: qubits − 1. */
    protected final int hidden;

    /**
     * A cell around the given circuits.
     *
     * @throws IllegalArgumentException if the circuits do not all have {@code qubits} qubits or
     *                                  there are not {@code expected} of them
     */
    protected QuantumCell(List<Vqc> vqcs, int expected, QuantumFeatures features, Backend backend) {
        if (vqcs.size() != expected) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs " + expected + " circuits, got "
                    + vqcs.size());
        }
        this.vqcs = vqcs.toArray(new Vqc[0]);
        this.qubits = this.vqcs[0].qubits();
        if (qubits < 2) {
            throw new IllegalArgumentException("qubits must be >= 2 (one wire for the input, the rest hidden), got "
                    + qubits);
        }
        for (Vqc vqc : this.vqcs) {
            if (vqc.qubits() != qubits) {
                throw new IllegalArgumentException("every circuit of a cell must have " + qubits + " qubits, got "
                        + vqc.qubits());
            }
        }
        this.hidden = qubits - 1;
        this.features = features;
        this.backend = backend;
        this.runners = new VqcRunner[this.vqcs.length];
        for (int i = 0; i < runners.length; i++) {
            runners[i] = new VqcRunner(this.vqcs[i], backend);
        }
    }

    /** Draws {@code count} circuits of {@code qubits} qubits in order from one seeded generator. */
    protected static List<Vqc> draw(int count, int qubits, int layers, AngleDistribution distribution, long seed) {
        Random random = new Random(seed);
        Vqc[] drawn = new Vqc[count];
        for (int i = 0; i < count; i++) {
            drawn[i] = Vqc.random(qubits, layers, qubits, distribution, random);
        }
        return List.of(drawn);
    }

    /** The frozen circuits, in model order (for saving). */
    public List<Vqc> vqcs() {
        return List.of(vqcs);
    }

    /** The feature choice. */
    public QuantumFeatures features() {
        return features;
    }

    /** The backend the circuits run on. */
    public Backend backend() {
        return backend;
    }

    /** Number of qubits. */
    public int qubits() {
        return qubits;
    }

    /** Features written by the output circuit's runner in {@link QuantumFeatures#CORRELATIONS} mode. */
    protected int correlationCount() {
        return VqcRunner.correlationCount(qubits);
    }

    /** The logistic sigmoid. */
    protected static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
