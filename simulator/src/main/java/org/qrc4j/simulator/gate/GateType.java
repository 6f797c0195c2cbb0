package org.qrc4j.simulator.gate;

import java.util.Locale;
import java.util.Optional;

/**
 * Every gate the engine knows, with its arity, its number of angles and the cheapest kernel family
 * that applies it.
 *
 * <p>Conventions: qubit k is bit k of the basis index; for controlled gates the first qubit is the
 * control (the first two for {@link #CCX}). Angles follow OpenQASM 2 / Qiskit, except {@link #ROT}
 * which follows PennyLane: Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ).
 */
public enum GateType {
    /** Identity. */
    I(1, 0, Kind.IDENTITY),
    /** Pauli X. */
    X(1, 0, Kind.PERMUTATION),
    /** Pauli Y. */
    Y(1, 0, Kind.PERMUTATION),
    /** Pauli Z. */
    Z(1, 0, Kind.DIAGONAL),
    /** Hadamard. */
    H(1, 0, Kind.DENSE),
    /** S = diag(1, i). */
    S(1, 0, Kind.DIAGONAL),
    /** S† = diag(1, -i). */
    SDG(1, 0, Kind.DIAGONAL),
    /** T = diag(1, e^{iπ/4}). */
    T(1, 0, Kind.DIAGONAL),
    /** T† = diag(1, e^{-iπ/4}). */
    TDG(1, 0, Kind.DIAGONAL),
    /** √X = ½[[1+i, 1−i], [1−i, 1+i]]. */
    SX(1, 0, Kind.DENSE),
    /** (√X)†. */
    SXDG(1, 0, Kind.DENSE),
    /** RX(θ) = exp(−iθX/2). */
    RX(1, 1, Kind.DENSE),
    /** RY(θ) = exp(−iθY/2). */
    RY(1, 1, Kind.DENSE),
    /** RZ(θ) = exp(−iθZ/2) = diag(e^{−iθ/2}, e^{iθ/2}). */
    RZ(1, 1, Kind.DIAGONAL),
    /** Phase P(λ) = diag(1, e^{iλ}) (OpenQASM u1). */
    P(1, 1, Kind.DIAGONAL),
    /** U3(θ, φ, λ) as OpenQASM 2 / Qiskit define it. */
    U3(1, 3, Kind.DENSE),
    /** Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ), PennyLane's convention. */
    ROT(1, 3, Kind.DENSE),
    /** Controlled X (CNOT): qubits (control, target). */
    CX(2, 0, Kind.PERMUTATION),
    /** Controlled Y: qubits (control, target). */
    CY(2, 0, Kind.CONTROLLED),
    /** Controlled Z; symmetric in its qubits. */
    CZ(2, 0, Kind.DIAGONAL),
    /** Controlled Hadamard: qubits (control, target). */
    CH(2, 0, Kind.CONTROLLED),
    /** Swap of two qubits. */
    SWAP(2, 0, Kind.PERMUTATION),
    /** Controlled RX(θ): qubits (control, target). */
    CRX(2, 1, Kind.CONTROLLED),
    /** Controlled RY(θ): qubits (control, target). */
    CRY(2, 1, Kind.CONTROLLED),
    /** Controlled RZ(θ): qubits (control, target). */
    CRZ(2, 1, Kind.DIAGONAL),
    /** Controlled phase CP(λ) = diag(1, 1, 1, e^{iλ}) (OpenQASM cu1); symmetric in its qubits. */
    CP(2, 1, Kind.DIAGONAL),
    /** Controlled U3(θ, φ, λ) (OpenQASM cu3): qubits (control, target). */
    CU3(2, 3, Kind.CONTROLLED),
    /** Toffoli: qubits (control, control, target). */
    CCX(3, 0, Kind.PERMUTATION),
    /** Any 1-qubit unitary given as a 2×2 matrix. */
    UNITARY1(1, 0, Kind.DENSE),
    /** Any 2-qubit unitary given as a 4×4 matrix. */
    UNITARY2(2, 0, Kind.DENSE);

    /** The family of kernel that applies a gate; the cheaper families never multiply full matrices. */
    public enum Kind {
        /** Does nothing. */
        IDENTITY,
        /** Multiplies each amplitude by a phase that depends on its own index. */
        DIAGONAL,
        /** Moves amplitudes between indices, possibly times a phase. */
        PERMUTATION,
        /** A 2×2 matrix on the target where the control is 1. */
        CONTROLLED,
        /** A dense 2×2 or 4×4 matrix. */
        DENSE
    }

    private final int arity;
    private final int angleCount;
    private final Kind kind;

    GateType(int arity, int angleCount, Kind kind) {
        this.arity = arity;
        this.angleCount = angleCount;
        this.kind = kind;
    }

    /** Number of qubits the gate acts on. */
    public int arity() {
        return arity;
    }

    /** Number of angles the gate takes. */
    public int angleCount() {
        return angleCount;
    }

    /** The kernel family that applies this gate. */
    public Kind kind() {
        return kind;
    }

    /** Whether the gate is defined by a user matrix rather than by angles. */
    public boolean isMatrixGate() {
        return this == UNITARY1 || this == UNITARY2;
    }

    /** Lower-case name, as OpenQASM writes it where OpenQASM has the gate. */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Looks a gate up by its {@link #symbol()} (case-insensitive). */
    public static Optional<GateType> bySymbol(String symbol) {
        for (GateType type : values()) {
            if (type.symbol().equalsIgnoreCase(symbol)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
