package org.qrc4j.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTableTest {

    private static final double EPS = 1e-9;

    /** A result entry shaped as JMH 1.37 writes it (fields the table does not read left out). */
    private static String result(String benchmark, String mode, String params, double score, String unit) {
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
                    "scoreError" : 0.0,
                    "scoreUnit" : "%s",
                    "rawData" : [ [ %s ] ]
                  },
                  "secondaryMetrics" : { }
                }""".formatted(benchmark, mode, params, score, unit, score);
    }

    private static String matmul(String method, String shape, double score, String unit) {
        return result(TrainingTable.MATMUL + method, "avgt", "\"shape\" : \"" + shape + "\"", score, unit);
    }

    private static String step(String method, int threads, String mode, double score, String unit) {
        return result(TrainingTable.STEP + method, mode, "\"threads\" : \"" + threads + "\"", score, unit);
    }

    private static JsonNode file(String... results) throws Exception {
        return new ObjectMapper().readTree("[" + String.join(",", results) + "]");
    }

    private static TrainingTable.Tables sample() throws Exception {
        JsonNode products = file(
                // 64³: 2·64³ = 524 288 flops; tensor 120 µs = 4.369066… GFLOP/s, EJML 50 µs (in ns) = 10.48576.
                matmul("tensor", "64", 120, "us/op"),
                matmul("ejml", "64", 50_000, "ns/op"),
                // 512³ measured only on the multi-threaded EJML: 2·512³ flops in 0.1 s = 2.68435456 GFLOP/s.
                matmul("ejmlConcurrent", "512", 0.1, "s/op"),
                // The AL-RNN shape, 2·16·20·20 = 12 800 flops: tensor 2 µs = 6.4 GFLOP/s, EJML 4 µs.
                matmul("tensor", "16x20x20", 2, "us/op"),
                matmul("ejml", "16x20x20", 4, "us/op"),
                // A benchmark the table does not know is ignored.
                result("org.example.Other.tensor", "avgt", "\"shape\" : \"8\"", 1, "us/op"));
        JsonNode steps = file(
                // 2 threads listed first; the table orders by thread count.
                step("step", 2, "avgt", 2, "ms/op"),
                step("forwardBackward", 2, "avgt", 1.8, "ms/op"),
                step("forward", 2, "avgt", 0.6, "ms/op"),
                // RAdam measured alone: it replaces step − forwardBackward.
                step("optimizer", 2, "avgt", 5, "us/op"),
                // 1 thread: step 1000 µs = 1 ms; forwardBackward as a throughput, 1250 ops/s = 0.8 ms;
                // forward not measured.
                step("step", 1, "avgt", 1000, "us/op"),
                step("forwardBackward", 1, "thrpt", 1250, "ops/s"));
        return TrainingTable.tables(List.of(products, steps));
    }

    @Test
    void computesGflopsAndRatiosAgainstEjml() throws Exception {
        List<TrainingTable.MatMulRow> rows = sample().matmul();
        // Ordered by flops.
        assertEquals(List.of("16x20x20", "64", "512"), rows.stream().map(TrainingTable.MatMulRow::shape).toList());

        TrainingTable.MatMulRow alrnn = rows.get(0);
        assertEquals(16, alrnn.n());
        assertEquals(20, alrnn.k());
        assertEquals(20, alrnn.m());
        assertEquals(12_800.0, alrnn.flops(), EPS);
        assertEquals(6.4, alrnn.gflops(alrnn.tensorUs()), EPS);
        assertEquals(3.2, alrnn.gflops(alrnn.ejmlUs()), EPS);
        assertEquals(0.5, alrnn.tensorOverEjml(), EPS);
        assertNull(alrnn.ejmlConcurrentUs());
        assertNull(alrnn.tensorOverEjmlConcurrent());

        TrainingTable.MatMulRow square = rows.get(1);
        assertEquals(524_288.0, square.flops(), EPS);
        assertEquals(120.0, square.tensorUs(), EPS);
        assertEquals(50.0, square.ejmlUs(), EPS);
        assertEquals(524_288.0 / 120e-6 / 1e9, square.gflops(square.tensorUs()), EPS);
        assertEquals(10.48576, square.gflops(square.ejmlUs()), EPS);
        assertEquals(2.4, square.tensorOverEjml(), EPS);

        TrainingTable.MatMulRow large = rows.get(2);
        assertNull(large.tensorUs());
        assertEquals(100_000.0, large.ejmlConcurrentUs(), EPS);
        assertEquals(2.68435456, large.gflops(large.ejmlConcurrentUs()), EPS);
        assertNull(large.gflops(large.tensorUs()));
    }

    @Test
    void derivesEpochsPerSecondAndTheProjectedRunFromTheStep() throws Exception {
        List<TrainingTable.StepRow> rows = sample().steps();
        assertEquals(List.of(1, 2), rows.stream().map(TrainingTable.StepRow::threads).toList());

        TrainingTable.StepRow two = rows.get(1);
        assertEquals(2.0, two.stepMs(), EPS);
        assertEquals(0.6, two.forwardMs(), EPS);
        assertEquals(1.2, two.backwardMs(), EPS);
        assertEquals(0.005, two.optimizerMs(), EPS);
        // 50 steps of 2 ms = 0.1 s per epoch: 10 epochs/s; 2000 epochs = 200 s = 3.33 min; 12.5× 0.8 epochs/s.
        assertEquals(10.0, two.epochsPerSecond(), EPS);
        assertEquals(200.0 / 60, two.minutesForAllEpochs(), EPS);
        assertEquals(12.5, two.overPytorch(), EPS);

        TrainingTable.StepRow one = rows.get(0);
        assertEquals(1.0, one.stepMs(), EPS);
        assertEquals(0.8, one.forwardBackwardMs(), EPS);
        assertNull(one.forwardMs());
        assertNull(one.backwardMs());
        // Not measured alone: step − forwardBackward.
        assertNull(one.optimizerAloneMs());
        assertEquals(0.2, one.optimizerMs(), EPS);
        assertEquals(20.0, one.epochsPerSecond(), EPS);
        assertEquals(100.0 / 60, one.minutesForAllEpochs(), EPS);
        assertEquals(25.0, one.overPytorch(), EPS);
    }

    @Test
    void printsBothTablesWithVerdictsAndTheReferenceNote() throws Exception {
        String[] tables = TrainingTable.markdown(sample()).split("\n\n");
        assertEquals(3, tables.length);

        String[] products = tables[0].split("\n");
        assertTrue(products[0].startsWith("| n×k×m | tensor µs | EJML µs |"), products[0]);
        assertEquals("| 16×20×20 | 2.00 | 4.00 | — | 6.40 | 3.20 | — | 0.50 | — |", products[2]);
        assertEquals("| 64×64×64 | 120 | 50.0 | — | 4.37 | 10.5 | — | 2.40 | — |", products[3]);
        assertEquals("| 512×512×512 | — | — | 100000 | — | — | 2.68 | — | — |", products[4]);

        String[] steps = tables[1].split("\n");
        assertEquals("| threads | ms/step | forward ms | backward ms | RAdam ms | epochs/s | 2000 epochs, min "
                + "| × PyTorch reference | goal < 4 min | aim < 2 min |", steps[0]);
        assertEquals("| 1 | 1.00 | — | — | 0.200 | 20.0 | 1.67 | 25.0 | met (2.40× under) | met (1.20× under) |",
                steps[2]);
        assertEquals("| 2 | 2.00 | 0.600 | 1.20 | 0.005 | 10.0 | 3.33 | 12.5 | met (1.20× under) "
                + "| not met (1.67× over) |", steps[3]);

        assertTrue(tables[2].startsWith("PyTorch reference: 0.800 epochs/s (CPU, 2 threads) is the issue's figure, "
                + "not measured here; at that rate 2000 epochs take 41.7 min."), tables[2]);
    }

    @Test
    void leavesOutTablesWithNoResultsAndLetsALaterFileWin() throws Exception {
        JsonNode first = file(step("step", 2, "avgt", 2, "ms/op"));
        JsonNode second = file(step("step", 2, "avgt", 3, "ms/op"));
        TrainingTable.Tables tables = TrainingTable.tables(List.of(first, second));
        assertTrue(tables.matmul().isEmpty());
        assertEquals(3.0, tables.steps().get(0).stepMs(), EPS);
        assertTrue(TrainingTable.markdown(tables).startsWith("| threads |"));
    }

    @Test
    void refusesAFileThatIsNotAResultArray() throws Exception {
        JsonNode notArray = new ObjectMapper().readTree("{\"benchmark\": \"x\"}");
        assertThrows(IllegalArgumentException.class, () -> TrainingTable.tables(List.of(notArray)));
    }
}
