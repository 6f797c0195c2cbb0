package org.qrc4j.simulator.backend;

import java.util.ArrayList;
import java.util.List;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.circuit.Operation;
import org.qrc4j.simulator.gate.GateMatrices;
import org.qrc4j.simulator.gate.GateType;
import org.redfx.strange.Complex;
import org.redfx.strange.Gate;
import org.redfx.strange.Program;
import org.redfx.strange.Result;
import org.redfx.strange.Step;
import org.redfx.strange.gate.Cnot;
import org.redfx.strange.gate.Cr;
import org.redfx.strange.gate.Cz;
import org.redfx.strange.gate.Hadamard;
import org.redfx.strange.gate.Identity;
import org.redfx.strange.gate.R;
import org.redfx.strange.gate.RotationX;
import org.redfx.strange.gate.RotationY;
import org.redfx.strange.gate.SingleQubitGate;
import org.redfx.strange.gate.SingleQubitMatrixGate;
import org.redfx.strange.gate.Swap;
import org.redfx.strange.gate.TwoQubitGate;
import org.redfx.strange.gate.X;
import org.redfx.strange.gate.Y;
import org.redfx.strange.gate.Z;
import org.redfx.strange.local.SimpleQuantumExecutionEnvironment;

/**
 * Runs circuits on Strange 0.1.3 (org.redfx), in single precision, as a second opinion on the
 * native engine: each qrc4j gate becomes one or more Strange gates; consecutive one-qubit gates on
 * distinct qubits share a Strange step (which roughly halves the run time of layered circuits),
 * every other gate has a step of its own; the program runs from |0…0⟩ in Strange's
 * {@link SimpleQuantumExecutionEnvironment}, and the final amplitudes are copied into the target
 * state vector. Amplitudes, global phase included, equal the native backend's within float
 * precision.
 *
 * <p>Strange's qubit k is bit k of the basis index, as in qrc4j and Qiskit, so no reordering is
 * needed. Each gate is mapped as follows (every Strange matrix used was checked entry by entry):
 *
 * <table>
 * <caption>qrc4j gate → Strange construction</caption>
 * <tr><th>qrc4j</th><th>Strange</th></tr>
 * <tr><td>I</td><td>{@code Identity}</td></tr>
 * <tr><td>X, Y, Z, H</td><td>{@code X}, {@code Y}, {@code Z}, {@code Hadamard}</td></tr>
 * <tr><td>S, SDG, T, TDG</td><td>{@code R(±π/2)}, {@code R(±π/4)}: R(λ) = diag(1, e^{iλ})</td></tr>
 * <tr><td>P(λ)</td><td>{@code R(λ)}</td></tr>
 * <tr><td>RX(θ), RY(θ)</td><td>{@code RotationX(θ)}, {@code RotationY(θ)}</td></tr>
 * <tr><td>RZ, SX, SXDG, U3, ROT, UNITARY1</td><td>{@code SingleQubitMatrixGate} with the exact 2×2
 *     matrix of {@link GateMatrices#singleQubit} (or the user's matrix)</td></tr>
 * <tr><td>CX</td><td>{@code Cnot(control, target)}</td></tr>
 * <tr><td>CZ</td><td>{@code Cz}</td></tr>
 * <tr><td>CP(λ)</td><td>{@code Cr(a, b, λ)} = diag(1, 1, 1, e^{iλ})</td></tr>
 * <tr><td>SWAP</td><td>{@code Swap}</td></tr>
 * <tr><td>CY, CH, CRX, CRY, CRZ, CU3, UNITARY2</td><td>a private {@code TwoQubitGate} subclass
 *     carrying the exact 4×4 matrix ({@link GateMatrices#full} or the user's)</td></tr>
 * <tr><td>CCX</td><td>the exact (phase-free) 15-gate decomposition: 2 H, 7 T/T†, 6 CNOT</td></tr>
 * </table>
 *
 * <p>Traps of Strange 0.1.3 avoided here: {@code RotationZ(θ)} is diag(e^{−iθ/2}, e^{−iθ/2}), a
 * mere global phase, so RZ is given as a matrix; {@code Toffoli(a, b, c)} ignores the order of
 * its arguments: on 3 qubits only the order (0, 1, 2) flipped qubit c, the other five orders act
 * on other qubits
 * (e.g. {@code Toffoli(1, 0, 2)} flips qubit 0 under controls 1 and 2), hence the decomposition;
 * {@code Program.initializeQubit(i, a)} sets qubit n−1−i and is not used (runs start from
 * |0…0⟩); {@code Complex.toString} prints values of magnitude above 0.999999 as +1, dropping the
 * sign, which makes Y, Z and Cz look wrong when printed although their matrices are right.
 * {@code Result.measureSystem}, which Strange calls at the end of every run, draws one outcome
 * and throws {@code ArrayIndexOutOfBoundsException} when the random number exceeds the float sum
 * of the probabilities (which may be slightly below 1: about 1 − 2.4e−7 after a few Hadamards,
 * so roughly one run in several million); that run is then repeated, up to {@value #ATTEMPTS}
 * times in all.
 *
 * <p>Limits: Strange computes in float (largest amplitude difference from the native backend
 * measured on random 8-qubit circuits: 7e−8 after 40 gates, 1.6e−7 after 1000; tests allow
 * 1e−5), allocates a new {@code Complex} object per
 * amplitude per step, and is slow: one layer of RY on every qubit plus a ring of CNOTs (2n
 * gates) took, roughly, on a 2-core machine with a warm JVM, 12 qubits ≈ 40–60 ms,
 * 14 qubits ≈ 70 ms, 16 qubits ≈ 0.7–0.9 s, 18 qubits ≈ 4 s per run (the native backend:
 * 0.5–3 ms up to 16 qubits); with one gate per step it was 80–180 ms, 0.3–1.2 s and 0.9–1.4 s
 * for 12, 14 and 16 qubits. Use it for checks up to about 12–14 qubits, not for
 * reservoirs or large sweeps. It is stateless and may be shared between threads.
 */
public final class StrangeBackend implements Backend {

    /** The backend's name on the command line. */
    public static final String NAME = "strange";

    /** How often a run is tried when Strange's final random measurement overruns its array. */
    static final int ATTEMPTS = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Circuit circuit, double[] parameters, StateVector target) {
        if (target.qubits() != circuit.qubits()) {
            throw new IllegalArgumentException("target has " + target.qubits() + " qubits but the circuit has "
                    + circuit.qubits());
        }
        checkMemory(circuit.qubits());
        List<Gate> gates = translate(circuit, parameters);
        Complex[] amplitudes = execute(circuit.qubits(), gates);
        double[] re = target.realParts();
        double[] im = target.imagParts();
        if (amplitudes.length != re.length) {
            throw new IllegalStateException("Strange returned " + amplitudes.length + " amplitudes, expected "
                    + re.length);
        }
        for (int i = 0; i < amplitudes.length; i++) {
            re[i] = amplitudes[i].r;
            im[i] = amplitudes[i].i;
        }
    }

    /**
     * Strange keeps amplitudes as {@code Complex} objects (about 32 bytes each with the reference)
     * and holds about three vectors of them at once while it steps; refuse, before it starts, what
     * the heap cannot hold.
     */
    private static void checkMemory(int qubits) {
        long needed = BYTES_PER_AMPLITUDE << qubits;
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (needed > available) {
            throw new IllegalArgumentException(String.format(
                    "backend strange needs about %s for %d qubits (it stores each amplitude as an object), but the "
                            + "JVM heap has only %s free; use the native backend, fewer qubits or a larger heap (-Xmx)",
                    StateVector.formatBytes(needed), qubits, StateVector.formatBytes(available)));
        }
    }

    /** Estimated heap per amplitude while Strange runs: three vectors of 32-byte {@code Complex} entries. */
    static final long BYTES_PER_AMPLITUDE = 96;

    /** The Strange gates, in order, that apply {@code circuit} with the given parameter values. */
    static List<Gate> translate(Circuit circuit, double[] parameters) {
        List<Gate> gates = new ArrayList<>(circuit.size());
        double[] m2 = new double[8];
        double[] m4 = new double[32];
        for (Operation op : circuit.operations()) {
            translate(op, parameters, gates, m2, m4);
        }
        return gates;
    }

    private static void translate(Operation op, double[] parameters, List<Gate> out, double[] m2, double[] m4) {
        GateType type = op.type();
        int q0 = op.qubit(0);
        switch (type) {
            case I -> out.add(new Identity(q0));
            case X -> out.add(new X(q0));
            case Y -> out.add(new Y(q0));
            case Z -> out.add(new Z(q0));
            case H -> out.add(new Hadamard(q0));
            case S -> out.add(new R(Math.PI / 2, q0));
            case SDG -> out.add(new R(-Math.PI / 2, q0));
            case T -> out.add(new R(Math.PI / 4, q0));
            case TDG -> out.add(new R(-Math.PI / 4, q0));
            case P -> out.add(new R(op.angleValue(0, parameters), q0));
            case RX -> out.add(new RotationX(op.angleValue(0, parameters), q0));
            case RY -> out.add(new RotationY(op.angleValue(0, parameters), q0));
            case RZ, SX, SXDG, U3, ROT, UNITARY1 -> {
                op.matrix(parameters, m2);
                out.add(new SingleQubitMatrixGate(q0, complexMatrix(m2, 2)));
            }
            case CX -> out.add(new Cnot(q0, op.qubit(1)));
            case CZ -> out.add(new Cz(q0, op.qubit(1)));
            case CP -> out.add(new Cr(q0, op.qubit(1), op.angleValue(0, parameters)));
            case SWAP -> out.add(new Swap(q0, op.qubit(1)));
            case CY, CH, CRX, CRY, CRZ, CU3 -> {
                double a0 = type.angleCount() > 0 ? op.angleValue(0, parameters) : 0;
                double a1 = type.angleCount() > 1 ? op.angleValue(1, parameters) : 0;
                double a2 = type.angleCount() > 2 ? op.angleValue(2, parameters) : 0;
                GateMatrices.full(type, a0, a1, a2, m4);
                out.add(MatrixGate2.of(q0, op.qubit(1), m4));
            }
            case UNITARY2 -> {
                op.matrix(parameters, m4);
                out.add(MatrixGate2.of(q0, op.qubit(1), m4));
            }
            case CCX -> toffoli(op.qubit(0), op.qubit(1), op.qubit(2), out);
        }
    }

    /** CCX(a, b; t) exactly, phase included, from H, T, T† and CNOT. */
    private static void toffoli(int a, int b, int t, List<Gate> out) {
        double quarter = Math.PI / 4;
        out.add(new Hadamard(t));
        out.add(new Cnot(b, t));
        out.add(new R(-quarter, t));
        out.add(new Cnot(a, t));
        out.add(new R(quarter, t));
        out.add(new Cnot(b, t));
        out.add(new R(-quarter, t));
        out.add(new Cnot(a, t));
        out.add(new R(quarter, b));
        out.add(new R(quarter, t));
        out.add(new Hadamard(t));
        out.add(new Cnot(a, b));
        out.add(new R(quarter, a));
        out.add(new R(-quarter, b));
        out.add(new Cnot(a, b));
    }

    /**
     * Runs the gates from |0…0⟩ and returns the final amplitudes. Consecutive one-qubit gates on
     * distinct qubits go into one step (they commute, so the order is kept); a gate on more qubits
     * gets a step of its own.
     */
    private static Complex[] execute(int qubits, List<Gate> gates) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Program program = new Program(qubits);
            Step layer = null;
            long layerQubits = 0;
            for (Gate gate : gates) {
                if (gate instanceof SingleQubitGate) {
                    long bit = 1L << gate.getMainQubitIndex();
                    if (layer == null || (layerQubits & bit) != 0) {
                        layer = new Step();
                        layerQubits = 0;
                        program.addStep(layer);
                    }
                    layer.addGate(gate);
                    layerQubits |= bit;
                } else {
                    program.addStep(new Step(gate));
                    layer = null;
                }
            }
            try {
                Result result = new SimpleQuantumExecutionEnvironment().runProgram(program);
                // Despite its name, getProbability() holds the amplitudes after the last step.
                return result.getProbability();
            } catch (ArrayIndexOutOfBoundsException e) {
                last = e; // Strange's closing measurement overran: see the class comment.
            }
        }
        throw new IllegalStateException("Strange failed " + ATTEMPTS + " times in its final measurement", last);
    }

    /** A row-major interleaved complex matrix as Strange's {@code Complex[row][column]}. */
    static Complex[][] complexMatrix(double[] m, int dim) {
        Complex[][] c = new Complex[dim][dim];
        for (int r = 0; r < dim; r++) {
            for (int k = 0; k < dim; k++) {
                c[r][k] = new Complex(m[2 * (r * dim + k)], m[2 * (r * dim + k) + 1]);
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return NAME;
    }

    /**
     * Any 4×4 unitary on two qubits. Strange indexes the matrix of a {@code TwoQubitGate(first,
     * second)} with {@code first} as the high bit (its {@code Cnot(control, target)} has the control
     * there); qrc4j's 4×4 on (q0, q1) has q0 as bit 0, so the gate is built as (q1, q0).
     */
    private static final class MatrixGate2 extends TwoQubitGate {

        private final Complex[][] matrix;

        private MatrixGate2(int first, int second, Complex[][] matrix) {
            super(first, second);
            this.matrix = matrix;
        }

        static MatrixGate2 of(int q0, int q1, double[] qrc4jMatrix) {
            return new MatrixGate2(q1, q0, complexMatrix(qrc4jMatrix, 4));
        }

        @Override
        public Complex[][] getMatrix() {
            return matrix;
        }

        @Override
        public String getCaption() {
            return "U";
        }
    }
}
