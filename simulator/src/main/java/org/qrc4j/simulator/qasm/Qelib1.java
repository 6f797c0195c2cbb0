package org.qrc4j.simulator.qasm;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.GateType;

/**
 * The gates of {@code qelib1.inc}, as Qiskit's copy of that file defines them, built in rather
 * than read from a file: each maps onto qrc4j gates whose matrices are exactly Qiskit's (including
 * global phase), so that a state read from QASM matches Qiskit's statevector, not merely up to a
 * phase.
 *
 * <p>Where the original 2017 spec and Qiskit differ by a global phase, Qiskit is followed:
 * {@code U} is Qiskit's U3 matrix (the spec's {@code U(θ,φ,λ) = Rz(φ)Ry(θ)Rz(λ)} is
 * e^{−i(φ+λ)/2} times it), and {@code rz} is exp(−iθZ/2) (the spec's qelib1 writes it as u1).
 */
final class Qelib1 {

    /** Appends a gate's qrc4j form to a circuit, given its evaluated angles and its qubits. */
    @FunctionalInterface
    interface Emitter {
        void emit(Circuit circuit, double[] a, int[] q);
    }

    /**
     * A built-in gate.
     *
     * @param name       OpenQASM name
     * @param parameters number of angle parameters
     * @param qubits     number of qubit arguments
     * @param core       whether it is part of the language ({@code U}, {@code CX}), usable without the include
     * @param emitter    how to append it
     */
    record Builtin(String name, int parameters, int qubits, boolean core, Emitter emitter) {
    }

    private static final double[] NO_ANGLES = {};

    private static final Map<String, Builtin> GATES = new LinkedHashMap<>();

    static {
        // The two gates of the language itself.
        core("U", 3, 1, (c, a, q) -> c.gate(GateType.U3, q, a[0], a[1], a[2]));
        core("CX", 0, 2, (c, a, q) -> c.gate(GateType.CX, q, NO_ANGLES));

        // Single-qubit gates.
        lib("u3", 3, 1, (c, a, q) -> c.gate(GateType.U3, q, a[0], a[1], a[2]));
        lib("u", 3, 1, (c, a, q) -> c.gate(GateType.U3, q, a[0], a[1], a[2]));
        lib("u2", 2, 1, (c, a, q) -> c.gate(GateType.U3, q, Math.PI / 2, a[0], a[1]));
        lib("u1", 1, 1, (c, a, q) -> c.gate(GateType.P, q, a[0]));
        lib("p", 1, 1, (c, a, q) -> c.gate(GateType.P, q, a[0]));
        // u0(γ) is an idle of γ time steps in qelib1: the identity for a simulator.
        lib("u0", 1, 1, (c, a, q) -> c.gate(GateType.I, q, NO_ANGLES));
        lib("id", 0, 1, (c, a, q) -> c.gate(GateType.I, q, NO_ANGLES));
        simple("x", GateType.X);
        simple("y", GateType.Y);
        simple("z", GateType.Z);
        simple("h", GateType.H);
        simple("s", GateType.S);
        simple("sdg", GateType.SDG);
        simple("t", GateType.T);
        simple("tdg", GateType.TDG);
        simple("sx", GateType.SX);
        simple("sxdg", GateType.SXDG);
        rotation("rx", GateType.RX);
        rotation("ry", GateType.RY);
        rotation("rz", GateType.RZ);

        // Two- and three-qubit gates.
        simple("cx", GateType.CX);
        simple("cy", GateType.CY);
        simple("cz", GateType.CZ);
        simple("ch", GateType.CH);
        simple("swap", GateType.SWAP);
        simple("ccx", GateType.CCX);
        rotation("crx", GateType.CRX);
        rotation("cry", GateType.CRY);
        rotation("crz", GateType.CRZ);
        rotation("cu1", GateType.CP);
        rotation("cp", GateType.CP);
        lib("cu3", 3, 2, (c, a, q) -> c.gate(GateType.CU3, q, a[0], a[1], a[2]));
        // cu(θ,φ,λ,γ) controls e^{iγ}·U3(θ,φ,λ): the phase e^{iγ} applies exactly where the
        // control is 1, which is P(γ) on the control (diagonal, so it commutes with the CU3).
        lib("cu", 4, 2, (c, a, q) -> c.gate(GateType.CU3, q, a[0], a[1], a[2])
                .gate(GateType.P, new int[] {q[0]}, a[3]));
        // csx: H·S·H is exactly √X (not just up to phase), so H·CS·H on the target is controlled √X.
        lib("csx", 0, 2, (c, a, q) -> c.h(q[1]).cp(q[0], q[1], Math.PI / 2).h(q[1]));
        // rzz(θ) = exp(−iθ/2 Z⊗Z): the parity a⊕b, computed into b, picks the RZ phase.
        lib("rzz", 1, 2, (c, a, q) -> c.cx(q[0], q[1]).rz(q[1], a[0]).cx(q[0], q[1]));
        // rxx(θ) = exp(−iθ/2 X⊗X) = (H⊗H)·rzz(θ)·(H⊗H), since H·Z·H = X.
        lib("rxx", 1, 2, (c, a, q) -> c.h(q[0]).h(q[1]).cx(q[0], q[1]).rz(q[1], a[0]).cx(q[0], q[1])
                .h(q[0]).h(q[1]));
        // Fredkin: swapping b and c when a is 1 is CX(c→b)·CCX(a,b→c)·CX(c→b), a permutation, exact.
        lib("cswap", 0, 3, (c, a, q) -> c.cx(q[2], q[1]).ccx(q[0], q[1], q[2]).cx(q[2], q[1]));
    }

    private Qelib1() {
    }

    private static void core(String name, int parameters, int qubits, Emitter emitter) {
        GATES.put(name, new Builtin(name, parameters, qubits, true, emitter));
    }

    private static void lib(String name, int parameters, int qubits, Emitter emitter) {
        GATES.put(name, new Builtin(name, parameters, qubits, false, emitter));
    }

    private static void simple(String name, GateType type) {
        lib(name, 0, type.arity(), (c, a, q) -> c.gate(type, q, NO_ANGLES));
    }

    private static void rotation(String name, GateType type) {
        lib(name, 1, type.arity(), (c, a, q) -> c.gate(type, q, a[0]));
    }

    /** The built-in gate of that name, or null. */
    static Builtin get(String name) {
        return GATES.get(name);
    }

    /** Names of all built-in gates, in a fixed order (for documentation and tests). */
    static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(GATES.keySet());
    }
}
