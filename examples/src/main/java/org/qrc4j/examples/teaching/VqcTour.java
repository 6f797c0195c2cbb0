package org.qrc4j.examples.teaching;

import java.util.Random;
import org.qrc4j.reservoir.quantum.AngleDistribution;
import org.qrc4j.reservoir.quantum.Vqc;
import org.qrc4j.reservoir.quantum.VqcRunner;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.observable.PauliString;

/**
 * Teaching example: a tour of one variational quantum circuit (VQC), the building block of the
 * quantum recurrent cells (QRNN, QLSTM, QGRU).
 *
 * <p>A VQC turns a vector v of real numbers into n numbers ⟨Z_0⟩ … ⟨Z_{n−1}⟩ in three stages:
 * <ol>
 * <li><b>encoding</b>: each wire i starts in |0⟩ and gets H, RY(atan v_i), RZ(atan v_i²). The arctangent
 *     squeezes any real number into an angle in (−π/2, π/2), so large inputs cannot wrap around. No
 *     gate touches two wires yet, so the encoded state is a <em>product state</em>;</li>
 * <li><b>layers</b>: each layer entangles the wires with two rings of CNOTs (i→i+1, then i→i+2) and
 *     then rotates every wire by Rot(φ, θ, ω) with angles drawn once at random and then frozen — in
 *     reservoir computing nothing inside the reservoir is trained;</li>
 * <li><b>outputs</b>: ⟨Z_k⟩ of each wire, a number in [−1, 1] (+1 means "surely 0", −1 "surely 1").</li>
 * </ol>
 *
 * <p>The tour also shows why the library can be fast: since the frozen layers are the same on every
 * call, {@link VqcRunner} writes the product state down directly and multiplies it by the layers'
 * precomputed 16 × 16 unitary, instead of applying all 36 gates (12 encoding, 24 in the layers).
 * Both ways give the same numbers.
 *
 * <p>Run: {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.VqcTour}
 */
public final class VqcTour {

    /** Qubits of the tour's circuit (the paper's size). */
    public static final int QUBITS = 4;
    /** Variational layers (the paper's number). */
    public static final int LAYERS = 2;
    /** Seed of the frozen angles. */
    public static final long SEED = 7;
    /** The input vector the tour encodes. */
    static final double[] INPUT = {0.5, -1.0, 2.0, 0.1};

    private VqcTour() {
    }

    /**
     * The ⟨Z_k⟩ outputs both ways.
     *
     * @param shortWay  from {@link VqcRunner}: product state times the frozen layers' dense unitary
     * @param gateByGate from running {@link Vqc#circuit()} gate by gate on a {@link StateVector}
     */
    public record Outputs(double[] shortWay, double[] gateByGate) {

        /** The largest |difference| between the two ways. */
        public double maxDifference() {
            double max = 0;
            for (int k = 0; k < shortWay.length; k++) {
                max = Math.max(max, Math.abs(shortWay[k] - gateByGate[k]));
            }
            return max;
        }
    }

    /**
     * The tour's circuit: 4 qubits, 2 layers, every input wire used. The angles are uniform on
     * [0, 2π) rather than the paper's narrow normal(σ = 0.01): with near-zero angles the layers are
     * almost pure CNOT permutations, and the tour would show little of what rotations do.
     */
    public static Vqc circuit() {
        return Vqc.random(QUBITS, LAYERS, QUBITS, AngleDistribution.uniform(), new Random(SEED));
    }

    /** The encoding stage alone, with its angles written in as numbers, for input {@code v}. */
    public static Circuit encoding(Vqc vqc, double[] v) {
        Circuit c = new Circuit(vqc.qubits());
        for (int i = 0; i < vqc.inputSize(); i++) {
            c.h(i).ry(i, Math.atan(v[i])).rz(i, Math.atan(v[i] * v[i]));
        }
        return c;
    }

    /** Runs {@code vqc} on {@code v} the short way and gate by gate, and returns ⟨Z_k⟩ of every wire both ways. */
    public static Outputs outputs(Vqc vqc, double[] v) {
        int n = vqc.qubits();
        // The short way: what the quantum cells do millions of times (null backend = native, fast path).
        VqcRunner runner = new VqcRunner(vqc, null).run(v);
        double[] shortWay = new double[n];
        runner.zs(n, shortWay, 0);

        // The long way: the whole circuit, encoding included, one gate at a time from |0000⟩.
        double[] parameters = new double[2 * vqc.inputSize()];
        vqc.encodingParameters(v, parameters);
        StateVector state = StateVector.zero(n).apply(vqc.circuit(), parameters);
        double[] gateByGate = new double[n];
        for (int k = 0; k < n; k++) {
            gateByGate[k] = PauliString.z(k).expectation(state);
        }
        return new Outputs(shortWay, gateByGate);
    }

    /** Prints the tour for the input {@code v = (0.5, −1, 2, 0.1)}. */
    public static void main(String[] args) {
        Vqc vqc = circuit();
        double[] v = INPUT.clone();
        int n = vqc.qubits();

        System.out.printf("One VQC: %d qubits, %d layers, frozen angles uniform on [0, 2pi), seed %d%n%n", n,
                vqc.layers(), SEED);

        System.out.println("1. Encoding: each wire i gets H, then RY(atan v_i), then RZ(atan v_i^2)");
        System.out.println("   wire  v_i       atan v_i   atan v_i^2   P(wire reads 1)");
        StateVector encoded = StateVector.zero(n).apply(encoding(vqc, v));
        for (int i = 0; i < n; i++) {
            // RZ only changes phases, so the chance of reading 1 comes from H and RY alone:
            // (1 + sin(atan v)) / 2.
            double pOne = (1 - PauliString.z(i).expectation(encoded)) / 2;
            System.out.printf("   %-4d  %+.4f   %+.4f    %+.4f      %.4f%n", i, v[i], Math.atan(v[i]),
                    Math.atan(v[i] * v[i]), pOne);
        }
        System.out.println("   The encoded state is a product state: its 16 probabilities are products of the");
        System.out.println("   per-wire ones (basis label |q3 q2 q1 q0>, qubit 0 the rightmost bit):");
        printProbabilities(encoded);

        System.out.println();
        System.out.println("2. The whole circuit as text (p[2i] = atan v_i, p[2i+1] = atan v_i^2; then the "
                + vqc.layers() + " frozen layers):");
        System.out.println(indent(vqc.circuit().toString()));

        Outputs out = outputs(vqc, v);
        System.out.println();
        System.out.println("3. Outputs <Z_k>, both ways:");
        System.out.println("   wire  short way (product state x 16x16 unitary)   gate by gate (StateVector)");
        for (int k = 0; k < n; k++) {
            System.out.printf("   %-4d  %+.15f                        %+.15f%n", k, out.shortWay()[k], out.gateByGate()[k]);
        }
        System.out.printf("   largest difference: %.1e (rounding only: the two ways are the same mathematics)%n",
                out.maxDifference());
    }

    private static void printProbabilities(StateVector state) {
        int n = state.qubits();
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < state.dimension(); i++) {
            line.append(String.format(" |%s> %.4f", StateVector.basisLabel(i, n), state.probability(i)));
            if (i % 4 == 3) {
                System.out.println(line);
                line = new StringBuilder("  ");
            }
        }
    }

    private static String indent(String text) {
        return "   " + text.replace("\n", "\n   ");
    }
}
