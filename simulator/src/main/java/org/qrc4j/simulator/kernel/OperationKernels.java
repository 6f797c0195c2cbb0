package org.qrc4j.simulator.kernel;

import org.qrc4j.simulator.circuit.Operation;
import org.qrc4j.simulator.gate.GateType;

/**
 * Dispatches an operation to the cheapest kernel that applies it: Pauli and Hadamard gates, phases
 * (S, T, P, RZ, CZ, CP, CRZ) and permutations (CX, SWAP, CCX) never multiply full matrices.
 *
 * <p>An operation on k qubits works on {@code 2^n / 2^k} independent groups of amplitudes;
 * {@link #apply} covers groups {@code [lo, hi)}, so any split of the groups over threads gives the
 * same numbers as one thread.
 */
public final class OperationKernels {

    private OperationKernels() {
    }

    /** Number of independent groups an operation works on in a state of {@code dimension} amplitudes. */
    public static int groups(Operation op, int dimension) {
        return dimension >>> op.arity();
    }

    /**
     * The matrix the kernel of {@code op} needs: the operation's own constant matrix, or the one for
     * these parameters written into {@code scratch} (32 doubles); {@code null} for gates whose kernel
     * needs none.
     */
    public static double[] matrix(Operation op, double[] parameters, double[] scratch) {
        double[] constant = op.constantMatrix();
        if (constant != null) {
            return constant;
        }
        if (matrixFree(op.type())) {
            return null;
        }
        op.matrix(parameters, scratch);
        return scratch;
    }

    /** Applies {@code op}, with the matrix from {@link #matrix}, to its groups {@code [lo, hi)}. */
    public static void apply(double[] re, double[] im, Operation op, double[] m, int lo, int hi) {
        switch (op.type()) {
            case I -> { }
            case X -> SingleQubitKernels.x(re, im, op.qubit(0), lo, hi);
            case Y -> SingleQubitKernels.y(re, im, op.qubit(0), lo, hi);
            case Z -> SingleQubitKernels.z(re, im, op.qubit(0), lo, hi);
            case H -> SingleQubitKernels.hadamard(re, im, op.qubit(0), lo, hi);
            case T -> SingleQubitKernels.eighthTurn(re, im, op.qubit(0), 1, lo, hi);
            case TDG -> SingleQubitKernels.eighthTurn(re, im, op.qubit(0), -1, lo, hi);
            case S, SDG, P -> SingleQubitKernels.phase(re, im, op.qubit(0), m[6], m[7], lo, hi);
            case RZ -> SingleQubitKernels.diagonal(re, im, op.qubit(0), m[0], m[1], m[6], m[7], lo, hi);
            case RY -> SingleQubitKernels.denseReal(re, im, op.qubit(0), m[0], m[2], m[4], m[6], lo, hi);
            case SX, SXDG, RX, U3, ROT, UNITARY1 -> SingleQubitKernels.dense(re, im, op.qubit(0), m, lo, hi);
            case CX -> MultiQubitKernels.cx(re, im, op.qubit(0), op.qubit(1), lo, hi);
            case CZ, CP -> MultiQubitKernels.controlledPhase(re, im, op.qubit(0), op.qubit(1), m[6], m[7], lo, hi);
            case CRZ -> MultiQubitKernels.controlledDiagonal(re, im, op.qubit(0), op.qubit(1),
                    m[0], m[1], m[6], m[7], lo, hi);
            case CY, CH, CRX, CRY, CU3 -> MultiQubitKernels.controlled(re, im, op.qubit(0), op.qubit(1), m, lo, hi);
            case SWAP -> MultiQubitKernels.swap(re, im, op.qubit(0), op.qubit(1), lo, hi);
            case UNITARY2 -> MultiQubitKernels.dense(re, im, op.qubit(0), op.qubit(1), m, lo, hi);
            case CCX -> MultiQubitKernels.ccx(re, im, op.qubit(0), op.qubit(1), op.qubit(2), lo, hi);
        }
    }

    /** Whether a gate type's kernel reads nothing but the amplitudes (no matrix). */
    private static boolean matrixFree(GateType type) {
        return switch (type) {
            case I, X, Y, Z, H, T, TDG, CX, SWAP, CCX -> true;
            default -> false;
        };
    }
}
