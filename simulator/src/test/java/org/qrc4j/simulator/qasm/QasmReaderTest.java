package org.qrc4j.simulator.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.sampling.Counts;

/** Reading programs: states against closed forms or hand-built circuits, layout, measurements, counts. */
class QasmReaderTest {

    private static final String HEAD = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n";
    private static final double R = 1 / Math.sqrt(2);

    private static StateVector runFromZero(QasmProgram program) {
        return StateVector.zero(program.qubits()).apply(program.circuit());
    }

    @Test
    void bellStateHasAmplitudesOneOverRootTwo() {
        QasmProgram bell = QasmReader.parse(HEAD + "qreg q[2];\nh q[0];\ncx q[0], q[1];\n");
        StateVector state = runFromZero(bell);
        assertEquals(2, bell.qubits());
        assertEquals(R, state.real(0), 1e-15);
        assertEquals(R, state.real(3), 1e-15);
        assertEquals(0, state.probability(1), 1e-30);
        assertEquals(0, state.probability(2), 1e-30);
        assertFalse(bell.hasMeasurements());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "-pi/2^2 | -0.7853981633974483",
            "-2^2 | -4",
            "2^3^2 | 512",
            "2^-1 | 0.5",
            "-2^-2 | -0.25",
            "1e-3 | 0.001",
            "1.5E+2 | 150",
            ".5 | 0.5",
            "2. | 2",
            "1+2*3 | 7",
            "(1+2)*3 | 9",
            "10-4-3 | 3",
            "8/4/2 | 1",
            "--1 | 1",
            "+3 | 3",
            "-(pi) | -3.141592653589793",
            "2*-3 | -6",
            "sin(pi/6) | 0.49999999999999994",
            "cos(0) | 1",
            "tan(pi/4) | 0.9999999999999999",
            "exp(1) | 2.718281828459045",
            "ln(exp(2)) | 2",
            "sqrt(16) | 4",
            "3*pi/4 | 2.356194490192345",
    })
    void expressionsEvaluateAsTheSpecSays(String expression, double expected) {
        QasmProgram program = QasmReader.parse(HEAD + "qreg q[1];\nrz(" + expression + ") q[0];");
        assertEquals(expected, program.circuit().operation(0).angleValue(0, null), 1e-15, expression);
    }

    @Test
    void twoQuantumRegistersAreLaidOutInDeclarationOrder() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg a[2];\nqreg b[3];\ncreg c[1];\ncreg d[4];\nx b[0];\nx a[1];");
        assertEquals(5, program.qubits());
        assertEquals(List.of(new QasmProgram.Register("a", 0, 2), new QasmProgram.Register("b", 2, 3)),
                program.quantumRegisters());
        assertEquals(List.of(new QasmProgram.Register("c", 0, 1), new QasmProgram.Register("d", 1, 4)),
                program.classicalRegisters());
        assertEquals(5, program.clbits());
        // b[0] is qubit 2, a[1] is qubit 1: basis index 0b00110.
        assertEquals(1, runFromZero(program).probability(0b00110), 1e-15);
    }

    @Test
    void registersMayBeDeclaredBetweenGates() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg a[1];\nx a[0];\nqreg b[1];\nx b[0];");
        assertEquals(1, runFromZero(program).probability(3), 1e-15);
    }

    @Test
    void broadcastOverRegisters() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg q[2];\nqreg r[2];\nh q;\ncx q, r;\ncz q[0], r;");
        Circuit expected = new Circuit(4).h(0).h(1).cx(0, 2).cx(1, 3).cz(0, 2).cz(0, 3);
        assertEquals(expected.operations(), program.circuit().operations());
        States.assertSame(States.run(expected, 4, 11), States.run(program.circuit(), 4, 11), "broadcast");
    }

    @Test
    void userGatesExpandInlineWithTheirParameters() {
        QasmProgram program = QasmReader.parse(HEAD + """
                gate rot(a, b) x { rz(a) x; ry(b/2) x; }
                gate pair(t) x, y { rot(t, 2*t) x; cx x, y; barrier x, y; rot(-t, pi) y; }
                qreg q[3];
                pair(0.3) q[1], q[0];
                pair(-pi/8) q[2], q[1];
                """);
        Circuit expected = new Circuit(3)
                .rz(1, 0.3).ry(1, 2 * 0.3 / 2).cx(1, 0).rz(0, -0.3).ry(0, Math.PI / 2)
                .rz(2, -Math.PI / 8).ry(2, 2 * (-Math.PI / 8) / 2).cx(2, 1).rz(1, Math.PI / 8).ry(1, Math.PI / 2);
        assertEquals(expected.operations(), program.circuit().operations());
        States.assertSame(States.run(expected, 3, 3), States.run(program.circuit(), 3, 3), "user gates");
    }

    @Test
    void userGateWithEmptyParameterListAndBroadcast() {
        QasmProgram program = QasmReader.parse(HEAD + "gate hh() a, b { h a; h b; }\nqreg q[2];\nqreg r[2];\nhh q, r;");
        assertEquals(new Circuit(4).h(0).h(2).h(1).h(3).operations(), program.circuit().operations());
    }

    @Test
    void coreGatesWorkWithoutInclude() {
        QasmProgram program = QasmReader.parse("OPENQASM 2.0;\nqreg q[2];\nU(pi/2, 0, pi) q[0];\nCX q[0], q[1];");
        StateVector state = runFromZero(program);
        // U(π/2, 0, π) is exactly H in Qiskit's convention, so this is a Bell state.
        assertEquals(R, state.real(0), 1e-15);
        assertEquals(R, state.real(3), 1e-15);
    }

    @Test
    void userDefinitionWithoutIncludeMayReuseAQelib1Name() {
        QasmProgram program = QasmReader.parse("OPENQASM 2.0;\ngate h a { U(pi/2, 0, pi) a; }\nqreg q[1];\nh q[0];");
        assertEquals(0.5, runFromZero(program).probability(1), 1e-15);
    }

    @Test
    void redefiningAQelib1GateWithItsSignatureKeepsTheBuiltin() {
        QasmProgram program = QasmReader.parse(HEAD
                + "gate rzz(theta) a, b { cx a, b; u1(theta) b; cx a, b; }\nqreg q[2];\nrzz(0.5) q[0], q[1];");
        // The built-in rzz (cx, rz, cx: exp(-iθZZ/2)), not the u1 version that differs by a global phase.
        assertEquals(new Circuit(2).cx(0, 1).rz(1, 0.5).cx(0, 1).operations(), program.circuit().operations());
    }

    @Test
    void commentsAndBarriersAreIgnored() {
        QasmProgram program = QasmReader.parse("""
                // leading comment
                OPENQASM 2.0; /* inline */ include "qelib1.inc";
                qreg q[2]; // trailing
                /* a block
                   over lines */
                barrier q;
                x q[1]; barrier q[0], q[1];
                """);
        assertEquals(new Circuit(2).x(1).operations(), program.circuit().operations());
    }

    @Test
    void measurementsAreRecordedButDoNotActOnTheState() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg q[2];\ncreg c[2];\nh q[0];\nmeasure q -> c;\n"
                + "measure q[0] -> c[1];");
        assertTrue(program.hasMeasurements());
        assertEquals(List.of(new QasmProgram.Measurement(0, 0), new QasmProgram.Measurement(1, 1),
                new QasmProgram.Measurement(0, 1)), program.measurements());
        assertEquals(new Circuit(2).h(0).operations(), program.circuit().operations());
        // c[1] was last written from q[0], so both bits read q[0].
        Map<String, Integer> keys = program.classicalCounts(new Counts(new int[] {0, 1}, new int[] {6, 4}));
        assertEquals(Map.of("00", 6, "11", 4), keys);
    }

    @Test
    void countsWithoutMeasureUseAllQubitsQubitZeroRightmost() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg a[1];\nqreg b[2];\ncreg c[1];\nh a[0];");
        Map<String, Integer> keys = program.classicalCounts(new Counts(new int[] {1, 4, 6}, new int[] {3, 5, 2}));
        assertEquals(List.of("001", "100", "110"), List.copyOf(keys.keySet()));
        assertEquals(Map.of("001", 3, "100", 5, "110", 2), keys);
    }

    @Test
    void countsWithTwoClassicalRegistersAreKeyedAsQiskitPrintsThem() {
        QasmProgram program = QasmReader.parse(HEAD + """
                qreg q[3];
                creg a[2];
                creg b[1];
                measure q[0] -> a[1];
                measure q[2] -> b[0];
                """);
        // a[0] is never measured (reads 0); a[1] = q0, b[0] = q2. Key: "b a", each bit 0 rightmost.
        Counts counts = new Counts(new int[] {0b000, 0b001, 0b011, 0b100, 0b101}, new int[] {1, 2, 4, 8, 16});
        Map<String, Integer> keys = program.classicalCounts(counts);
        assertEquals(Map.of("0 00", 1, "0 10", 2 + 4, "1 00", 8, "1 10", 16), keys);
        assertEquals(List.of("0 00", "0 10", "1 00", "1 10"), List.copyOf(keys.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> keys.put("x", 1));
    }

    @Test
    void countsRejectOutcomesBeyondTheQubits() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg q[2];");
        assertThrows(IllegalArgumentException.class,
                () -> program.classicalCounts(new Counts(new int[] {4}, new int[] {1})));
    }

    @Test
    void programIsImmutable() {
        QasmProgram program = QasmReader.parse(HEAD + "qreg q[1];\nh q[0];");
        program.circuit().x(0);
        assertEquals(1, program.circuit().size());
        assertThrows(UnsupportedOperationException.class, () -> program.quantumRegisters().clear());
        assertThrows(UnsupportedOperationException.class, () -> program.measurements().clear());
    }

    @Test
    void readsFilesIncludingAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bell.qasm");
        Files.writeString(file, "\uFEFF" + HEAD + "qreg q[2];\nh q[0];\ncx q[0],q[1];\n");
        StateVector state = runFromZero(QasmReader.read(file));
        assertEquals(R, state.real(3), 1e-15);
    }
}
