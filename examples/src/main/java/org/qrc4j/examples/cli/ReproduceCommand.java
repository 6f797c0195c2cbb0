package org.qrc4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.qrc4j.reservoir.experiment.ExperimentConfig;
import org.qrc4j.reservoir.experiment.ExperimentResult;
import org.qrc4j.reservoir.experiment.Grid;
import org.qrc4j.reservoir.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qrc4j reproduce}: the whole grid of the paper's tasks, quantum and classical, with a report. */
@Command(name = "reproduce",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs every built-in task x {qrnn, qlstm, qgru, rnn, lstm, gru, esn} x {rmsprop, ridge} x seeds,",
            "plus persistence and linear autoregression, and writes report.md, results.csv, results.json",
            "and figures/ into --out."},
        sortOptions = false)
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reproduction",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "10",
            description = "Seeds 1..K for every configuration (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for features (default: all cores; results do not depend on it).")
    private Integer threads;

    @Override
    public Integer call() throws IOException {
        List<ExperimentConfig> configs;
        try {
            ExperimentConfig.Builder base = ExperimentConfig.builder();
            if (threads != null) {
                base.threads(threads);
            }
            configs = Grid.configs(base.build(), seeds);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<ExperimentResult> results;
        if (System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("reproduce").setInitialMax(configs.size())
                    .setUpdateIntervalMillis(250).setUnit(" experiments", 1).build()) {
                results = Grid.run(configs, r -> {
                    bar.setExtraMessage(r.config().task() + " " + r.config().model());
                    bar.step();
                });
            }
        } else {
            // Not a terminal (a log, CI): one line per finished task instead of a redrawn bar.
            PrintWriter err = spec.commandLine().getErr();
            int[] done = {0};
            results = Grid.run(configs, r -> {
                done[0]++;
                boolean lastOfTask = done[0] == configs.size()
                        || !configs.get(done[0]).task().equals(r.config().task());
                if (lastOfTask) {
                    err.printf("reproduce: %s done (%d/%d experiments)%n", r.config().task(), done[0], configs.size());
                    err.flush();
                }
            });
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String command = "qrc4j reproduce --seeds " + seeds + " --out " + out;
        Report.write(out, results, command, wall);
        stdout.printf("%d experiments in %.1f s; wrote %s (report.md, results.csv, results.json, figures/)%n",
                results.size(), wall, out);
        stdout.flush();
        return 0;
    }
}
