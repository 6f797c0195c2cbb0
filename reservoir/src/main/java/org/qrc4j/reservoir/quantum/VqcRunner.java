package org.qrc4j.reservoir.quantum;

import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.backend.Backend;
import org.qrc4j.simulator.backend.NativeBackend;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * Evaluates a {@link Vqc} for many inputs, with its own scratch space: one runner per thread.
 *
 * <p>On the native engine it takes the short way, which gives the same state: the encoding turns
 * |0…0⟩ into a product state, written down directly from the per-wire 2-vectors
 * RZ(atan v²)·RY(atan v)·H|0⟩; the frozen layers are the same unitary on every call, multiplied in
 * as a precomputed dense matrix when that is cheaper than their gates (4 qubits: 256 complex
 * products instead of 24 gates). Any other backend runs the whole circuit gate by gate.
 */
public final class VqcRunner {

    private static final double SQRT_HALF = Math.sqrt(0.5);

    private final Vqc vqc;
    private final Backend backend;
    private final boolean fast;
    private final boolean dense;
    private final int dim;
    private final double[] phiRe;
    private final double[] phiIm;
    private final double[] probabilities;
    private final double[] wireAmplitudes = new double[4];
    private final StateVector state;
    private final double[] parameters;
    private final Circuit circuit;

    /** A runner on the given backend ({@code null} or native: the short way). */
    public VqcRunner(Vqc vqc, Backend backend) {
        this.vqc = vqc;
        this.backend = backend;
        this.fast = backend == null || backend instanceof NativeBackend;
        this.dense = fast && vqc.denseIsCheaper();
        this.dim = 1 << vqc.qubits();
        this.phiRe = new double[dim];
        this.phiIm = new double[dim];
        this.probabilities = new double[dim];
        this.state = StateVector.zero(vqc.qubits()).threads(1);
        this.parameters = new double[2 * vqc.inputSize()];
        this.circuit = fast ? vqc.frozenLayers() : vqc.circuit();
    }

    /** The circuit evaluated. */
    public Vqc vqc() {
        return vqc;
    }

    /**
     * Runs the circuit on input {@code v} (length {@link Vqc#inputSize()}) and keeps the outcome
     * probabilities for {@link #z} and {@link #zz}.
     */
    public VqcRunner run(double[] v) {
        if (fast) {
            productState(v);
            if (dense) {
                multiplyUnitary();
            } else {
                System.arraycopy(phiRe, 0, state.realParts(), 0, dim);
                System.arraycopy(phiIm, 0, state.imagParts(), 0, dim);
                state.apply(circuit);
                state.probabilities(probabilities);
            }
        } else {
            vqc.encodingParameters(v, parameters);
            backend.run(circuit, parameters, state);
            state.probabilities(probabilities);
        }
        return this;
    }

    /** Builds the encoded product state in (phiRe, phiIm). */
    private void productState(double[] v) {
        phiRe[0] = 1;
        phiIm[0] = 0;
        int size = 1;
        for (int wire = 0; wire < vqc.qubits(); wire++) {
            double u0r, u0i, u1r, u1i;
            if (wire < vqc.inputSize()) {
                encodeWire(v[wire], wireAmplitudes);
                u0r = wireAmplitudes[0];
                u0i = wireAmplitudes[1];
                u1r = wireAmplitudes[2];
                u1i = wireAmplitudes[3];
            } else {
                u0r = 1;
                u0i = 0;
                u1r = 0;
                u1i = 0;
            }
            // Amplitudes with this wire's bit 1 go above the ones built so far.
            for (int x = 0; x < size; x++) {
                double r = phiRe[x], i = phiIm[x];
                phiRe[x + size] = r * u1r - i * u1i;
                phiIm[x + size] = r * u1i + i * u1r;
                phiRe[x] = r * u0r - i * u0i;
                phiIm[x] = r * u0i + i * u0r;
            }
            size <<= 1;
        }
    }

    /**
     * RZ(atan v²)·RY(atan v)·H|0⟩ of one wire, as {u0 re, u0 im, u1 re, u1 im}, without a single
     * trigonometric call (they were a third of a 4-qubit circuit's time). With a = atan v and
     * r = √(1+v²): RY(a)·H|0⟩ = (√((1 − sin a)/2), √((1 + sin a)/2)) since |a/2| &lt; π/4, and
     * sin a = v/r; 1 ∓ sin a is formed without cancellation, e.g. 1 − v/r = 1/(r(r + v)) for v ≥ 0.
     * With b = atan v² and q = √(1+v⁴): cos(b/2) = √((q+1)/(2q)), sin(b/2) = v²/√(2q(q+1)).
     */
    static void encodeWire(double v, double[] out) {
        double amp0, amp1, cb, sb;
        if (Math.abs(v) < 1e38) {
            double r = Math.sqrt(1 + v * v);
            double onePlus, oneMinus; // 1 + sin a, 1 - sin a
            if (v >= 0) {
                onePlus = (r + v) / r;
                oneMinus = 1 / (r * (r + v));
            } else {
                onePlus = 1 / (r * (r - v));
                oneMinus = (r - v) / r;
            }
            amp0 = Math.sqrt(0.5 * oneMinus);
            amp1 = Math.sqrt(0.5 * onePlus);
            double v2 = v * v;
            double q = Math.sqrt(1 + v2 * v2);
            cb = Math.sqrt((q + 1) / (2 * q));
            sb = v2 / Math.sqrt(2 * q * (q + 1));
        } else {
            // v⁴ would overflow: take the angles themselves.
            double a = Math.atan(v), b = Math.atan(v * v);
            double c = Math.cos(a / 2), s = Math.sin(a / 2);
            amp0 = (c - s) * SQRT_HALF;
            amp1 = (s + c) * SQRT_HALF;
            cb = Math.cos(b / 2);
            sb = Math.sin(b / 2);
        }
        out[0] = amp0 * cb;   // RZ(b) multiplies |0⟩ by e^{-ib/2} and |1⟩ by e^{ib/2}
        out[1] = -amp0 * sb;
        out[2] = amp1 * cb;
        out[3] = amp1 * sb;
    }

    /** probabilities = |U·φ|², with U the frozen layers' dense unitary. */
    private void multiplyUnitary() {
        double[] u = vqc.unitary();
        for (int r = 0; r < dim; r++) {
            double sr = 0, si = 0;
            int row = 2 * r * dim;
            for (int c = 0; c < dim; c++) {
                double ur = u[row + 2 * c], ui = u[row + 2 * c + 1];
                sr += ur * phiRe[c] - ui * phiIm[c];
                si += ur * phiIm[c] + ui * phiRe[c];
            }
            probabilities[r] = sr * sr + si * si;
        }
    }

    /** ⟨Z_k⟩ of the last run. */
    public double z(int k) {
        double sum = 0;
        for (int x = 0; x < dim; x++) {
            sum += ((x >>> k) & 1) == 0 ? probabilities[x] : -probabilities[x];
        }
        return sum;
    }

    /** ⟨Z_i Z_j⟩ of the last run. */
    public double zz(int i, int j) {
        int mask = (1 << i) | (1 << j);
        double sum = 0;
        for (int x = 0; x < dim; x++) {
            sum += (Integer.bitCount(x & mask) & 1) == 0 ? probabilities[x] : -probabilities[x];
        }
        return sum;
    }

    /** Writes ⟨Z_0⟩ … ⟨Z_{m−1}⟩ of the last run into {@code out[offset ..]}. */
    public void zs(int m, double[] out, int offset) {
        for (int k = 0; k < m; k++) {
            out[offset + k] = z(k);
        }
    }

    /**
     * Writes every ⟨Z_i⟩ (n values) and then every ⟨Z_i Z_j⟩ for i &lt; j (n(n−1)/2 values, i major)
     * of the last run into {@code out[offset ..]}.
     */
    public void correlations(double[] out, int offset) {
        int n = vqc.qubits();
        int o = offset;
        for (int k = 0; k < n; k++) {
            out[o++] = z(k);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out[o++] = zz(i, j);
            }
        }
    }

    /** Number of values {@link #correlations} writes for n qubits: n + n(n−1)/2. */
    public static int correlationCount(int qubits) {
        return qubits + qubits * (qubits - 1) / 2;
    }
}
