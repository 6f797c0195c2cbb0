package org.qrc4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.qrc4j.benchmarks.simulator.LayerBenchmark;
import org.qrc4j.benchmarks.simulator.MemoryBandwidthBenchmark;
import org.qrc4j.benchmarks.simulator.StrangeLayerBenchmark;

/**
 * Reads one or more JMH JSON result files and prints the simulator benchmarks as a Markdown table,
 * one row per number of qubits:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.qrc4j.benchmarks.report.JmhTable results.json [more.json ...]
 * </pre>
 *
 * <p>Columns: native µs per layer ({@link LayerBenchmark}), native ns per gate (a layer is 2n
 * gates), copy µs ({@link MemoryBandwidthBenchmark}), time per gate ÷ copy time, Strange µs per
 * full run and native µs per full run ({@link StrangeLayerBenchmark}), and Strange ÷ native.
 * A cell is "—" where its benchmark was not measured (or failed, which JMH leaves out of the
 * file). Results of several files are merged; a later file wins for the same benchmark and size.
 * Scores in any time unit per operation (ns/op, us/op, ms/op, s/op) are converted to µs; other
 * modes (throughput) are ignored.
 */
public final class JmhTable {

    static final String LAYER = LayerBenchmark.class.getName() + ".layer";
    static final String COPY = MemoryBandwidthBenchmark.class.getName() + ".copy";
    static final String STRANGE = StrangeLayerBenchmark.class.getName() + ".strange";
    static final String NATIVE_RUN = StrangeLayerBenchmark.class.getName() + ".nativeFullRun";

    private static final String NONE = "—";

    private JmhTable() {
    }

    /**
     * One size's results in microseconds per operation; null where not measured.
     *
     * @param qubits      number of qubits n
     * @param layerUs     native layer applied in place
     * @param copyUs      copy of 16·2^n bytes
     * @param strangeUs   Strange full run from |0…0⟩
     * @param nativeRunUs native full run from |0…0⟩
     */
    public record Row(int qubits, Double layerUs, Double copyUs, Double strangeUs, Double nativeRunUs) {

        /** Native nanoseconds per gate: the layer time over its 2n gates. */
        public Double nsPerGate() {
            return layerUs == null ? null : layerUs * 1000.0 / (2.0 * qubits);
        }

        /** Time per gate divided by the copy time: 1 means a gate costs one pass over memory. */
        public Double gateOverCopy() {
            return layerUs == null || copyUs == null ? null : layerUs / (2.0 * qubits) / copyUs;
        }

        /** Strange full run divided by native full run: how many times faster native is. */
        public Double strangeOverNative() {
            return strangeUs == null || nativeRunUs == null ? null : strangeUs / nativeRunUs;
        }
    }

    /** Prints the table of the given JMH JSON files to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -cp benchmarks.jar " + JmhTable.class.getName()
                    + " results.json [more.json ...]   (files written by JMH with -rf json -rff FILE)");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> results = new ArrayList<>();
        for (String file : args) {
            results.add(mapper.readTree(Path.of(file).toFile()));
        }
        System.out.print(markdown(rows(results)));
    }

    /** The rows of the given parsed JMH result files (each a JSON array), sorted by qubits. */
    public static List<Row> rows(List<JsonNode> resultFiles) {
        Map<String, Map<Integer, Double>> scores = new TreeMap<>();
        for (JsonNode file : resultFiles) {
            if (!file.isArray()) {
                throw new IllegalArgumentException("a JMH JSON result file is an array of results, got "
                        + file.getNodeType());
            }
            for (JsonNode result : file) {
                JsonNode qubits = result.path("params").path("qubits");
                Double us = microseconds(result.path("primaryMetric"));
                if (qubits.isMissingNode() || us == null) {
                    continue;
                }
                scores.computeIfAbsent(result.path("benchmark").asText(), k -> new TreeMap<>())
                        .put(Integer.parseInt(qubits.asText().trim()), us);
            }
        }
        TreeMap<Integer, Boolean> sizes = new TreeMap<>();
        for (String benchmark : List.of(LAYER, COPY, STRANGE, NATIVE_RUN)) {
            scores.getOrDefault(benchmark, Map.of()).keySet().forEach(n -> sizes.put(n, true));
        }
        List<Row> rows = new ArrayList<>();
        for (int n : sizes.keySet()) {
            rows.add(new Row(n, score(scores, LAYER, n), score(scores, COPY, n),
                    score(scores, STRANGE, n), score(scores, NATIVE_RUN, n)));
        }
        return rows;
    }

    private static Double score(Map<String, Map<Integer, Double>> scores, String benchmark, int qubits) {
        return scores.getOrDefault(benchmark, Map.of()).get(qubits);
    }

    /** A primary metric's score in µs per operation, or null if it is not a time per operation. */
    static Double microseconds(JsonNode metric) {
        JsonNode score = metric.path("score");
        if (!score.isNumber()) {
            return null;
        }
        double perMicrosecond = switch (metric.path("scoreUnit").asText()) {
            case "ns/op" -> 1e-3;
            case "us/op" -> 1.0;
            case "ms/op" -> 1e3;
            case "s/op" -> 1e6;
            default -> Double.NaN;
        };
        return Double.isNaN(perMicrosecond) ? null : score.asDouble() * perMicrosecond;
    }

    /** The rows as a Markdown table, one line each, ending in a newline. */
    public static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| qubits | native µs/layer | native ns/gate | copy µs | gate ÷ copy | strange µs/run "
                + "| native µs/run | strange ÷ native |\n");
        table.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            table.append("| ").append(row.qubits())
                    .append(" | ").append(number(row.layerUs()))
                    .append(" | ").append(number(row.nsPerGate()))
                    .append(" | ").append(number(row.copyUs()))
                    .append(" | ").append(ratio(row.gateOverCopy()))
                    .append(" | ").append(number(row.strangeUs()))
                    .append(" | ").append(number(row.nativeRunUs()))
                    .append(" | ").append(ratio(row.strangeOverNative()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Three significant figures or more, without exponent; "—" for null. */
    static String number(Double value) {
        if (value == null) {
            return NONE;
        }
        double v = Math.abs(value);
        String format = v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    /** A ratio with two decimals below 10, else as {@link #number}; "—" for null. */
    static String ratio(Double value) {
        if (value == null) {
            return NONE;
        }
        return Math.abs(value) < 10 ? String.format(Locale.ROOT, "%.2f", value) : number(value);
    }
}
