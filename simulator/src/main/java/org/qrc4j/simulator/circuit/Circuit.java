package org.qrc4j.simulator.circuit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qrc4j.simulator.gate.Angle;
import org.qrc4j.simulator.gate.GateType;

/**
 * An ordered list of gates on a fixed number of qubits, built fluently:
 *
 * <pre>{@code
 * Circuit bell = new Circuit(2).h(0).cx(0, 1);
 * Circuit layer = new Circuit(4).ry(0, Angle.parameter(0)).cx(0, 1);   // run with p[0] given later
 * }</pre>
 *
 * <p>Angles may be constants or entries of a parameter vector ({@link Angle#parameter}), given when
 * the circuit runs: one circuit serves many runs with different angles, without being rebuilt.
 * A circuit is appendable; its operations are immutable. It is not thread-safe while being built;
 * once built it may be run from many threads at once.
 */
public final class Circuit {

    private final int qubits;
    private final List<Operation> operations = new ArrayList<>();
    private int parameterCount;

    /**
     * An empty circuit.
     *
     * @param qubits number of qubits, at least 1
     */
    public Circuit(int qubits) {
        if (qubits < 1) {
            throw new IllegalArgumentException("qubits must be >= 1, got " + qubits);
        }
        this.qubits = qubits;
    }

    /** Number of qubits. */
    public int qubits() {
        return qubits;
    }

    /** The operations in order, as an unmodifiable view. */
    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }

    /** Number of operations. */
    public int size() {
        return operations.size();
    }

    /** Operation {@code i}. */
    public Operation operation(int i) {
        return operations.get(i);
    }

    /** Length the parameter vector must have: the highest parameter index used plus one. */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Appends an operation.
     *
     * @throws IllegalArgumentException if it touches a qubit outside {@code 0..qubits()-1}
     */
    public Circuit add(Operation operation) {
        for (int i = 0; i < operation.arity(); i++) {
            int q = operation.qubit(i);
            if (q >= qubits) {
                throw new IllegalArgumentException("qubit " + q + " of gate " + operation.type().symbol()
                        + " is out of range: this circuit has qubits 0.." + (qubits - 1));
            }
        }
        operations.add(operation);
        parameterCount = Math.max(parameterCount, operation.parameterCount());
        return this;
    }

    /** Appends every operation of another circuit, which must not have more qubits than this one. */
    public Circuit append(Circuit other) {
        if (other.qubits > qubits) {
            throw new IllegalArgumentException("cannot append a circuit of " + other.qubits
                    + " qubits to one of " + qubits);
        }
        for (Operation operation : other.operations) {
            add(operation);
        }
        return this;
    }

    /** A new circuit that undoes this one: the inverse of each gate, in reverse order. */
    public Circuit inverse() {
        Circuit inverse = new Circuit(qubits);
        for (int i = operations.size() - 1; i >= 0; i--) {
            inverse.add(operations.get(i).inverse());
        }
        return inverse;
    }

    /** A copy that can be appended to independently. */
    public Circuit copy() {
        return new Circuit(qubits).append(this);
    }

    /** Appends a gate that takes no angles. */
    public Circuit gate(GateType type, int[] qubits) {
        return add(Operation.of(type, qubits));
    }

    /** Appends a gate with constant angles. */
    public Circuit gate(GateType type, int[] qubits, double... angles) {
        Angle[] a = new Angle[angles.length];
        for (int i = 0; i < angles.length; i++) {
            a[i] = Angle.of(angles[i]);
        }
        return add(Operation.of(type, qubits, a));
    }

    /** Appends a gate with angles that may depend on parameters. */
    public Circuit gate(GateType type, int[] qubits, Angle... angles) {
        return add(Operation.of(type, qubits, angles));
    }

    private Circuit g(GateType type, int... q) {
        return add(Operation.of(type, q));
    }

    /** Identity on qubit q. */
    public Circuit i(int q) { return g(GateType.I, q); }

    /** Pauli X on qubit q. */
    public Circuit x(int q) { return g(GateType.X, q); }

    /** Pauli Y on qubit q. */
    public Circuit y(int q) { return g(GateType.Y, q); }

    /** Pauli Z on qubit q. */
    public Circuit z(int q) { return g(GateType.Z, q); }

    /** Hadamard on qubit q. */
    public Circuit h(int q) { return g(GateType.H, q); }

    /** S on qubit q. */
    public Circuit s(int q) { return g(GateType.S, q); }

    /** S† on qubit q. */
    public Circuit sdg(int q) { return g(GateType.SDG, q); }

    /** T on qubit q. */
    public Circuit t(int q) { return g(GateType.T, q); }

    /** T† on qubit q. */
    public Circuit tdg(int q) { return g(GateType.TDG, q); }

    /** √X on qubit q. */
    public Circuit sx(int q) { return g(GateType.SX, q); }

    /** (√X)† on qubit q. */
    public Circuit sxdg(int q) { return g(GateType.SXDG, q); }

    /** RX(θ) on qubit q. */
    public Circuit rx(int q, double theta) { return gate(GateType.RX, new int[] {q}, theta); }

    /** RX(θ) on qubit q, θ possibly a parameter. */
    public Circuit rx(int q, Angle theta) { return gate(GateType.RX, new int[] {q}, theta); }

    /** RY(θ) on qubit q. */
    public Circuit ry(int q, double theta) { return gate(GateType.RY, new int[] {q}, theta); }

    /** RY(θ) on qubit q, θ possibly a parameter. */
    public Circuit ry(int q, Angle theta) { return gate(GateType.RY, new int[] {q}, theta); }

    /** RZ(θ) on qubit q. */
    public Circuit rz(int q, double theta) { return gate(GateType.RZ, new int[] {q}, theta); }

    /** RZ(θ) on qubit q, θ possibly a parameter. */
    public Circuit rz(int q, Angle theta) { return gate(GateType.RZ, new int[] {q}, theta); }

    /** Phase P(λ) = diag(1, e^{iλ}) on qubit q. */
    public Circuit p(int q, double lambda) { return gate(GateType.P, new int[] {q}, lambda); }

    /** Phase P(λ) on qubit q, λ possibly a parameter. */
    public Circuit p(int q, Angle lambda) { return gate(GateType.P, new int[] {q}, lambda); }

    /** U3(θ, φ, λ) on qubit q, OpenQASM 2 convention. */
    public Circuit u3(int q, double theta, double phi, double lambda) {
        return gate(GateType.U3, new int[] {q}, theta, phi, lambda);
    }

    /** U3(θ, φ, λ) on qubit q, angles possibly parameters. */
    public Circuit u3(int q, Angle theta, Angle phi, Angle lambda) {
        return gate(GateType.U3, new int[] {q}, theta, phi, lambda);
    }

    /** Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) on qubit q (PennyLane's convention). */
    public Circuit rot(int q, double phi, double theta, double omega) {
        return gate(GateType.ROT, new int[] {q}, phi, theta, omega);
    }

    /** Rot(φ, θ, ω) on qubit q, angles possibly parameters. */
    public Circuit rot(int q, Angle phi, Angle theta, Angle omega) {
        return gate(GateType.ROT, new int[] {q}, phi, theta, omega);
    }

    /** CNOT with the given control and target. */
    public Circuit cx(int control, int target) { return g(GateType.CX, control, target); }

    /** Controlled Y. */
    public Circuit cy(int control, int target) { return g(GateType.CY, control, target); }

    /** Controlled Z. */
    public Circuit cz(int a, int b) { return g(GateType.CZ, a, b); }

    /** Controlled Hadamard. */
    public Circuit ch(int control, int target) { return g(GateType.CH, control, target); }

    /** Swap of two qubits. */
    public Circuit swap(int a, int b) { return g(GateType.SWAP, a, b); }

    /** Controlled RX(θ). */
    public Circuit crx(int control, int target, double theta) {
        return gate(GateType.CRX, new int[] {control, target}, theta);
    }

    /** Controlled RX(θ), θ possibly a parameter. */
    public Circuit crx(int control, int target, Angle theta) {
        return gate(GateType.CRX, new int[] {control, target}, theta);
    }

    /** Controlled RY(θ). */
    public Circuit cry(int control, int target, double theta) {
        return gate(GateType.CRY, new int[] {control, target}, theta);
    }

    /** Controlled RY(θ), θ possibly a parameter. */
    public Circuit cry(int control, int target, Angle theta) {
        return gate(GateType.CRY, new int[] {control, target}, theta);
    }

    /** Controlled RZ(θ). */
    public Circuit crz(int control, int target, double theta) {
        return gate(GateType.CRZ, new int[] {control, target}, theta);
    }

    /** Controlled RZ(θ), θ possibly a parameter. */
    public Circuit crz(int control, int target, Angle theta) {
        return gate(GateType.CRZ, new int[] {control, target}, theta);
    }

    /** Controlled phase CP(λ) = diag(1, 1, 1, e^{iλ}). */
    public Circuit cp(int a, int b, double lambda) { return gate(GateType.CP, new int[] {a, b}, lambda); }

    /** Controlled phase, λ possibly a parameter. */
    public Circuit cp(int a, int b, Angle lambda) { return gate(GateType.CP, new int[] {a, b}, lambda); }

    /** Controlled U3(θ, φ, λ) (OpenQASM cu3). */
    public Circuit cu3(int control, int target, double theta, double phi, double lambda) {
        return gate(GateType.CU3, new int[] {control, target}, theta, phi, lambda);
    }

    /** Toffoli with two controls. */
    public Circuit ccx(int control1, int control2, int target) {
        return g(GateType.CCX, control1, control2, target);
    }

    /** Any 1-qubit unitary: 8 doubles, row-major, re/im interleaved; checked for unitarity. */
    public Circuit unitary(int q, double[] matrix) { return add(Operation.unitary(matrix, q)); }

    /**
     * Any 2-qubit unitary: 32 doubles, row-major, re/im interleaved, basis bit 0 for {@code q0};
     * checked for unitarity.
     */
    public Circuit unitary(int q0, int q1, double[] matrix) { return add(Operation.unitary(matrix, q0, q1)); }

    /** One line per operation, after a header line with the number of qubits and parameters. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("circuit(").append(qubits).append(" qubits");
        if (parameterCount > 0) {
            text.append(", ").append(parameterCount).append(" parameters");
        }
        text.append(", ").append(operations.size()).append(" gates)");
        for (Operation operation : operations) {
            text.append('\n').append("  ").append(operation);
        }
        return text.toString();
    }
}
