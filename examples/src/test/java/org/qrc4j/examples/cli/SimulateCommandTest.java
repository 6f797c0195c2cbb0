package org.qrc4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final double R = Math.sqrt(0.5);

    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Qrc4j.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path qasm(String body) throws IOException {
        Path file = dir.resolve("c.qasm");
        Files.writeString(file, "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n" + body);
        return file;
    }

    @Test
    void bellStateAsJson() throws IOException {
        Path file = qasm("qreg q[2];\nh q[0];\ncx q[0],q[1];\n");
        Run r = run("simulate", file.toString(), "--observable", "Z0 Z1", "--observable", "X0 X1");
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals(2, json.get("qubits").asInt());
        assertEquals("native", json.get("backend").asText());
        assertEquals(R, json.get("amplitudes").get(0).get(0).asDouble(), 1e-15);
        assertEquals(0.0, json.get("amplitudes").get(1).get(0).asDouble(), 1e-15);
        assertEquals(R, json.get("amplitudes").get(3).get(0).asDouble(), 1e-15);
        assertEquals(0.5, json.get("probabilities").get(3).asDouble(), 1e-15);
        assertEquals(0.0, json.get("expectations").get("Z0").asDouble(), 1e-15);
        assertEquals(1.0, json.get("expectations").get("Z0 Z1").asDouble(), 1e-15);
        assertEquals(1.0, json.get("expectations").get("X0 X1").asDouble(), 1e-15);
        assertFalse(json.has("counts"));
    }

    @Test
    void countsUseQiskitBitOrderAndTheSeed() throws IOException {
        // X on qubit 0 of 3: the only outcome is "001" (qubit 0 rightmost).
        Path file = qasm("qreg q[3];\nx q[0];\n");
        Run r = run("simulate", file.toString(), "--shots", "50", "--seed", "9");
        assertEquals(0, r.code(), r.err());
        assertEquals(50, r.json().get("counts").get("001").asInt());
        Path bell = qasm("qreg q[2];\nh q[0];\ncx q[0],q[1];\n");
        String first = run("simulate", bell.toString(), "--shots", "1000", "--seed", "5").out();
        String second = run("simulate", bell.toString(), "--shots", "1000", "--seed", "5").out();
        assertEquals(first, second);
        JsonNode counts = new ObjectMapper().readTree(first).get("counts");
        assertEquals(1000, counts.get("00").asInt() + counts.get("11").asInt());
    }

    @Test
    void strangeBackendAgreesOnGhz() throws IOException {
        Path file = qasm("qreg q[3];\nh q[0];\ncx q[0],q[1];\ncx q[1],q[2];\n");
        Run r = run("simulate", file.toString(), "--backend", "strange");
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals("strange", json.get("backend").asText());
        assertEquals(0.5, json.get("probabilities").get(0).asDouble(), 1e-5);
        assertEquals(0.5, json.get("probabilities").get(7).asDouble(), 1e-5);
    }

    @Test
    void writesAtomicallyToAFile() throws IOException {
        Path file = qasm("qreg q[1];\nx q[0];\n");
        Path target = dir.resolve("out/result.json");
        Run r = run("simulate", file.toString(), "--out", target.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(-1.0, new ObjectMapper().readTree(target.toFile()).get("expectations").get("Z0").asDouble(), 1e-15);
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() throws IOException {
        assertBadInput(run("simulate", dir.resolve("missing.qasm").toString()), "missing.qasm");
        assertBadInput(run("simulate", qasm("qreg q[1];\nfoo q[0];\n").toString()), "foo");
        assertBadInput(run("simulate", qasm("qreg q[2];\ncx q[0];\n").toString()), "line 4");
        assertBadInput(run("simulate", qasm("qreg q[2];\nh q[5];\n").toString()), "line 4");
        Path ok = qasm("qreg q[1];\nh q[0];\n");
        assertBadInput(run("simulate", ok.toString(), "--backend", "quantum"), "--backend");
        assertBadInput(run("simulate", ok.toString(), "--shots", "0"), "--shots must be >= 1, got 0");
        assertBadInput(run("simulate", ok.toString(), "--shots", "many"), "--shots");
        assertBadInput(run("simulate", ok.toString(), "--observable", "Z3"), "acts on qubit 3");
        assertBadInput(run("simulate", ok.toString(), "--observable", "W0"), "--observable");
        assertBadInput(run("simulate"), "FILE.qasm");
    }

    private static void assertBadInput(Run r, String expectedText) {
        assertEquals(2, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected, got:\n" + err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.contains(expectedText), err);
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("qrc4j "), version.out());
        Run help = run("simulate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--observable"), help.out());
    }
}
