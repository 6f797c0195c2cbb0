package org.qrc4j.simulator.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.sampling.Counts;

/** The example programs in examples/circuits: all parse, and each gives its known state. */
class QasmExamplesTest {

    /** Relative to the simulator module, where Maven runs the tests. */
    private static final Path FOLDER = Path.of("..", "examples", "circuits");
    private static final double R = 1 / Math.sqrt(2);

    private static QasmProgram example(String name) throws IOException {
        return QasmReader.read(FOLDER.resolve(name));
    }

    private static StateVector runFromZero(QasmProgram program) {
        return StateVector.zero(program.qubits()).apply(program.circuit());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleParsesToANormalisedState() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.filter(p -> p.toString().endsWith(".qasm")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "expected the example programs in " + FOLDER.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            QasmProgram program = QasmReader.read(file);
            assertTrue(program.circuit().size() > 0, file + " has no gates");
            assertEquals(1.0, runFromZero(program).normSquared(), 1e-12, file.toString());
        }));
    }

    @Test
    void bell() throws IOException {
        QasmProgram bell = example("bell.qasm");
        StateVector state = runFromZero(bell);
        assertEquals(R, state.real(0), 1e-15);
        assertEquals(R, state.real(3), 1e-15);
        assertEquals(1.0, state.probability(0) + state.probability(3), 1e-15);
        assertTrue(bell.hasMeasurements());
        assertEquals(Map.of("00", 510, "11", 490),
                bell.classicalCounts(new Counts(new int[] {0, 3}, new int[] {510, 490})));
    }

    @Test
    void ghz3() throws IOException {
        QasmProgram ghz = example("ghz3.qasm");
        StateVector state = runFromZero(ghz);
        assertEquals(R, state.real(0), 1e-15);
        assertEquals(R, state.real(7), 1e-15);
        assertEquals(List.of(new QasmProgram.Register("meas", 0, 3)), ghz.classicalRegisters());
        assertEquals(Map.of("000", 3, "111", 5), ghz.classicalCounts(new Counts(new int[] {0, 7}, new int[] {3, 5})));
    }

    @Test
    void qft3OfOneIsTheFourierMode() throws IOException {
        // QFT|j> = Σ_k e^{2πi jk/8} |k> / √8, with j = 1 (x on q[0]).
        StateVector state = runFromZero(example("qft3.qasm"));
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            assertEquals(Math.cos(angle) / Math.sqrt(8), state.real(k), 1e-14, "real part of " + k);
            assertEquals(Math.sin(angle) / Math.sqrt(8), state.imag(k), 1e-14, "imaginary part of " + k);
        }
    }

    @Test
    void rotationsMatchesTheHandBuiltCircuit() throws IOException {
        QasmProgram program = example("rotations.qasm");
        Circuit expected = new Circuit(3)
                .ry(0, Math.PI / 3).cx(0, 1).rz(1, -Math.PI / 6)     // ent(pi/3) q[0], q[1]
                .u3(2, Math.PI / 2, 0, Math.PI)                      // u2(0, pi) anc[0]
                .rx(1, -Math.PI / 4)                                 // rx(-pi/2^2) q[1]
                .u3(2, 0.1, 0.25, -0.5);
        States.assertSame(StateVector.zero(3).apply(expected), runFromZero(program), "rotations.qasm");
        assertEquals(List.of(new QasmProgram.Register("q", 0, 2), new QasmProgram.Register("anc", 2, 1)),
                program.quantumRegisters());
        // flag (declared last) leftmost, then c = c[1] c[0].
        Map<String, Integer> keys = program.classicalCounts(new Counts(new int[] {0b000, 0b101, 0b110},
                new int[] {1, 2, 3}));
        assertEquals(Map.of("0 00", 1, "1 01", 2, "1 10", 3), keys);
        assertFalse(keys.containsKey("1 11"));
    }
}
