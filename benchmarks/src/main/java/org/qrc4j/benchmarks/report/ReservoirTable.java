package org.qrc4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qrc4j.benchmarks.reservoir.FeatureExtractionBenchmark;
import org.qrc4j.benchmarks.reservoir.QuantumBackendBenchmark;
import org.qrc4j.benchmarks.reservoir.ReadoutTrainingBenchmark;

/**
 * Reads one or more JMH JSON result files and prints the reservoir benchmarks as three Markdown
 * tables:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.qrc4j.benchmarks.report.ReservoirTable fe.json backend.json readout.json
 * </pre>
 *
 * <ol>
 *   <li>feature extraction ({@link FeatureExtractionBenchmark}): per model, windows per second on
 *       one thread, µs per window, and JMH's 99.9 % error in percent of the score;</li>
 *   <li>backends ({@link QuantumBackendBenchmark}): per quantum model, µs per window on
 *       {@code native}, {@code native-gates} and {@code strange}, and the ratios strange ÷ native
 *       and strange ÷ native-gates (how many times faster the native engine is);</li>
 *   <li>readout training ({@link ReadoutTrainingBenchmark}): per feature set, ms per fit of ridge
 *       and of rmsprop, and rmsprop ÷ ridge.</li>
 * </ol>
 *
 * <p>A table none of whose benchmarks is in the files is left out; a cell is "—" where its
 * benchmark was not measured (or failed, which JMH leaves out of the file). Results of several
 * files are merged; a later file wins for the same benchmark and parameters. Scores may be a
 * time per operation ({@code ns/op} … {@code s/op}, average or sample time) or a throughput
 * ({@code ops/ns} … {@code ops/s}, or per minute, hour or day); both are turned into seconds per
 * operation, and every operation of these benchmarks is one window, or one fit.
 */
public final class ReservoirTable {

    static final String FEATURES = FeatureExtractionBenchmark.class.getName() + ".windows";
    static final String BACKENDS = QuantumBackendBenchmark.class.getName() + ".windows";
    static final String READOUTS = ReadoutTrainingBenchmark.class.getName() + ".fit";

    /** Models in the order the tables list them; others follow in the order first seen. */
    private static final List<String> MODEL_ORDER = List.of("qrnn", "qlstm", "qgru", "rnn", "lstm", "gru", "esn");

    private ReservoirTable() {
    }

    /**
     * One model's feature extraction.
     *
     * @param model         the model name
     * @param secondsPerWindow time per window, in seconds
     * @param errorFraction JMH's 99.9 % confidence half-width as a fraction of the score; null if absent
     */
    public record ExtractionRow(String model, double secondsPerWindow, Double errorFraction) {

        /** Windows per second on one thread. */
        public double windowsPerSecond() {
            return 1.0 / secondsPerWindow;
        }

        /** Microseconds per window. */
        public double microsPerWindow() {
            return secondsPerWindow * 1e6;
        }
    }

    /**
     * One quantum model on the backends, µs per window; null where not measured.
     *
     * @param model      the model name
     * @param nativeUs   {@code native} (the cells' short way)
     * @param gatesUs    {@code native-gates} (the native engine, gate by gate)
     * @param strangeUs  {@code strange}
     */
    public record BackendRow(String model, Double nativeUs, Double gatesUs, Double strangeUs) {

        /** Strange ÷ native: how many times faster the native short way is. */
        public Double strangeOverNative() {
            return ratio(strangeUs, nativeUs);
        }

        /** Strange ÷ native-gates: how many times faster the native engine is, gate by gate. */
        public Double strangeOverGates() {
            return ratio(strangeUs, gatesUs);
        }

        /** Native-gates ÷ native: what the cells' short way saves. */
        public Double gatesOverNative() {
            return ratio(gatesUs, nativeUs);
        }
    }

    /**
     * One feature set's readout fits, ms per fit; null where not measured.
     *
     * @param features  the reservoir whose features were fitted
     * @param ridgeMs   ridge regression with λ chosen on a validation split
     * @param rmspropMs RMSprop, 100 epochs
     */
    public record ReadoutRow(String features, Double ridgeMs, Double rmspropMs) {

        /** RMSprop ÷ ridge: how many times longer RMSprop trains. */
        public Double rmspropOverRidge() {
            return ratio(rmspropMs, ridgeMs);
        }
    }

    /** The three tables' rows. */
    public record Tables(List<ExtractionRow> extraction, List<BackendRow> backends, List<ReadoutRow> readouts) {
    }

    /** Prints the tables of the given JMH JSON files to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -cp benchmarks.jar " + ReservoirTable.class.getName()
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

    /** A measured score: seconds per operation and the relative 99.9 % error (null if absent). */
    record Score(double seconds, Double errorFraction) {
    }

    /** The tables' rows from the given parsed JMH result files (each a JSON array). */
    public static Tables tables(List<JsonNode> resultFiles) {
        // benchmark -> (parameter values joined by '/') -> score; a later file wins.
        Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        for (JsonNode file : resultFiles) {
            if (!file.isArray()) {
                throw new IllegalArgumentException("a JMH JSON result file is an array of results, got "
                        + file.getNodeType());
            }
            for (JsonNode result : file) {
                String benchmark = result.path("benchmark").asText();
                String key;
                if (benchmark.equals(FEATURES)) {
                    key = param(result, "model");
                } else if (benchmark.equals(BACKENDS)) {
                    key = param(result, "model") + "/" + param(result, "backend");
                } else if (benchmark.equals(READOUTS)) {
                    key = param(result, "features") + "/" + param(result, "readout");
                } else {
                    key = null;
                }
                Score score = score(result.path("primaryMetric"));
                if (key == null || score == null) {
                    continue;
                }
                scores.computeIfAbsent(benchmark, k -> new LinkedHashMap<>()).put(key, score);
            }
        }

        Map<String, Score> extraction = scores.getOrDefault(FEATURES, Map.of());
        List<ExtractionRow> extractionRows = new ArrayList<>();
        for (String model : ordered(extraction.keySet())) {
            Score s = extraction.get(model);
            extractionRows.add(new ExtractionRow(model, s.seconds(), s.errorFraction()));
        }

        Map<String, Score> backends = scores.getOrDefault(BACKENDS, Map.of());
        List<BackendRow> backendRows = new ArrayList<>();
        for (String model : ordered(firstParts(backends.keySet()))) {
            backendRows.add(new BackendRow(model, micros(backends.get(model + "/native")),
                    micros(backends.get(model + "/native-gates")), micros(backends.get(model + "/strange"))));
        }

        Map<String, Score> readouts = scores.getOrDefault(READOUTS, Map.of());
        List<ReadoutRow> readoutRows = new ArrayList<>();
        for (String features : ordered(firstParts(readouts.keySet()))) {
            readoutRows.add(new ReadoutRow(features, millis(readouts.get(features + "/ridge")),
                    millis(readouts.get(features + "/rmsprop"))));
        }
        return new Tables(extractionRows, backendRows, readoutRows);
    }

    private static String param(JsonNode result, String name) {
        JsonNode value = result.path("params").path(name);
        return value.isMissingNode() ? "?" : value.asText().trim();
    }

    private static Set<String> firstParts(Set<String> keys) {
        Set<String> firsts = new LinkedHashSet<>();
        for (String key : keys) {
            firsts.add(key.substring(0, key.indexOf('/')));
        }
        return firsts;
    }

    /** The known models first, in {@link #MODEL_ORDER}, then the others in the order given. */
    private static List<String> ordered(Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String model : MODEL_ORDER) {
            if (names.contains(model)) {
                out.add(model);
            }
        }
        for (String name : names) {
            if (!MODEL_ORDER.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Double micros(Score score) {
        return score == null ? null : score.seconds() * 1e6;
    }

    private static Double millis(Score score) {
        return score == null ? null : score.seconds() * 1e3;
    }

    /**
     * A primary metric as seconds per operation, from a time per operation or a throughput; null if
     * its unit is neither. The relative error is the same either way (to first order).
     */
    static Score score(JsonNode metric) {
        JsonNode score = metric.path("score");
        if (!score.isNumber() || score.asDouble() <= 0) {
            return null;
        }
        String unit = metric.path("scoreUnit").asText();
        double value = score.asDouble();
        double seconds;
        if (unit.endsWith("/op")) {
            double perUnit = secondsIn(unit.substring(0, unit.length() - 3));
            seconds = value * perUnit;
        } else if (unit.startsWith("ops/")) {
            double perUnit = secondsIn(unit.substring(4));
            seconds = perUnit / value;
        } else {
            return null;
        }
        if (Double.isNaN(seconds)) {
            return null;
        }
        JsonNode error = metric.path("scoreError");
        Double fraction = error.isNumber() && Double.isFinite(error.asDouble()) ? error.asDouble() / value : null;
        return new Score(seconds, fraction);
    }

    /** Seconds in one of JMH's time units, NaN for an unknown one. */
    private static double secondsIn(String unit) {
        return switch (unit) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1.0;
            case "min" -> 60.0;
            case "hr" -> 3600.0;
            case "day" -> 86400.0;
            default -> Double.NaN;
        };
    }

    private static Double ratio(Double numerator, Double denominator) {
        return numerator == null || denominator == null ? null : numerator / denominator;
    }

    /** The non-empty tables as Markdown, separated by a blank line, ending in a newline. */
    public static String markdown(Tables tables) {
        List<String> parts = new ArrayList<>();
        if (!tables.extraction().isEmpty()) {
            StringBuilder t = new StringBuilder();
            t.append("| model | windows/s (1 thread) | µs/window | ± % |\n");
            t.append("|---|---:|---:|---:|\n");
            for (ExtractionRow row : tables.extraction()) {
                t.append("| ").append(row.model())
                        .append(" | ").append(JmhTable.number(row.windowsPerSecond()))
                        .append(" | ").append(JmhTable.number(row.microsPerWindow()))
                        .append(" | ").append(row.errorFraction() == null ? "—"
                                : JmhTable.number(100 * row.errorFraction()))
                        .append(" |\n");
            }
            parts.add(t.toString());
        }
        if (!tables.backends().isEmpty()) {
            StringBuilder t = new StringBuilder();
            t.append("| model | native µs/window | native-gates µs/window | strange µs/window | strange ÷ native "
                    + "| strange ÷ native-gates |\n");
            t.append("|---|---:|---:|---:|---:|---:|\n");
            for (BackendRow row : tables.backends()) {
                t.append("| ").append(row.model())
                        .append(" | ").append(JmhTable.number(row.nativeUs()))
                        .append(" | ").append(JmhTable.number(row.gatesUs()))
                        .append(" | ").append(JmhTable.number(row.strangeUs()))
                        .append(" | ").append(JmhTable.ratio(row.strangeOverNative()))
                        .append(" | ").append(JmhTable.ratio(row.strangeOverGates()))
                        .append(" |\n");
            }
            parts.add(t.toString());
        }
        if (!tables.readouts().isEmpty()) {
            StringBuilder t = new StringBuilder();
            t.append("| features | ridge ms/fit | rmsprop ms/fit | rmsprop ÷ ridge |\n");
            t.append("|---|---:|---:|---:|\n");
            for (ReadoutRow row : tables.readouts()) {
                t.append("| ").append(row.features())
                        .append(" | ").append(JmhTable.number(row.ridgeMs()))
                        .append(" | ").append(JmhTable.number(row.rmspropMs()))
                        .append(" | ").append(JmhTable.ratio(row.rmspropOverRidge()))
                        .append(" |\n");
            }
            parts.add(t.toString());
        }
        return String.join("\n", parts);
    }
}
