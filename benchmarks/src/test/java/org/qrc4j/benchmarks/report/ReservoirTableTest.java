package org.qrc4j.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservoirTableTest {

    private static final double EPS = 1e-9;

    /** A result entry shaped as JMH 1.37 writes it (fields the table does not read left out). */
    private static String result(String benchmark, String mode, String params, double score, double error,
                                 String unit) {
        return """
                {
                  "jmhVersion" : "1.37",
                  "benchmark" : "%s",
                  "mode" : "%s",
                  "threads" : 1,
                  "forks" : 1,
                  "params" : { %s },
                  "primaryMetric" : {
                    "score" : %s,
                    "scoreError" : %s,
                    "scoreUnit" : "%s",
                    "rawData" : [ [ %s ] ]
                  },
                  "secondaryMetrics" : { }
                }""".formatted(benchmark, mode, params, score, error, unit, score);
    }

    private static String model(String model) {
        return "\"model\" : \"" + model + "\"";
    }

    private static String backend(String model, String backend) {
        return model(model) + ", \"backend\" : \"" + backend + "\"";
    }

    private static String readout(String features, String readout) {
        return "\"features\" : \"" + features + "\", \"readout\" : \"" + readout + "\"";
    }

    private static JsonNode file(String... results) throws Exception {
        return new ObjectMapper().readTree("[" + String.join(",", results) + "]");
    }

    private static ReservoirTable.Tables sample() throws Exception {
        JsonNode extraction = file(
                // Listed out of order: the table puts quantum models first, in a fixed order.
                result(ReservoirTable.FEATURES, "thrpt", model("esn"), 50_000, 5_000, "ops/s"),
                // 100 000 windows/s = 10 µs per window, ±2 %.
                result(ReservoirTable.FEATURES, "thrpt", model("qlstm"), 100_000, 2_000, "ops/s"),
                // Average time works too: 2 µs per window = 500 000 windows/s.
                result(ReservoirTable.FEATURES, "avgt", model("qrnn"), 2, 0.1, "us/op"),
                // Throughput per millisecond: 400 windows/ms = 400 000 windows/s.
                result(ReservoirTable.FEATURES, "thrpt", model("qgru"), 400, 4, "ops/ms"));
        JsonNode backends = file(
                // qrnn: native 2 µs, native-gates 5 µs, strange 3 ms -> 1500 and 600 times.
                result(ReservoirTable.BACKENDS, "avgt", backend("qrnn", "native"), 2, 0.1, "us/op"),
                result(ReservoirTable.BACKENDS, "avgt", backend("qrnn", "native-gates"), 5000, 10, "ns/op"),
                result(ReservoirTable.BACKENDS, "avgt", backend("qrnn", "strange"), 3, 1, "ms/op"),
                // qlstm: strange failed (absent).
                result(ReservoirTable.BACKENDS, "avgt", backend("qlstm", "native"), 16, 1, "us/op"),
                // A benchmark the table does not know is ignored.
                result("org.example.Other.windows", "avgt", backend("qgru", "native"), 1, 0, "us/op"));
        JsonNode readouts = file(
                // qlstm features: ridge 0.2 ms, rmsprop 3 ms -> 15.
                result(ReservoirTable.READOUTS, "avgt", readout("qlstm", "ridge"), 200, 10, "us/op"),
                result(ReservoirTable.READOUTS, "avgt", readout("qlstm", "rmsprop"), 3, 0.3, "ms/op"),
                // esn features: only rmsprop.
                result(ReservoirTable.READOUTS, "avgt", readout("esn", "rmsprop"), 0.1, 0.01, "s/op"));
        return ReservoirTable.tables(List.of(extraction, backends, readouts));
    }

    @Test
    void computesWindowsPerSecondFromThroughputOrTime() throws Exception {
        List<ReservoirTable.ExtractionRow> rows = sample().extraction();
        assertEquals(List.of("qrnn", "qlstm", "qgru", "esn"),
                rows.stream().map(ReservoirTable.ExtractionRow::model).toList());
        assertEquals(500_000.0, rows.get(0).windowsPerSecond(), 1e-6);
        assertEquals(2.0, rows.get(0).microsPerWindow(), EPS);
        assertEquals(0.05, rows.get(0).errorFraction(), EPS);
        assertEquals(100_000.0, rows.get(1).windowsPerSecond(), 1e-6);
        assertEquals(10.0, rows.get(1).microsPerWindow(), EPS);
        assertEquals(0.02, rows.get(1).errorFraction(), EPS);
        assertEquals(400_000.0, rows.get(2).windowsPerSecond(), 1e-6);
        assertEquals(2.5, rows.get(2).microsPerWindow(), EPS);
        assertEquals(20.0, rows.get(3).microsPerWindow(), EPS);
    }

    @Test
    void computesStrangeOverNativePerModel() throws Exception {
        List<ReservoirTable.BackendRow> rows = sample().backends();
        assertEquals(List.of("qrnn", "qlstm"), rows.stream().map(ReservoirTable.BackendRow::model).toList());

        ReservoirTable.BackendRow qrnn = rows.get(0);
        assertEquals(2.0, qrnn.nativeUs(), EPS);
        assertEquals(5.0, qrnn.gatesUs(), EPS);
        assertEquals(3000.0, qrnn.strangeUs(), EPS);
        assertEquals(1500.0, qrnn.strangeOverNative(), EPS);
        assertEquals(600.0, qrnn.strangeOverGates(), EPS);
        assertEquals(2.5, qrnn.gatesOverNative(), EPS);

        ReservoirTable.BackendRow qlstm = rows.get(1);
        assertEquals(16.0, qlstm.nativeUs(), EPS);
        assertNull(qlstm.gatesUs());
        assertNull(qlstm.strangeUs());
        assertNull(qlstm.strangeOverNative());
        assertNull(qlstm.strangeOverGates());
    }

    @Test
    void computesRmspropOverRidgePerFeatureSet() throws Exception {
        List<ReservoirTable.ReadoutRow> rows = sample().readouts();
        assertEquals(List.of("qlstm", "esn"), rows.stream().map(ReservoirTable.ReadoutRow::features).toList());
        assertEquals(0.2, rows.get(0).ridgeMs(), EPS);
        assertEquals(3.0, rows.get(0).rmspropMs(), EPS);
        assertEquals(15.0, rows.get(0).rmspropOverRidge(), EPS);
        assertNull(rows.get(1).ridgeMs());
        assertEquals(100.0, rows.get(1).rmspropMs(), EPS);
        assertNull(rows.get(1).rmspropOverRidge());
    }

    @Test
    void printsThreeMarkdownTablesWithDashesWhereNotMeasured() throws Exception {
        String[] tables = ReservoirTable.markdown(sample()).split("\n\n");
        assertEquals(3, tables.length);

        String[] extraction = tables[0].split("\n");
        assertEquals("| model | windows/s (1 thread) | µs/window | ± % |", extraction[0]);
        assertEquals("| qrnn | 500000 | 2.00 | 5.00 |", extraction[2]);
        assertEquals("| esn | 50000 | 20.0 | 10.0 |", extraction[5]);

        String[] backends = tables[1].split("\n");
        assertTrue(backends[0].startsWith("| model | native µs/window |"), backends[0]);
        assertEquals("| qrnn | 2.00 | 5.00 | 3000 | 1500 | 600 |", backends[2]);
        assertEquals("| qlstm | 16.0 | — | — | — | — |", backends[3]);

        String[] readouts = tables[2].split("\n");
        assertEquals("| features | ridge ms/fit | rmsprop ms/fit | rmsprop ÷ ridge |", readouts[0]);
        assertEquals("| qlstm | 0.200 | 3.00 | 15.0 |", readouts[2]);
        assertEquals("| esn | — | 100 | — |", readouts[3]);
    }

    @Test
    void leavesOutTablesWithNoResultsAndLetsALaterFileWin() throws Exception {
        JsonNode first = file(result(ReservoirTable.READOUTS, "avgt", readout("qlstm", "ridge"), 1, 0, "ms/op"));
        JsonNode second = file(result(ReservoirTable.READOUTS, "avgt", readout("qlstm", "ridge"), 4, 0, "ms/op"));
        ReservoirTable.Tables tables = ReservoirTable.tables(List.of(first, second));
        assertTrue(tables.extraction().isEmpty());
        assertTrue(tables.backends().isEmpty());
        assertEquals(4.0, tables.readouts().get(0).ridgeMs(), EPS);
        assertTrue(ReservoirTable.markdown(tables).startsWith("| features |"));
    }

    @Test
    void refusesAFileThatIsNotAResultArray() throws Exception {
        JsonNode notArray = new ObjectMapper().readTree("{\"benchmark\": \"x\"}");
        assertThrows(IllegalArgumentException.class, () -> ReservoirTable.tables(List.of(notArray)));
    }
}
