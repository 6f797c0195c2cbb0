package org.qrc4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qrc4j.benchmarks.training.AlrnnStepBenchmark;
import org.qrc4j.benchmarks.training.MatMulBenchmark;

/**
 * Reads one or more JMH JSON result files and prints the training benchmarks as two Markdown
 * tables:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.qrc4j.benchmarks.report.TrainingTable matmul.json step.json
 * </pre>
 *
 * <ol>
 *   <li>matrix products ({@link MatMulBenchmark}): per shape n×k×m, µs per product and GFLOP/s
 *       (2·n·k·m flops) of {@code tensor}, {@code ejml} and {@code ejmlConcurrent}, and the time
 *       ratio tensor ÷ EJML (below 1: the tensor layer is faster);</li>
 *   <li>the AL-RNN step ({@link AlrnnStepBenchmark}): per thread count, ms per step, its split
 *       into forward (the {@code forward} time), backward ({@code forwardBackward} − {@code forward})
 *       and RAdam (the {@code optimizer} time, or {@code step} − {@code forwardBackward} when that
 *       was not measured), epochs per second at
 *       {@value #STEPS_PER_EPOCH} steps per epoch, the projected minutes for {@value #EPOCHS} epochs,
 *       the speed relative to the PyTorch reference of {@value #PYTORCH_EPOCHS_PER_SECOND}
 *       epochs/s, and whether the goal (under {@value #GOAL_MINUTES} minutes) and the aim (under
 *       {@value #AIM_MINUTES}) are met. The PyTorch figure is the issue's, not measured here; the
 *       projection counts the training steps only.</li>
 * </ol>
 *
 * <p>A table none of whose benchmarks is in the files is left out; a cell is "—" where its
 * benchmark was not measured. Results of several files are merged; a later file wins for the same
 * benchmark and parameters. Scores may be times per operation or throughputs (see
 * {@link ReservoirTable}).
 */
public final class TrainingTable {

    static final String MATMUL = MatMulBenchmark.class.getName() + ".";
    static final String STEP = AlrnnStepBenchmark.class.getName() + ".";

    /** Training steps (batches) per epoch in the authors' Lorenz-63 configuration. */
    public static final int STEPS_PER_EPOCH = 50;
    /** Epochs of a full training run. */
    public static final int EPOCHS = 2000;
    /** The PyTorch reference (CPU, 2 threads): epochs per second. Not measured here. */
    public static final double PYTORCH_EPOCHS_PER_SECOND = 0.8;
    /** The goal: 2000 epochs in under this many minutes on 2 cores. */
    public static final double GOAL_MINUTES = 4;
    /** The aim: 2000 epochs in under this many minutes. */
    public static final double AIM_MINUTES = 2;

    private TrainingTable() {
    }

    /**
     * One product shape, µs per product; null where not measured.
     *
     * @param shape         the benchmark's shape parameter
     * @param n             rows of A and C
     * @param k             columns of A, rows of B
     * @param m             columns of B and C
     * @param tensorUs      {@code Tensor.matmul}
     * @param ejmlUs        {@code CommonOps_DDRM.mult}
     * @param ejmlConcurrentUs {@code CommonOps_MT_DDRM.mult}
     */
    public record MatMulRow(String shape, int n, int k, int m, Double tensorUs, Double ejmlUs,
                            Double ejmlConcurrentUs) {

        /** Floating-point operations per product, 2·n·k·m. */
        public double flops() {
            return 2.0 * n * k * m;
        }

        /** GFLOP/s of a product taking {@code micros} µs; null for null. */
        public Double gflops(Double micros) {
            return micros == null ? null : flops() / (micros * 1e-6) / 1e9;
        }

        /** Tensor ÷ EJML (single-threaded) time: below 1, the tensor layer is faster. */
        public Double tensorOverEjml() {
            return ratio(tensorUs, ejmlUs);
        }

        /** Tensor ÷ multi-threaded EJML time. */
        public Double tensorOverEjmlConcurrent() {
            return ratio(tensorUs, ejmlConcurrentUs);
        }
    }

    /**
     * One thread count of the AL-RNN step, ms per invocation; null where not measured.
     *
     * @param threads           threads of the rollout
     * @param stepMs            a whole training step
     * @param forwardBackwardMs loss and backward, no optimiser
     * @param forwardMs         the loss alone
     * @param optimizerAloneMs  the RAdam step alone
     */
    public record StepRow(int threads, Double stepMs, Double forwardBackwardMs, Double forwardMs,
                          Double optimizerAloneMs) {

        /** Backward pass: forwardBackward − forward. */
        public Double backwardMs() {
            return forwardBackwardMs == null || forwardMs == null ? null : forwardBackwardMs - forwardMs;
        }

        /** RAdam step: measured alone if it was, else step − forwardBackward. */
        public Double optimizerMs() {
            if (optimizerAloneMs != null) {
                return optimizerAloneMs;
            }
            return stepMs == null || forwardBackwardMs == null ? null : stepMs - forwardBackwardMs;
        }

        /** Epochs per second: 1 / ({@value #STEPS_PER_EPOCH} steps). */
        public Double epochsPerSecond() {
            return stepMs == null ? null : 1.0 / (STEPS_PER_EPOCH * stepMs * 1e-3);
        }

        /** Projected minutes of {@value #EPOCHS} epochs, training steps only. */
        public Double minutesForAllEpochs() {
            return stepMs == null ? null : EPOCHS * STEPS_PER_EPOCH * stepMs * 1e-3 / 60;
        }

        /** Times faster than the PyTorch reference. */
        public Double overPytorch() {
            Double eps = epochsPerSecond();
            return eps == null ? null : eps / PYTORCH_EPOCHS_PER_SECOND;
        }
    }

    /** The two tables' rows. */
    public record Tables(List<MatMulRow> matmul, List<StepRow> steps) {
    }

    /** Prints the tables of the given JMH JSON files to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -cp benchmarks.jar " + TrainingTable.class.getName()
                    + " results.json [more.json ...]   (files written by JMH with -rf json -rff FILE)");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> results = new ArrayList<>();
        for (String file : args) {
            results.add(mapper.readTree(Path.of(file).toFile()));
        }
        System.out.print(markdown(tables(results)));
    }

    /** The tables' rows from the given parsed JMH result files (each a JSON array). */
    public static Tables tables(List<JsonNode> resultFiles) {
        // parameter -> method -> seconds per operation; a later file wins.
        Map<String, Map<String, Double>> matmul = new LinkedHashMap<>();
        Map<Integer, Map<String, Double>> steps = new LinkedHashMap<>();
        for (JsonNode file : resultFiles) {
            if (!file.isArray()) {
                throw new IllegalArgumentException("a JMH JSON result file is an array of results, got "
                        + file.getNodeType());
            }
            for (JsonNode result : file) {
                String benchmark = result.path("benchmark").asText();
                ReservoirTable.Score score = ReservoirTable.score(result.path("primaryMetric"));
                if (score == null) {
                    continue;
                }
                if (benchmark.startsWith(MATMUL)) {
                    String shape = result.path("params").path("shape").asText().trim();
                    matmul.computeIfAbsent(shape, s -> new LinkedHashMap<>())
                            .put(benchmark.substring(MATMUL.length()), score.seconds());
                } else if (benchmark.startsWith(STEP)) {
                    int threads = Integer.parseInt(result.path("params").path("threads").asText("0").trim());
                    steps.computeIfAbsent(threads, t -> new LinkedHashMap<>())
                            .put(benchmark.substring(STEP.length()), score.seconds());
                }
            }
        }
        List<MatMulRow> matmulRows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : matmul.entrySet()) {
            int[] d = MatMulBenchmark.dimensions(e.getKey());
            Map<String, Double> s = e.getValue();
            matmulRows.add(new MatMulRow(e.getKey(), d[0], d[1], d[2], scaled(s.get("tensor"), 1e6),
                    scaled(s.get("ejml"), 1e6), scaled(s.get("ejmlConcurrent"), 1e6)));
        }
        matmulRows.sort(Comparator.comparingDouble(MatMulRow::flops));
        List<StepRow> stepRows = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Double>> e : steps.entrySet()) {
            Map<String, Double> s = e.getValue();
            stepRows.add(new StepRow(e.getKey(), scaled(s.get("step"), 1e3), scaled(s.get("forwardBackward"), 1e3),
                    scaled(s.get("forward"), 1e3), scaled(s.get("optimizer"), 1e3)));
        }
        stepRows.sort(Comparator.comparingInt(StepRow::threads));
        return new Tables(matmulRows, stepRows);
    }

    private static Double scaled(Double seconds, double factor) {
        return seconds == null ? null : seconds * factor;
    }

    private static Double ratio(Double numerator, Double denominator) {
        return numerator == null || denominator == null ? null : numerator / denominator;
    }

    private static String minutes(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : JmhTable.number(value);
    }

    private static String verdict(Double minutes, double limit) {
        if (minutes == null) {
            return "—";
        }
        return minutes < limit ? "met (" + JmhTable.ratio(limit / minutes) + "× under)"
                : "not met (" + JmhTable.ratio(minutes / limit) + "× over)";
    }

    /** The non-empty tables as Markdown, separated by a blank line, ending in a newline. */
    public static String markdown(Tables tables) {
        List<String> parts = new ArrayList<>();
        if (!tables.matmul().isEmpty()) {
            StringBuilder t = new StringBuilder();
            t.append("| n×k×m | tensor µs | EJML µs | EJML MT µs | tensor GFLOP/s | EJML GFLOP/s | EJML MT GFLOP/s "
                    + "| tensor ÷ EJML | tensor ÷ EJML MT |\n");
            t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (MatMulRow row : tables.matmul()) {
                t.append("| ").append(row.n()).append('×').append(row.k()).append('×').append(row.m())
                        .append(" | ").append(JmhTable.number(row.tensorUs()))
                        .append(" | ").append(JmhTable.number(row.ejmlUs()))
                        .append(" | ").append(JmhTable.number(row.ejmlConcurrentUs()))
                        .append(" | ").append(JmhTable.number(row.gflops(row.tensorUs())))
                        .append(" | ").append(JmhTable.number(row.gflops(row.ejmlUs())))
                        .append(" | ").append(JmhTable.number(row.gflops(row.ejmlConcurrentUs())))
                        .append(" | ").append(JmhTable.ratio(row.tensorOverEjml()))
                        .append(" | ").append(JmhTable.ratio(row.tensorOverEjmlConcurrent()))
                        .append(" |\n");
            }
            parts.add(t.toString());
        }
        if (!tables.steps().isEmpty()) {
            StringBuilder t = new StringBuilder();
            t.append("| threads | ms/step | forward ms | backward ms | RAdam ms | epochs/s | ")
                    .append(EPOCHS).append(" epochs, min | × PyTorch reference | goal < ")
                    .append(minutes(GOAL_MINUTES)).append(" min | aim < ")
                    .append(minutes(AIM_MINUTES)).append(" min |\n");
            t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            for (StepRow row : tables.steps()) {
                t.append("| ").append(row.threads())
                        .append(" | ").append(JmhTable.number(row.stepMs()))
                        .append(" | ").append(JmhTable.number(row.forwardMs()))
                        .append(" | ").append(JmhTable.number(row.backwardMs()))
                        .append(" | ").append(JmhTable.number(row.optimizerMs()))
                        .append(" | ").append(JmhTable.number(row.epochsPerSecond()))
                        .append(" | ").append(JmhTable.number(row.minutesForAllEpochs()))
                        .append(" | ").append(JmhTable.ratio(row.overPytorch()))
                        .append(" | ").append(verdict(row.minutesForAllEpochs(), GOAL_MINUTES))
                        .append(" | ").append(verdict(row.minutesForAllEpochs(), AIM_MINUTES))
                        .append(" |\n");
            }
            t.append("\nPyTorch reference: ").append(JmhTable.number(PYTORCH_EPOCHS_PER_SECOND))
                    .append(" epochs/s (CPU, 2 threads) is the issue's figure, not measured here; at that rate ")
                    .append(EPOCHS).append(" epochs take ")
                    .append(JmhTable.number(EPOCHS / PYTORCH_EPOCHS_PER_SECOND / 60)).append(" min. ")
                    .append("The projection counts the ").append(STEPS_PER_EPOCH)
                    .append(" training steps per epoch only (no batch drawing, no D_stsp evaluations).\n");
            parts.add(t.toString());
        }
        return String.join("\n", parts);
    }
}
