package org.qrc4j.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhTableTest {

    private static final double EPS = 1e-9;

    /** A result entry shaped as JMH 1.37 writes it (fields the table does not read left out). */
    private static String result(String benchmark, String mode, int qubits, double score, String unit) {
        return """
                {
                  "jmhVersion" : "1.37",
                  "benchmark" : "%s",
                  "mode" : "%s",
                  "threads" : 1,
                  "forks" : 1,
                  "params" : { "qubits" : "%d" },
                  "primaryMetric" : {
                    "score" : %s,
                    "scoreError" : 0.5,
                    "scoreUnit" : "%s",
                    "rawData" : [ [ %s ] ]
                  },
                  "secondaryMetrics" : { }
                }""".formatted(benchmark, mode, qubits, score, unit, score);
    }

    private static JsonNode file(String... results) throws Exception {
        return new ObjectMapper().readTree("[" + String.join(",", results) + "]");
    }

    private static List<JmhTable.Row> sample() throws Exception {
        JsonNode native1 = file(
                // 4 qubits: layer 0.8 µs = 8 gates of 100 ns; copy 0.05 µs -> per gate / copy = 2.
                result(JmhTable.LAYER, "avgt", 4, 0.8, "us/op"),
                result(JmhTable.COPY, "avgt", 4, 50, "ns/op"),
                // 20 qubits: layer 40 ms = 40 gates of 1 ms; copy 0.8 ms -> 1.25.
                result(JmhTable.LAYER, "avgt", 20, 40, "ms/op"),
                result(JmhTable.COPY, "avgt", 20, 0.8, "ms/op"),
                // A throughput result is not a time per operation and is ignored.
                result(JmhTable.COPY, "thrpt", 8, 3.0, "ops/us"));
        JsonNode strange = file(
                // 4 qubits: Strange 2000 µs, native 1000 ns -> 2000 times faster.
                result(JmhTable.STRANGE, "avgt", 4, 2000, "us/op"),
                result(JmhTable.NATIVE_RUN, "avgt", 4, 1000, "ns/op"),
                // 16 qubits: Strange failed (absent), only native measured.
                result(JmhTable.NATIVE_RUN, "avgt", 16, 500, "us/op"));
        return JmhTable.rows(List.of(native1, strange));
    }

    @Test
    void computesPerGateTimesAndRatiosFromTheScores() throws Exception {
        List<JmhTable.Row> rows = sample();
        assertEquals(List.of(4, 16, 20), rows.stream().map(JmhTable.Row::qubits).toList());

        JmhTable.Row four = rows.get(0);
        assertEquals(0.8, four.layerUs(), EPS);
        assertEquals(100.0, four.nsPerGate(), EPS);
        assertEquals(0.05, four.copyUs(), EPS);
        assertEquals(2.0, four.gateOverCopy(), EPS);
        assertEquals(2000.0, four.strangeUs(), EPS);
        assertEquals(1.0, four.nativeRunUs(), EPS);
        assertEquals(2000.0, four.strangeOverNative(), EPS);

        JmhTable.Row sixteen = rows.get(1);
        assertNull(sixteen.layerUs());
        assertNull(sixteen.nsPerGate());
        assertNull(sixteen.gateOverCopy());
        assertNull(sixteen.strangeUs());
        assertEquals(500.0, sixteen.nativeRunUs(), EPS);
        assertNull(sixteen.strangeOverNative());

        JmhTable.Row twenty = rows.get(2);
        assertEquals(40_000.0, twenty.layerUs(), EPS);
        assertEquals(1_000_000.0, twenty.nsPerGate(), EPS);
        assertEquals(800.0, twenty.copyUs(), EPS);
        assertEquals(1.25, twenty.gateOverCopy(), EPS);
        assertNull(twenty.strangeOverNative());
    }

    @Test
    void printsOneMarkdownLinePerSizeWithDashesWhereNotMeasured() throws Exception {
        String[] lines = JmhTable.markdown(sample()).split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("| qubits | native µs/layer | native ns/gate | copy µs | gate ÷ copy |"), lines[0]);
        assertEquals("| 4 | 0.800 | 100 | 0.050 | 2.00 | 2000 | 1.00 | 2000 |", lines[2]);
        assertEquals("| 16 | — | — | — | — | — | 500 | — |", lines[3]);
        assertEquals("| 20 | 40000 | 1000000 | 800 | 1.25 | — | — | — |", lines[4]);
    }

    @Test
    void aLaterFileWinsForTheSameBenchmarkAndSize() throws Exception {
        JsonNode first = file(result(JmhTable.COPY, "avgt", 8, 1.0, "us/op"));
        JsonNode second = file(result(JmhTable.COPY, "avgt", 8, 3.0, "us/op"));
        assertEquals(3.0, JmhTable.rows(List.of(first, second)).get(0).copyUs(), EPS);
    }

    @Test
    void refusesAFileThatIsNotAResultArray() throws Exception {
        JsonNode notArray = new ObjectMapper().readTree("{\"benchmark\": \"x\"}");
        assertThrows(IllegalArgumentException.class, () -> JmhTable.rows(List.of(notArray)));
    }
}
