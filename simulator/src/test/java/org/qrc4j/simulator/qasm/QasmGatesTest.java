package org.qrc4j.simulator.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.GateType;

/** Every qelib1 gate read from QASM against the same gate built with the Circuit API or a matrix. */
class QasmGatesTest {

    private static final double TH = 0.7, PH = -1.3, LA = 2.1, GA = 0.4;
    /** Qubits used, in an order that is not the natural one, so that argument order matters. */
    private static final int[] QUBITS = {2, 0, 1};
    private static final String[] NAMES = {"q[2]", "q[0]", "q[1]"};

    private static QasmProgram read(String gate) {
        return QasmReader.parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\n" + gate + "\n");
    }

    private static String call(String name, String params, int arity) {
        return name + params + " " + String.join(", ", List.of(NAMES).subList(0, arity)) + ";";
    }

    private static int[] qubits(int arity) {
        return java.util.Arrays.copyOf(QUBITS, arity);
    }

    /** (qasm name, parameter text, arity, expected circuit). */
    private record Case(String name, String params, int arity, Circuit expected) {
    }

    private static Case direct(String name, String params, GateType type, double... angles) {
        return new Case(name, params, type.arity(), new Circuit(3).gate(type, qubits(type.arity()), angles));
    }

    @TestFactory
    Stream<DynamicTest> gatesMatchTheCircuitApi() {
        String one = "(0.7)";
        String three = "(0.7, -1.3, 2.1)";
        List<Case> cases = new ArrayList<>();
        cases.add(direct("id", "", GateType.I));
        cases.add(direct("x", "", GateType.X));
        cases.add(direct("y", "", GateType.Y));
        cases.add(direct("z", "", GateType.Z));
        cases.add(direct("h", "", GateType.H));
        cases.add(direct("s", "", GateType.S));
        cases.add(direct("sdg", "", GateType.SDG));
        cases.add(direct("t", "", GateType.T));
        cases.add(direct("tdg", "", GateType.TDG));
        cases.add(direct("sx", "", GateType.SX));
        cases.add(direct("sxdg", "", GateType.SXDG));
        cases.add(direct("rx", one, GateType.RX, TH));
        cases.add(direct("ry", one, GateType.RY, TH));
        cases.add(direct("rz", one, GateType.RZ, TH));
        cases.add(direct("p", one, GateType.P, TH));
        cases.add(direct("u1", one, GateType.P, TH));
        cases.add(direct("u3", three, GateType.U3, TH, PH, LA));
        cases.add(direct("u", three, GateType.U3, TH, PH, LA));
        cases.add(direct("U", three, GateType.U3, TH, PH, LA));
        cases.add(direct("u2", "(-1.3, 2.1)", GateType.U3, Math.PI / 2, PH, LA));
        cases.add(direct("cx", "", GateType.CX));
        cases.add(direct("CX", "", GateType.CX));
        cases.add(direct("cy", "", GateType.CY));
        cases.add(direct("cz", "", GateType.CZ));
        cases.add(direct("ch", "", GateType.CH));
        cases.add(direct("swap", "", GateType.SWAP));
        cases.add(direct("ccx", "", GateType.CCX));
        cases.add(direct("crx", one, GateType.CRX, TH));
        cases.add(direct("cry", one, GateType.CRY, TH));
        cases.add(direct("crz", one, GateType.CRZ, TH));
        cases.add(direct("cp", one, GateType.CP, TH));
        cases.add(direct("cu1", one, GateType.CP, TH));
        cases.add(direct("cu3", three, GateType.CU3, TH, PH, LA));
        cases.add(new Case("u0", one, 1, new Circuit(3)));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            QasmProgram program = read(call(c.name(), c.params(), c.arity()));
            for (long seed = 1; seed <= 3; seed++) {
                States.assertSame(States.run(c.expected(), 3, seed), States.run(program.circuit(), 3, seed), c.name());
            }
        }));
    }

    // Gates without a GateType of their own: checked against their matrix definitions, written here
    // independently of the engine (row/column bit 0 = the gate's first qubit, as Qiskit's Operator).

    /** Embeds a 2-qubit matrix on circuit qubits (a, b) of 3 as a full 8×8 matrix. */
    private static double[] embed2(double[] m4, int a, int b) {
        double[] full = new double[2 * 64];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                int other = ~((1 << a) | (1 << b)) & 7;
                if ((r & other) != (c & other)) {
                    continue;
                }
                int rs = ((r >> a) & 1) | (((r >> b) & 1) << 1);
                int cs = ((c >> a) & 1) | (((c >> b) & 1) << 1);
                full[2 * (r * 8 + c)] = m4[2 * (rs * 4 + cs)];
                full[2 * (r * 8 + c) + 1] = m4[2 * (rs * 4 + cs) + 1];
            }
        }
        return full;
    }

    private static void set(double[] m, int dim, int r, int c, double re, double im) {
        m[2 * (r * dim + c)] = re;
        m[2 * (r * dim + c) + 1] = im;
    }

    private static void checkMatrix(String qasm, double[] m4) {
        QasmProgram program = read(qasm);
        for (long seed = 1; seed <= 3; seed++) {
            StateVector expected = States.multiply(embed2(m4, QUBITS[0], QUBITS[1]), States.random(3, seed));
            States.assertSame(expected, States.run(program.circuit(), 3, seed), qasm);
        }
    }

    @Test
    void rzzIsExpOfZZ() {
        double[] m = new double[32];
        for (int b = 0; b < 4; b++) {
            double sign = Integer.bitCount(b) % 2 == 0 ? -1 : 1;   // e^{-iθ/2} on even parity
            set(m, 4, b, b, Math.cos(TH / 2), sign * Math.sin(TH / 2));
        }
        checkMatrix("rzz(0.7) q[2], q[0];", m);
    }

    @Test
    void rxxIsExpOfXX() {
        double[] m = new double[32];
        for (int b = 0; b < 4; b++) {
            set(m, 4, b, b, Math.cos(TH / 2), 0);
            set(m, 4, b, b ^ 3, 0, -Math.sin(TH / 2));
        }
        checkMatrix("rxx(0.7) q[2], q[0];", m);
    }

    @Test
    void csxIsControlledSqrtX() {
        double[] m = new double[32];
        set(m, 4, 0, 0, 1, 0);
        set(m, 4, 2, 2, 1, 0);
        // control = bit 0; on indices 1 (target 0) and 3 (target 1): SX = ½[[1+i, 1−i], [1−i, 1+i]]
        set(m, 4, 1, 1, 0.5, 0.5);
        set(m, 4, 1, 3, 0.5, -0.5);
        set(m, 4, 3, 1, 0.5, -0.5);
        set(m, 4, 3, 3, 0.5, 0.5);
        checkMatrix("csx q[2], q[0];", m);
    }

    @Test
    void cuIsControlledPhasedU3() {
        double c = Math.cos(TH / 2), s = Math.sin(TH / 2);
        double[] m = new double[32];
        set(m, 4, 0, 0, 1, 0);
        set(m, 4, 2, 2, 1, 0);
        // e^{iγ}·U3(θ,φ,λ), U3 = [[c, −e^{iλ}s], [e^{iφ}s, e^{i(φ+λ)}c]]
        set(m, 4, 1, 1, c * Math.cos(GA), c * Math.sin(GA));
        set(m, 4, 1, 3, -s * Math.cos(GA + LA), -s * Math.sin(GA + LA));
        set(m, 4, 3, 1, s * Math.cos(GA + PH), s * Math.sin(GA + PH));
        set(m, 4, 3, 3, c * Math.cos(GA + PH + LA), c * Math.sin(GA + PH + LA));
        checkMatrix("cu(0.7, -1.3, 2.1, 0.4) q[2], q[0];", m);
    }

    @Test
    void cswapSwapsTargetsWhenControlIsOne() {
        QasmProgram program = read("cswap q[2], q[0], q[1];");
        StateVector start = States.random(3, 5);
        double[] re = new double[8], im = new double[8];
        for (int i = 0; i < 8; i++) {
            int j = i;
            if (((i >> 2) & 1) == 1 && ((i >> 0) & 1) != ((i >> 1) & 1)) {
                j = i ^ 3;   // swap bits 0 and 1
            }
            re[j] = start.real(i);
            im[j] = start.imag(i);
        }
        States.assertSame(StateVector.of(re, im), States.run(program.circuit(), 3, 5), "cswap");
    }

    @Test
    void uFollowsQiskitU3ClosedForm() {
        // U(θ,φ,λ)|0> = (cos θ/2, e^{iφ} sin θ/2); U|1> = (−e^{iλ} sin θ/2, e^{i(φ+λ)} cos θ/2)
        QasmProgram zero = QasmReader.parse("OPENQASM 2.0; qreg q[1]; U(0.7, -1.3, 2.1) q[0];");
        StateVector a = StateVector.zero(1).apply(zero.circuit());
        assertEquals(Math.cos(TH / 2), a.real(0), 1e-14);
        assertEquals(0, a.imag(0), 1e-14);
        assertEquals(Math.cos(PH) * Math.sin(TH / 2), a.real(1), 1e-14);
        assertEquals(Math.sin(PH) * Math.sin(TH / 2), a.imag(1), 1e-14);
        StateVector b = StateVector.basis(1, 1).apply(zero.circuit());
        assertEquals(-Math.cos(LA) * Math.sin(TH / 2), b.real(0), 1e-14);
        assertEquals(-Math.sin(LA) * Math.sin(TH / 2), b.imag(0), 1e-14);
        assertEquals(Math.cos(PH + LA) * Math.cos(TH / 2), b.real(1), 1e-14);
        assertEquals(Math.sin(PH + LA) * Math.cos(TH / 2), b.imag(1), 1e-14);
    }

    @Test
    void u2AndU1MatchTheirU3Equivalents() {
        QasmProgram u2 = read("u2(0.3, -0.8) q[1];");
        QasmProgram u2As3 = read("u3(pi/2, 0.3, -0.8) q[1];");
        QasmProgram u1 = read("u1(0.9) q[1];");
        QasmProgram u1As3 = read("u3(0, 0, 0.9) q[1];");
        States.assertSame(States.run(u2As3.circuit(), 3, 7), States.run(u2.circuit(), 3, 7), "u2");
        States.assertSame(States.run(u1As3.circuit(), 3, 7), States.run(u1.circuit(), 3, 7), "u1");
    }

    @Test
    void everyBuiltinGateIsCovered() {
        // Guards the tests above: adding a gate to Qelib1 without a test here fails.
        assertEquals(List.of("U", "CX", "u3", "u", "u2", "u1", "p", "u0", "id", "x", "y", "z", "h", "s", "sdg", "t",
                        "tdg", "sx", "sxdg", "rx", "ry", "rz", "cx", "cy", "cz", "ch", "swap", "ccx", "crx", "cry", "crz",
                        "cu1", "cp", "cu3", "cu", "csx", "rzz", "rxx", "cswap"),
                List.copyOf(Qelib1.names()));
    }
}
