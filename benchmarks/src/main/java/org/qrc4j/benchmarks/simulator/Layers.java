package org.qrc4j.benchmarks.simulator;

import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.Angle;

/**
 * The layer every simulator benchmark runs: RY(θ_q) on every qubit q, then a CNOT ring
 * cx(i, i+1 mod n) for i = 0..n−1; 2n gates in all.
 *
 * <p>The angles are circuit parameters ({@link Angle#parameter}), as a reservoir uses them: each
 * run evaluates them from a parameter vector, so the time includes the few cos/sin per RY that
 * any parameterised run pays. The vector of {@link #angles} is fixed and non-trivial (no angle is
 * a multiple of π/2), so every RY really mixes amplitudes.
 */
final class Layers {

    private Layers() {
    }

    /** The layer on {@code qubits} qubits (at least 2), RY angle of qubit q from parameter q. */
    static Circuit ryCnotRing(int qubits) {
        Circuit layer = new Circuit(qubits);
        for (int q = 0; q < qubits; q++) {
            layer.ry(q, Angle.parameter(q));
        }
        for (int q = 0; q < qubits; q++) {
            layer.cx(q, (q + 1) % qubits);
        }
        return layer;
    }

    /** Fixed RY angles for {@code qubits} qubits: 0.3 + 0.1·q radians. */
    static double[] angles(int qubits) {
        double[] angles = new double[qubits];
        for (int q = 0; q < qubits; q++) {
            angles[q] = 0.3 + 0.1 * q;
        }
        return angles;
    }

    /** Gates in one layer of {@code qubits} qubits: n RY and n CX. */
    static int gates(int qubits) {
        return 2 * qubits;
    }
}
