package org.qrc4j.simulator.circuit;

import java.util.Arrays;
import java.util.Objects;
import org.qrc4j.simulator.gate.Angle;
import org.qrc4j.simulator.gate.GateMatrices;
import org.qrc4j.simulator.gate.GateType;

/**
 * One gate on given qubits: immutable. A gate whose angles are all constant carries its matrix,
 * computed once here, so that a frozen circuit run a million times never recomputes a sine.
 */
public final class Operation {

    private final GateType type;
    private final int[] qubits;
    private final Angle[] angles;
    /** The 2×2 (target) matrix of constant gates, the user matrix of matrix gates; else null. */
    private final double[] matrix;

    private Operation(GateType type, int[] qubits, Angle[] angles, double[] matrix) {
        this.type = type;
        this.qubits = qubits;
        this.angles = angles;
        this.matrix = matrix;
    }

    /**
     * A gate given by its type, qubits and angles.
     *
     * @throws IllegalArgumentException if the number of qubits or angles does not fit the gate,
     *                                  a qubit is negative or repeated
     */
    public static Operation of(GateType type, int[] qubits, Angle... angles) {
        Objects.requireNonNull(type, "type");
        if (type.isMatrixGate()) {
            throw new IllegalArgumentException("gate " + type + " is given by a matrix: use Operation.unitary");
        }
        int[] q = checkQubits(type, qubits);
        if (angles == null || angles.length != type.angleCount()) {
            throw new IllegalArgumentException("gate " + type.symbol() + " takes " + type.angleCount()
                    + " angle(s), got " + (angles == null ? 0 : angles.length));
        }
        Angle[] a = angles.clone();
        double[] matrix = null;
        boolean constant = true;
        for (Angle angle : a) {
            Objects.requireNonNull(angle, "angle");
            constant &= !angle.isParameter();
        }
        if (constant && type.kind() != GateType.Kind.IDENTITY && type != GateType.SWAP && type != GateType.CCX) {
            matrix = new double[8];
            GateMatrices.singleQubit(type, value(a, 0, null), value(a, 1, null), value(a, 2, null), matrix);
        }
        return new Operation(type, q, a, matrix);
    }

    /**
     * Any 1- or 2-qubit unitary, given row-major with real and imaginary parts interleaved (8 or 32
     * doubles; for 2 qubits, basis bit 0 is {@code qubits[0]}).
     *
     * @throws IllegalArgumentException if the matrix has the wrong size or is not unitary
     */
    public static Operation unitary(double[] matrix, int... qubits) {
        if (qubits == null || (qubits.length != 1 && qubits.length != 2)) {
            throw new IllegalArgumentException("a unitary gate acts on 1 or 2 qubits, got "
                    + (qubits == null ? 0 : qubits.length));
        }
        GateType type = qubits.length == 1 ? GateType.UNITARY1 : GateType.UNITARY2;
        int[] q = checkQubits(type, qubits);
        GateMatrices.checkUnitary("matrix", matrix, 1 << qubits.length);
        return new Operation(type, q, new Angle[0], matrix.clone());
    }

    private static int[] checkQubits(GateType type, int[] qubits) {
        if (qubits == null || qubits.length != type.arity()) {
            throw new IllegalArgumentException("gate " + type.symbol() + " acts on " + type.arity()
                    + " qubit(s), got " + (qubits == null ? 0 : qubits.length));
        }
        int[] q = qubits.clone();
        for (int i = 0; i < q.length; i++) {
            if (q[i] < 0) {
                throw new IllegalArgumentException("qubit must be >= 0, got " + q[i] + " for gate " + type.symbol());
            }
            for (int j = 0; j < i; j++) {
                if (q[i] == q[j]) {
                    throw new IllegalArgumentException("gate " + type.symbol() + " needs distinct qubits, got "
                            + Arrays.toString(q));
                }
            }
        }
        return q;
    }

    private static double value(Angle[] a, int i, double[] parameters) {
        return i < a.length ? a[i].value(parameters) : 0.0;
    }

    /** The gate. */
    public GateType type() {
        return type;
    }

    /** Number of qubits the gate acts on. */
    public int arity() {
        return qubits.length;
    }

    /** Qubit {@code i} of the gate (controls first). */
    public int qubit(int i) {
        return qubits[i];
    }

    /** The qubits, as a copy. */
    public int[] qubits() {
        return qubits.clone();
    }

    /** Number of angles. */
    public int angleCount() {
        return angles.length;
    }

    /** Angle {@code i}. */
    public Angle angle(int i) {
        return angles[i];
    }

    /** The value of angle {@code i} for the given parameters. */
    public double angleValue(int i, double[] parameters) {
        return angles[i].value(parameters);
    }

    /** Whether any angle depends on the parameter vector. */
    public boolean isParameterized() {
        for (Angle angle : angles) {
            if (angle.isParameter()) {
                return true;
            }
        }
        return false;
    }

    /** Highest parameter index used plus one (0 if none). */
    public int parameterCount() {
        int count = 0;
        for (Angle angle : angles) {
            count = Math.max(count, angle.index() + 1);
        }
        return count;
    }

    /** Largest qubit index plus one. */
    public int width() {
        int width = 0;
        for (int q : qubits) {
            width = Math.max(width, q + 1);
        }
        return width;
    }

    /**
     * Writes the gate's 2×2 matrix (the target part for controlled gates; the user matrix for matrix
     * gates, 8 or 32 doubles) into {@code out} for the given parameters, without allocating.
     */
    public void matrix(double[] parameters, double[] out) {
        if (matrix != null) {
            System.arraycopy(matrix, 0, out, 0, matrix.length);
        } else {
            GateMatrices.singleQubit(type, value(angles, 0, parameters), value(angles, 1, parameters),
                    value(angles, 2, parameters), out);
        }
    }

    /**
     * The precomputed matrix of a constant gate or of a matrix gate, shared and not to be modified;
     * {@code null} for a gate with parameter angles. Lets kernels skip the copy in {@link #matrix}.
     */
    public double[] constantMatrix() {
        return matrix;
    }

    /** The operation that undoes this one. */
    public Operation inverse() {
        return switch (type) {
            case I, X, Y, Z, H, CX, CY, CZ, CH, SWAP, CCX -> this;
            case S -> of(GateType.SDG, qubits);
            case SDG -> of(GateType.S, qubits);
            case T -> of(GateType.TDG, qubits);
            case TDG -> of(GateType.T, qubits);
            case SX -> of(GateType.SXDG, qubits);
            case SXDG -> of(GateType.SX, qubits);
            case RX, RY, RZ, P, CRX, CRY, CRZ, CP -> of(type, qubits, angles[0].negate());
            // U3(θ,φ,λ)† = U3(−θ,−λ,−φ); Rot(φ,θ,ω)† = Rot(−ω,−θ,−φ).
            case U3, CU3 -> of(type, qubits, angles[0].negate(), angles[2].negate(), angles[1].negate());
            case ROT -> of(type, qubits, angles[2].negate(), angles[1].negate(), angles[0].negate());
            case UNITARY1 -> new Operation(type, qubits, angles, GateMatrices.adjoint(matrix, 2));
            case UNITARY2 -> new Operation(type, qubits, angles, GateMatrices.adjoint(matrix, 4));
        };
    }

    /** Text such as {@code ry(0.5) q[1]} or {@code cx q[0], q[2]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type.symbol());
        if (angles.length > 0) {
            text.append('(');
            for (int i = 0; i < angles.length; i++) {
                text.append(i > 0 ? ", " : "").append(angles[i]);
            }
            text.append(')');
        }
        if (type.isMatrixGate()) {
            text.append(Arrays.toString(matrix));
        }
        for (int i = 0; i < qubits.length; i++) {
            text.append(i > 0 ? ", " : " ").append("q[").append(qubits[i]).append(']');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation other && type == other.type && Arrays.equals(qubits, other.qubits)
                && Arrays.equals(angles, other.angles)
                && (!type.isMatrixGate() || Arrays.equals(matrix, other.matrix));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(qubits), Arrays.hashCode(angles));
    }
}
