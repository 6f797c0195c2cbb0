package org.qrc4j.simulator.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each kind of error: its line, column and the words that tell the user what went wrong. */
class QasmErrorsTest {

    /** Four lines; the statement under test starts on line 5. */
    private static final String HEAD = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg c[2];\n";

    private static QasmSyntaxException fails(String source, int line, int column, String... words) {
        QasmSyntaxException e = assertThrows(QasmSyntaxException.class, () -> QasmReader.parse(source));
        String message = e.getMessage();
        assertEquals(line, e.line(), message);
        assertEquals(column, e.column(), message);
        assertTrue(message.startsWith("line " + line + ", column " + column + ": "), message);
        for (String word : words) {
            assertTrue(message.contains(word), "message lacks '" + word + "': " + message);
        }
        return e;
    }

    private static QasmSyntaxException failsAfterHead(String body, int line, int column, String... words) {
        return fails(HEAD + body, line, column, words);
    }

    @Test
    void missingCommaIsReportedWhereItIsMissing() {
        failsAfterHead("cx q[0] q[1];", 5, 9, "expected ','", "between the qubit arguments of gate 'cx'", "'q'");
    }

    @Test
    void unknownGateIsNamed() {
        failsAfterHead("foo q[0];", 5, 1, "unknown gate 'foo'");
    }

    @Test
    void qelib1GateWithoutIncludeSaysToInclude() {
        fails("OPENQASM 2.0;\nqreg q[1];\nh q[0];", 3, 1, "unknown gate 'h'", "include \"qelib1.inc\"");
    }

    @Test
    void wrongNumberOfQubits() {
        failsAfterHead("cx q[0];", 5, 1, "gate 'cx'", "expects 2 qubit", "found 1");
    }

    @Test
    void wrongNumberOfParameters() {
        failsAfterHead("rx(0.1, 0.2) q[0];", 5, 1, "gate 'rx'", "expects 1 parameter", "found 2");
        failsAfterHead("rx q[0];", 5, 1, "expects 1 parameter", "found 0");
        failsAfterHead("h(0.5) q[0];", 5, 1, "expects 0 parameter", "found 1");
    }

    @Test
    void indexOutOfRangeGivesTheSize() {
        failsAfterHead("h q[2];", 5, 5, "index 2", "out of range", "'q'", "size 2");
        failsAfterHead("measure q[0] -> c[7];", 5, 19, "index 7", "'c'", "size 2");
    }

    @Test
    void undeclaredRegister() {
        failsAfterHead("h r[0];", 5, 3, "undeclared register 'r'", "q, c");
    }

    @Test
    void registerRedeclared() {
        failsAfterHead("qreg q[3];", 5, 6, "register 'q' is already declared", "line 3");
        failsAfterHead("creg q[1];", 5, 6, "register 'q' is already declared");
    }

    @Test
    void registerOfSizeZero() {
        failsAfterHead("qreg r[0];", 5, 8, "size at least 1");
    }

    @Test
    void broadcastSizeMismatch() {
        failsAfterHead("qreg r[3];\ncx q, r;", 6, 7, "broadcast size mismatch", "'q' has 2", "'r' has 3");
    }

    @Test
    void sameQubitTwice() {
        failsAfterHead("cx q[1], q[1];", 5, 10, "qubit q[1] twice", "distinct");
        failsAfterHead("cx q, q;", 5, 7, "qubit q[0] twice");
    }

    @Test
    void missingSemicolonNamesWhatFollowed() {
        failsAfterHead("h q[0]\nx q[1];", 6, 1, "expected ';'", "after the arguments of gate 'h'", "found 'x'");
        failsAfterHead("qreg r[2]", 5, 10, "expected ';'", "end of input");
        fails("OPENQASM 2.0\nqreg q[1];", 2, 1, "expected ';' after 'OPENQASM 2.0'", "found 'qreg'");
    }

    @Test
    void badExpressions() {
        failsAfterHead("rx(0.1 +) q[0];", 5, 9, "expected a number, pi", "found ')'");
        failsAfterHead("rx(theta) q[0];", 5, 4, "unknown name 'theta'", "pi");
        failsAfterHead("rx(foo(1)) q[0];", 5, 4, "unknown function 'foo'", "sin, cos, tan, exp, ln, sqrt");
        failsAfterHead("rx((1+2) q[0];", 5, 10, "expected ')'", "found 'q'");
        failsAfterHead("rx(1/0) q[0];", 5, 4, "parameter 1 of gate 'rx'", "finite", "Infinity");
        failsAfterHead("rx(sqrt(-1)) q[0];", 5, 4, "finite", "NaN");
        failsAfterHead("rx(1 $ 2) q[0];", 5, 6, "unexpected character '$'");
    }

    @Test
    void resetIfAndOpaqueAreRefusedWithTheReason() {
        failsAfterHead("reset q[0];", 5, 1, "'reset' is not supported", "pure state", "mid-circuit measurement");
        failsAfterHead("if(c==1) x q[0];", 5, 1, "'if' is not supported", "pure state", "mid-circuit measurement");
        failsAfterHead("opaque magic a;", 5, 1, "'opaque' is not supported", "no definition");
    }

    @Test
    void gateAfterMeasurementIsRefused() {
        failsAfterHead("measure q[0] -> c[0];\nh q[0];", 6, 3, "gate 'h'", "q[0] after it was measured (line 5)",
                "measurements must come after");
        failsAfterHead("measure q -> c;\ncx q[1], q[0];", 6, 4, "q[1] after it was measured");
        // A gate on a qubit not measured is fine, and so is a barrier on a measured one.
        QasmReader.parse(HEAD + "measure q[0] -> c[0];\nbarrier q;\nh q[1];\nmeasure q[1] -> c[1];");
    }

    @Test
    void measureShapes() {
        failsAfterHead("qreg r[3];\nmeasure r -> c;", 6, 14, "equal sizes", "'r' has 3", "'c' has 2");
        failsAfterHead("measure q[0] -> c;", 5, 17, "one qubit to one bit");
        failsAfterHead("measure c[0] -> c[1];", 5, 9, "'c' is a creg");
        failsAfterHead("measure q[0] -> q[1];", 5, 17, "'q' is a qreg", "creg");
        failsAfterHead("measure q[0] c[0];", 5, 14, "expected '->'", "found 'c'");
    }

    @Test
    void cregIsNotAQubit() {
        failsAfterHead("h c[0];", 5, 3, "'c' is a creg", "qreg");
    }

    @Test
    void headerIsRequiredAndOnlyVersionTwo() {
        fails("qreg q[1];", 1, 1, "expected 'OPENQASM 2.0;' as the first statement", "found 'qreg'");
        fails("OPENQASM 3.0;\nqreg q[1];", 1, 10, "version 3.0 is not supported", "OpenQASM 2.0 only");
        fails("", 1, 1, "expected 'OPENQASM 2.0;'", "end of input");
        fails("OPENQASM 2.0;\nOPENQASM 2.0;", 2, 1, "only once");
    }

    @Test
    void onlyQelib1CanBeIncluded() {
        fails("OPENQASM 2.0;\ninclude \"stdgates.inc\";", 2, 9, "cannot include \"stdgates.inc\"",
                "only \"qelib1.inc\"");
    }

    @Test
    void includeAfterAClashingDefinition() {
        fails("OPENQASM 2.0;\ngate h a { U(pi/2, 0, pi) a; }\ninclude \"qelib1.inc\";", 3, 9,
                "qelib1.inc defines gate 'h'", "before any gate definition");
    }

    @Test
    void integerExpectedForIndicesAndSizes() {
        failsAfterHead("h q[1.0];", 5, 5, "expected a non-negative integer", "found '1.0'");
        failsAfterHead("qreg r[two];", 5, 8, "expected a non-negative integer", "size of register 'r'");
    }

    @Test
    void programWithoutQubits() {
        fails("OPENQASM 2.0;\ninclude \"qelib1.inc\";\ncreg c[1];\n", 4, 1, "declares no qubits", "qreg");
    }

    @Test
    void tooManyQubits() {
        fails("OPENQASM 2.0;\nqreg a[20];\nqreg b[11];", 3, 8, "31 qubits", "at most 30");
    }

    @Test
    void gateDefinitionErrors() {
        failsAfterHead("gate g a { h b; }", 5, 14, "expected a qubit argument of gate 'g' (a)", "found 'b'");
        failsAfterHead("gate g a { h a[0]; }", 5, 15, "plain names");
        failsAfterHead("gate g(t) a { rx(s) a; }", 5, 18, "unknown name 's'", "parameters t");
        failsAfterHead("gate g a, b { cx a, a; }", 5, 21, "qubit 'a' twice");
        failsAfterHead("gate g a { g a; }", 5, 12, "cannot call itself");
        failsAfterHead("gate g a { h a; }\ngate g a { x a; }", 6, 6, "gate 'g' is already defined at line 5");
        failsAfterHead("gate U a { h a; }", 5, 6, "built into the language");
        failsAfterHead("gate g(t, t) a { }", 5, 11, "'t' is used twice");
        failsAfterHead("gate g a { measure a; }", 5, 12, "only gate calls and 'barrier'", "'measure'");
        failsAfterHead("gate g a { h a;", 5, 16, "expected '}'", "end of input");
        failsAfterHead("gate rx(a, b) q { }", 5, 6, "already defined by qelib1.inc", "1 parameter");
        failsAfterHead("gate g(t) a { rx(1/t) a; }\ng(0) q[0];", 6, 1, "gate 'g'", "inner gate 'rx'", "Infinity");
    }

    @Test
    void unterminatedComment() {
        failsAfterHead("h q[0]; /* never closed\n", 5, 9, "unterminated comment", "'*/'");
    }

    @Test
    void positionsCountLinesInsideBlockComments() {
        failsAfterHead("/* one\n two\n three */ h q[5];", 7, 15, "index 5");
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = Path.of("no-such-dir", "missing.qasm");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> QasmReader.read(missing));
        assertTrue(e.getMessage().contains("missing.qasm"), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void syntaxExceptionIsAnIllegalArgumentException() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QasmReader.parse("x"));
        assertTrue(e instanceof QasmSyntaxException);
    }
}
