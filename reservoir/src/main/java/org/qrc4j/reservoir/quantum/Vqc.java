package org.qrc4j.reservoir.quantum;

import java.util.Random;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.Angle;

/**
 * The variational quantum circuit of the quantum recurrent cells, built exactly as the authors'
 * public code builds it (Chen et al., arXiv 2211.02612), with random frozen angles.
 *
 * <p>For an input vector v (length {@link #inputSize()} ≤ n), starting from |0…0⟩:
 * <ol>
 * <li>encoding: on each wire i &lt; len(v), H, then RY(atan v_i), then RZ(atan v_i²);</li>
 * <li>each of L layers: CNOT(i, i+1 mod n) for i = 0..n−1 in order, then CNOT(i, i+2 mod n) for
 *     i = 0..n−1, then Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) on every wire with that layer's frozen
 *     angles. A CNOT whose control and target coincide (the second ring on 2 qubits, both rings on
 *     1 qubit) is left out: it is not a gate;</li>
 * <li>output: ⟨Z_k⟩ of the first m wires (or, for richer features, every ⟨Z_i⟩ and ⟨Z_i Z_j⟩).</li>
 * </ol>
 *
 * <p>Immutable and shareable between threads; evaluate it with a {@link VqcRunner}, one per thread.
 */
public final class Vqc {

    private final int qubits;
    private final int layers;
    private final int inputSize;
    /** angles[layer][wire] = {φ, θ, ω}. */
    private final double[][][] angles;
    private final Circuit frozenLayers;
    private volatile double[] unitary;

    /**
     * A circuit with the given frozen angles.
     *
     * @param angles angles[layer][wire] = {φ, θ, ω}; its length is the number of layers
     */
    public Vqc(int qubits, int inputSize, double[][][] angles) {
        if (qubits < 1 || qubits > 20) {
            throw new IllegalArgumentException("qubits must be between 1 and 20, got " + qubits);
        }
        if (inputSize < 0 || inputSize > qubits) {
            throw new IllegalArgumentException("inputSize must be between 0 and qubits = " + qubits + ", got " + inputSize);
        }
        if (angles == null || angles.length < 1) {
            throw new IllegalArgumentException("layers must be >= 1, got " + (angles == null ? 0 : angles.length));
        }
        this.qubits = qubits;
        this.layers = angles.length;
        this.inputSize = inputSize;
        this.angles = new double[layers][qubits][];
        for (int l = 0; l < layers; l++) {
            if (angles[l].length != qubits) {
                throw new IllegalArgumentException("angles[" + l + "] must have " + qubits + " wires, got " + angles[l].length);
            }
            for (int w = 0; w < qubits; w++) {
                if (angles[l][w].length != 3) {
                    throw new IllegalArgumentException("angles[" + l + "][" + w + "] must be {phi, theta, omega}, got "
                            + angles[l][w].length + " values");
                }
                for (double a : angles[l][w]) {
                    if (!Double.isFinite(a)) {
                        throw new IllegalArgumentException("angles[" + l + "][" + w + "] must be finite, got " + a);
                    }
                }
                this.angles[l][w] = angles[l][w].clone();
            }
        }
        this.frozenLayers = buildLayers();
    }

    /** A circuit whose frozen angles are drawn from {@code distribution}, layer by layer, wire by wire, φ θ ω. */
    public static Vqc random(int qubits, int layers, int inputSize, AngleDistribution distribution, Random random) {
        if (layers < 1) {
            throw new IllegalArgumentException("layers must be >= 1, got " + layers);
        }
        if (qubits < 1) {
            throw new IllegalArgumentException("qubits must be >= 1, got " + qubits);
        }
        double[][][] angles = new double[layers][qubits][3];
        for (int l = 0; l < layers; l++) {
            for (int w = 0; w < qubits; w++) {
                for (int a = 0; a < 3; a++) {
                    angles[l][w][a] = distribution.draw(random);
                }
            }
        }
        return new Vqc(qubits, inputSize, angles);
    }

    private Circuit buildLayers() {
        Circuit c = new Circuit(qubits);
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < qubits; i++) {
                int t = (i + 1) % qubits;
                if (t != i) {
                    c.cx(i, t);
                }
            }
            for (int i = 0; i < qubits; i++) {
                int t = (i + 2) % qubits;
                if (t != i) {
                    c.cx(i, t);
                }
            }
            for (int w = 0; w < qubits; w++) {
                c.rot(w, angles[l][w][0], angles[l][w][1], angles[l][w][2]);
            }
        }
        return c;
    }

    /** Number of qubits n. */
    public int qubits() {
        return qubits;
    }

    /** Number of variational layers L. */
    public int layers() {
        return layers;
    }

    /** Length of the input vector v. */
    public int inputSize() {
        return inputSize;
    }

    /** A copy of the frozen angles, angles[layer][wire] = {φ, θ, ω}. */
    public double[][][] angles() {
        double[][][] copy = new double[layers][qubits][];
        for (int l = 0; l < layers; l++) {
            for (int w = 0; w < qubits; w++) {
                copy[l][w] = angles[l][w].clone();
            }
        }
        return copy;
    }

    /** The frozen layers alone (no encoding), as a circuit. */
    public Circuit frozenLayers() {
        return frozenLayers.copy();
    }

    /**
     * The whole circuit, encoding included, with parameters p[2i] = atan v_i and p[2i+1] = atan v_i²
     * for i &lt; inputSize (see {@link #encodingParameters}); for backends that run circuits gate by gate.
     */
    public Circuit circuit() {
        Circuit c = new Circuit(qubits);
        for (int i = 0; i < inputSize; i++) {
            c.h(i).ry(i, Angle.parameter(2 * i)).rz(i, Angle.parameter(2 * i + 1));
        }
        return c.append(frozenLayers);
    }

    /** Writes the parameters of {@link #circuit()} for input v into {@code out} (length 2·inputSize). */
    public void encodingParameters(double[] v, double[] out) {
        for (int i = 0; i < inputSize; i++) {
            out[2 * i] = Math.atan(v[i]);
            out[2 * i + 1] = Math.atan(v[i] * v[i]);
        }
    }

    /**
     * The frozen layers' 2^n × 2^n unitary, row-major with real and imaginary parts interleaved,
     * computed once (column j is the layers applied to |j⟩) and shared. Not a copy: do not modify.
     */
    double[] unitary() {
        double[] u = unitary;
        if (u == null) {
            synchronized (this) {
                u = unitary;
                if (u == null) {
                    u = computeUnitary();
                    unitary = u;
                }
            }
        }
        return u;
    }

    private double[] computeUnitary() {
        int dim = 1 << qubits;
        double[] u = new double[2 * dim * dim];
        StateVector column = StateVector.zero(qubits).threads(1);
        for (int j = 0; j < dim; j++) {
            column.setBasis(j).apply(frozenLayers);
            for (int r = 0; r < dim; r++) {
                u[2 * (r * dim + j)] = column.real(r);
                u[2 * (r * dim + j) + 1] = column.imag(r);
            }
        }
        return u;
    }

    /** Whether a dense unitary is cheaper per call than applying the layers gate by gate. */
    boolean denseIsCheaper() {
        long dim = 1L << qubits;
        long gatesCost = 2L * frozenLayers.size() * dim;
        return dim * dim <= gatesCost && qubits <= 10;
    }
}
