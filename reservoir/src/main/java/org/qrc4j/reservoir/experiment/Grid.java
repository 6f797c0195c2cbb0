package org.qrc4j.reservoir.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qrc4j.reservoir.task.Tasks;

/**
 * The reproduction grid: every built-in task × {qrnn, qlstm, qgru, rnn, lstm, gru, esn} × {rmsprop,
 * ridge} × seeds, plus the trivial baselines (persistence; linear AR with both readouts).
 */
public final class Grid {

    /** Reservoir models of the grid, in report order. */
    public static final List<String> MODELS = List.of("qrnn", "qlstm", "qgru", "rnn", "lstm", "gru", "esn");
    /** Readouts of the grid. */
    public static final List<String> READOUTS = List.of("rmsprop", "ridge");

    private Grid() {
    }

    /** The configurations for seeds 1..{@code seeds}, built on {@code base} (its task, model, readout and seed are replaced). */
    public static List<ExperimentConfig> configs(ExperimentConfig base, int seeds) {
        if (seeds < 1 || seeds > 1000) {
            throw new IllegalArgumentException("seeds must be between 1 and 1000, got " + seeds);
        }
        List<ExperimentConfig> configs = new ArrayList<>();
        for (String task : Tasks.names()) {
            for (int seed = 1; seed <= seeds; seed++) {
                ExperimentConfig.Builder b = base.toBuilder().task(task).column(null).seed(seed);
                for (String model : MODELS) {
                    for (String readout : READOUTS) {
                        configs.add(b.model(model).readout(readout).build());
                    }
                }
                configs.add(b.model("persistence").readout("ridge").build());
                for (String readout : READOUTS) {
                    configs.add(b.model("linear-ar").readout(readout).build());
                }
            }
        }
        return configs;
    }

    /** Runs every configuration in order, telling {@code progress} after each. */
    public static List<ExperimentResult> run(List<ExperimentConfig> configs, Consumer<ExperimentResult> progress) {
        List<ExperimentResult> results = new ArrayList<>(configs.size());
        // Each task's series is built once, not once per experiment (Mackey-Glass alone integrates
        // 200 000 steps).
        java.util.Map<String, org.qrc4j.reservoir.task.TaskSeries> series = new java.util.HashMap<>();
        for (ExperimentConfig config : configs) {
            ExperimentResult r = Experiment.run(config, series.computeIfAbsent(config.task() + "|" + config.column(),
                    key -> Tasks.byName(config.task(), config.column())));
            results.add(r);
            progress.accept(r);
        }
        return results;
    }
}
