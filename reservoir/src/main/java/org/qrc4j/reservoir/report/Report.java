package org.qrc4j.reservoir.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qrc4j.io.AtomicFiles;
import org.qrc4j.reservoir.experiment.ExperimentResult;
import org.qrc4j.reservoir.experiment.ResultFiles;

/**
 * The files of a reproduction run: {@code results.csv} (one row per experiment),
 * {@code results.json} (every result in full), {@code report.md} (per task, test MSE mean ± sd over
 * seeds for every model and readout, epochs to come within 10% of the final RMSprop loss, wall time)
 * and figures (per task, test MSE by model; the QLSTM-RC prediction of seed 1).
 */
public final class Report {

    private Report() {
    }

    /** Statistics of one (task, model, readout) over seeds. */
    public record Row(String task, String model, String readout, int seeds, double meanTestMse, double sdTestMse,
                      double meanTestNrmse, double meanEpochsTo10, double meanSeconds) {
    }

    /** Groups results by (task, model, readout), in the order they first appear. */
    public static List<Row> rows(List<ExperimentResult> results) {
        Map<String, List<ExperimentResult>> groups = new LinkedHashMap<>();
        for (ExperimentResult r : results) {
            groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        for (List<ExperimentResult> g : groups.values()) {
            int n = g.size();
            double mean = 0, nrmse = 0, seconds = 0, epochs = 0;
            int epochCount = 0;
            for (ExperimentResult r : g) {
                mean += r.testMse() / n;
                nrmse += r.testNrmse() / n;
                seconds += r.seconds() / n;
                if (r.history() != null && r.history().epochs() > 1) {
                    epochs += r.history().epochsToWithin10Percent();
                    epochCount++;
                }
            }
            double var = 0;
            for (ExperimentResult r : g) {
                var += (r.testMse() - mean) * (r.testMse() - mean);
            }
            double sd = n > 1 ? Math.sqrt(var / (n - 1)) : 0;
            ExperimentResult first = g.get(0);
            rows.add(new Row(first.config().task(), first.config().model(), readout(first), n, mean, sd, nrmse,
                    epochCount == 0 ? Double.NaN : epochs / epochCount, seconds));
        }
        return rows;
    }

    private static String key(ExperimentResult r) {
        return r.config().task() + "|" + r.config().model() + "|" + readout(r);
    }

    private static String readout(ExperimentResult r) {
        return r.config().model().equals("persistence") ? "none" : r.config().readout();
    }

    /**
     * Writes results.csv, results.json, report.md and figures/ into {@code dir}.
     *
     * @param command   the command that produced the results, quoted in the report
     * @param wallTime  seconds the whole run took
     */
    public static void write(Path dir, List<ExperimentResult> results, String command, double wallTime)
            throws IOException {
        writeCsv(dir.resolve("results.csv"), results);
        List<Map<String, Object>> all = new ArrayList<>();
        for (ExperimentResult r : results) {
            all.add(ResultFiles.toMap(r));
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(dir.resolve("results.json"), out -> json.writeValue(out, all));

        List<Row> rows = rows(results);
        StringBuilder md = new StringBuilder();
        md.append("# qrc4j reproduction report\n\n");
        md.append("Command: `").append(command).append("`  \n");
        md.append(String.format(Locale.ROOT, "%d experiments, wall time %.1f s. ", results.size(), wallTime));
        md.append("Test MSE is on the last third of the windows (time order), on the task's scaled series; ")
                .append("mean ± sample sd over seeds. *Epochs* is the first RMSprop epoch whose training loss is ")
                .append("within 10% of the final one. *persistence* forecasts each target by the previous target: ")
                .append("on NARMA, whose reservoirs read only the input u, that means it sees past outputs y ")
                .append("that no reservoir sees. *linear-ar* is a linear readout on the window itself.\n");
        Map<String, List<Row>> byTask = new LinkedHashMap<>();
        for (Row row : rows) {
            byTask.computeIfAbsent(row.task(), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<Row>> entry : byTask.entrySet()) {
            String task = entry.getKey();
            List<Row> taskRows = new ArrayList<>(entry.getValue());
            taskRows.sort((a, b) -> Double.compare(a.meanTestMse(), b.meanTestMse()));
            md.append("\n## ").append(task).append("\n\n");
            md.append("| model | readout | test MSE (mean ± sd) | test NRMSE | epochs to 10% | seconds |\n");
            md.append("|---|---|---:|---:|---:|---:|\n");
            for (Row row : taskRows) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.3e ± %.1e | %.4f | %s | %.3f |%n", row.model(),
                        row.readout(), row.meanTestMse(), row.sdTestMse(), row.meanTestNrmse(),
                        Double.isNaN(row.meanEpochsTo10()) ? "—" : String.format(Locale.ROOT, "%.1f", row.meanEpochsTo10()),
                        row.meanSeconds()));
            }
            Path figure = dir.resolve("figures").resolve(task + "-test-mse.png");
            List<String> labels = new ArrayList<>();
            double[] means = new double[taskRows.size()];
            double[] sds = new double[taskRows.size()];
            for (int i = 0; i < taskRows.size(); i++) {
                Row row = taskRows.get(i);
                labels.add(row.model() + (row.readout().equals("none") ? "" : "/" + row.readout()));
                means[i] = row.meanTestMse();
                sds[i] = row.sdTestMse();
            }
            Plots.bars(figure, task + ": test MSE by model", labels, means, sds);
            md.append("\n![").append(task).append(" test MSE](figures/").append(task).append("-test-mse.png)\n");
            for (ExperimentResult r : results) {
                if (r.config().task().equals(task) && r.config().model().equals("qlstm")
                        && r.config().readout().equals("rmsprop") && r.config().seed() == 1) {
                    Path png = dir.resolve("figures").resolve(task + "-qlstm.png");
                    Plots.prediction(png, "QLSTM-RC on " + task + " (seed 1, RMSprop)", r.time(), r.truth(),
                            r.prediction(), r.firstTest());
                    md.append("\n![").append(task).append(" QLSTM prediction](figures/").append(task).append("-qlstm.png)\n");
                }
            }
        }
        AtomicFiles.write(dir.resolve("report.md"), out -> out.write(md.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void writeCsv(Path file, List<ExperimentResult> results) throws IOException {
        StringBuilder csv = new StringBuilder("task,model,readout,seed,train_mse,test_mse,test_nrmse,epochs_to_10pct,seconds\n");
        for (ExperimentResult r : results) {
            int epochs = r.history() != null && r.history().epochs() > 1 ? r.history().epochsToWithin10Percent() : -1;
            csv.append(r.config().task()).append(',').append(r.config().model()).append(',').append(readout(r))
                    .append(',').append(r.config().seed()).append(',').append(r.trainMse()).append(',')
                    .append(r.testMse()).append(',').append(r.testNrmse()).append(',')
                    .append(epochs < 0 ? "" : Integer.toString(epochs)).append(',').append(r.seconds()).append('\n');
        }
        AtomicFiles.write(file, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
