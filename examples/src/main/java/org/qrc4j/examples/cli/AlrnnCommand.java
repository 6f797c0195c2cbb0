package org.qrc4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.qrc4j.alrnn.AlrnnEvaluation;
import org.qrc4j.alrnn.AlrnnModel;
import org.qrc4j.alrnn.AlrnnModelFile;
import org.qrc4j.alrnn.AlrnnOptions;
import org.qrc4j.alrnn.AlrnnTrainer;
import org.qrc4j.alrnn.SymbolicDynamics;
import org.qrc4j.dynamics.Systems;
import org.qrc4j.dynamics.Trajectory;
import org.qrc4j.io.AtomicFiles;
import org.qrc4j.io.MatrixCsv;
import org.qrc4j.io.Npy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code qrc4j alrnn}: trains an AL-RNN (almost-linear RNN) on a chaotic system or a recording, or
 * evaluates a saved one, and reports D_stsp, D_H, PE20, Lyapunov exponents and the symbolic code.
 */
@Command(name = "alrnn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Trains an AL-RNN (Brenner et al., NeurIPS 2024) with sparse teacher forcing on lorenz63, rossler,",
            "or your own FILE.csv / FILE.npy (rows: time points; z-scored per column here), keeping the",
            "checkpoint with the lowest D_stsp. Prints a summary; with --out writes result.json,",
            "attractor.png (and attractor-02.png), symbols.png and transitions.png."},
        sortOptions = false)
final class AlrnnCommand implements Callable<Integer> {

    /** Steps of the free run shown in symbols.png. */
    static final int SYMBOL_STEPS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "D",
            description = "lorenz63, rossler, FILE.csv or FILE.npy (default: lorenz63; with --load-model the model's own data).")
    private String data;

    @Option(names = "--points", paramLabel = "N", defaultValue = "100000",
            description = "Points of generated lorenz63/rossler data (default: ${DEFAULT-VALUE}).")
    private int points;

    @Option(names = "--dt", paramLabel = "DT",
            description = "Time between rows of FILE data, for Lyapunov exponents per time unit (default: 1).")
    private Double dt;

    @Option(names = "--latent", paramLabel = "M", description = "Latent units M (default: 20).")
    private Integer latent;

    @Option(names = "--relus", paramLabel = "P", description = "ReLU units P (default: 2; rossler 1).")
    private Integer relus;

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs (default: 2000).")
    private Integer epochs;

    @Option(names = "--batches-per-epoch", paramLabel = "B", description = "Batches per epoch (default: 50).")
    private Integer batchesPerEpoch;

    @Option(names = "--batch-size", paramLabel = "S", description = "Sequences per batch (default: 16).")
    private Integer batchSize;

    @Option(names = "--seq-len", paramLabel = "T", description = "Steps per training sequence (default: 200; rossler 300).")
    private Integer sequenceLength;

    @Option(names = "--tf-interval", paramLabel = "TAU", description = "Steps between teacher forcings (default: 16; rossler 8).")
    private Integer forcingInterval;

    @Option(names = "--noise", paramLabel = "SD", description = "Gaussian noise on the forcing signal (default: 0.05).")
    private Double noise;

    @Option(names = "--lr-start", paramLabel = "LR", description = "Learning rate at the first epoch (default: 1e-3; rossler 5e-3).")
    private Double lrStart;

    @Option(names = "--lr-end", paramLabel = "LR", description = "Learning rate at the last epoch (default: 1e-5).")
    private Double lrEnd;

    @Option(names = "--gtf-alpha", paramLabel = "A",
            description = "Generalised teacher forcing alpha in (0, 1] instead of sparse forcing; 0 for off (default: 0).")
    private Double gtfAlpha;

    @Option(names = "--evaluate-every", paramLabel = "K", description = "D_stsp every K epochs (default: 25).")
    private Integer evaluateEvery;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: 1).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores; results do not depend on it).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write result.json and the PNGs here.")
    private Path out;

    @Option(names = "--save-model", paramLabel = "FILE", description = "Save the trained model as JSON.")
    private Path saveModel;

    @Option(names = "--load-model", paramLabel = "FILE",
            description = "Evaluate a saved model instead of training (on its own data unless --data is given).")
    private Path loadModel;

    /** Loaded, z-scored data with its description. */
    record Data(AlrnnModelFile.DataSpec spec, double[][] values, String note) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        AlrnnModelFile.Saved loaded = loadModel != null ? AlrnnModelFile.load(loadModel) : null;
        Data d = loadData(loaded);
        if (d.note() != null) {
            stdout.println(d.note());
        }
        AlrnnOptions options;
        AlrnnTrainer.Result training = null;
        AlrnnModel model;
        int n = d.values()[0].length;
        if (loaded != null) {
            model = loaded.model();
            options = loaded.options();
            if (model.observations() != n) {
                throw new IllegalArgumentException("the model has " + model.observations() + " observations, the data "
                        + n + " columns");
            }
        } else {
            options = options(d.spec().source());
            if (options.latent() < n) {
                throw new ParameterException(spec.commandLine(), "--latent must be >= the number of observed columns "
                        + n + ", got " + options.latent());
            }
            if (d.values().length < options.sequenceLength() + 2) {
                throw new ParameterException(spec.commandLine(), "the data has " + d.values().length
                        + " points, need more than --seq-len + 1 = " + (options.sequenceLength() + 1));
            }
            training = train(d.values(), options);
            model = training.best();
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
        }
        // A loaded model's options hold the threads it was trained with; here only --threads counts.
        int evaluationThreads = threads != null ? threads
                : loaded == null ? options.threads() : org.qrc4j.simulator.kernel.Parallel.MAX_THREADS;
        long start = System.nanoTime();
        AlrnnEvaluation e = AlrnnEvaluation.of(model, d.values(), d.spec().dt(), evaluationThreads);
        double evalSeconds = (System.nanoTime() - start) / 1e9;
        double seconds = evalSeconds + (training == null ? 0 : training.seconds());
        stdout.print(summary(training, e, d.spec().dt(), options, seconds));
        if (out != null) {
            writeResult(out.resolve("result.json"), training, e, options, d, model, seconds);
            writePlots(out, d, e, model.relus());
            stdout.println("wrote " + out.resolve("result.json") + ", attractor.png"
                    + (n >= 3 ? ", attractor-02.png" : "") + ", symbols.png, transitions.png");
        }
        if (saveModel != null) {
            AlrnnModelFile.save(saveModel, new AlrnnModelFile.Saved(model, d.spec(), options));
            stdout.println("saved model to " + saveModel);
        }
        stdout.flush();
        return 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Options and data

    private AlrnnOptions options(String source) {
        try {
            AlrnnOptions o = source.equals("rossler") ? AlrnnOptions.rossler() : AlrnnOptions.lorenz63();
            if (latent != null) {
                o = o.withLatent(latent);
            }
            if (relus != null) {
                o = o.withRelus(relus);
            }
            if (epochs != null) {
                o = o.withEpochs(epochs);
            }
            if (batchSize != null || batchesPerEpoch != null) {
                o = o.withBatches(batchSize != null ? batchSize : o.batchSize(),
                        batchesPerEpoch != null ? batchesPerEpoch : o.batchesPerEpoch());
            }
            if (sequenceLength != null) {
                o = o.withSequenceLength(sequenceLength);
            }
            if (forcingInterval != null) {
                o = o.withForcingInterval(forcingInterval);
            }
            if (noise != null) {
                o = o.withNoise(noise);
            }
            if (lrStart != null || lrEnd != null) {
                o = o.withLearningRates(lrStart != null ? lrStart : o.learningRateStart(),
                        lrEnd != null ? lrEnd : o.learningRateEnd());
            }
            if (gtfAlpha != null) {
                o = o.withGtfAlpha(gtfAlpha);
            }
            if (evaluateEvery != null) {
                o = o.withEvaluateEvery(evaluateEvery);
            }
            if (seed != null) {
                o = o.withSeed(seed);
            }
            if (threads != null) {
                o = o.withThreads(threads);
            }
            return o;
        } catch (IllegalArgumentException ex) {
            // AlrnnOptions names the value ("relus must be ..."); say it as the option the user typed.
            throw new ParameterException(spec.commandLine(), "--" + optionName(ex.getMessage()));
        }
    }

    /** AlrnnOptions' value names ("sequence length must be ...") as this command's options. */
    private static String optionName(String message) {
        String[][] names = {{"sequence length", "seq-len"}, {"forcing interval", "tf-interval"},
            {"batch size", "batch-size"}, {"batches per epoch", "batches-per-epoch"},
            {"learning rate start", "lr-start"}, {"learning rate end", "lr-end"},
            {"evaluate every", "evaluate-every"}, {"gtf alpha", "gtf-alpha"}};
        for (String[] n : names) {
            if (message.startsWith(n[0] + " ")) {
                return n[1] + message.substring(n[0].length());
            }
        }
        return message;
    }

    private Data loadData(AlrnnModelFile.Saved loaded) throws IOException {
        if (points < 2) {
            throw new ParameterException(spec.commandLine(), "--points must be >= 2, got " + points);
        }
        if (data == null && loaded != null) {
            // The model's own data, regenerated (built-in systems) or re-read (files).
            AlrnnModelFile.DataSpec s = loaded.data();
            return read(s.source(), s.points() > 0 ? s.points() : points, dt != null ? dt : s.dt());
        }
        return read(data == null ? "lorenz63" : data, points, dt);
    }

    private Data read(String source, int n, Double step) {
        boolean system = source.equals("lorenz63") || source.equals("rossler");
        if (system) {
            if (step != null && loadModel == null) {
                throw new ParameterException(spec.commandLine(), "--dt applies to FILE data only; " + source
                        + " is sampled at Δt = " + (source.equals("rossler") ? Systems.ROSSLER_DT : Systems.LORENZ63_DT));
            }
            Trajectory t = source.equals("lorenz63") ? Systems.lorenz63(n) : Systems.rossler(n);
            return new Data(new AlrnnModelFile.DataSpec(source, n, t.dt()), t.data(), null);
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".npy")) {
            throw new ParameterException(spec.commandLine(), "--data must be lorenz63, rossler, FILE.csv or FILE.npy, got "
                    + source);
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            if (data == null && loadModel != null) {
                throw new ParameterException(spec.commandLine(), "the model's data file " + source
                        + " is not there; pass the recording with --data FILE");
            }
            throw new ParameterException(spec.commandLine(), "--data: no such file: " + source);
        }
        double timeStep = step != null ? step : 1.0;
        if (!(timeStep > 0) || Double.isInfinite(timeStep)) {
            throw new ParameterException(spec.commandLine(), "--dt must be > 0 and finite, got " + timeStep);
        }
        double[][] raw;
        try {
            raw = lower.endsWith(".csv") ? MatrixCsv.read(file) : Npy.read(file);
        } catch (IOException ex) {
            throw new ParameterException(spec.commandLine(), "--data: cannot read " + source + ": " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            throw new ParameterException(spec.commandLine(), "--data: " + ex.getMessage());
        }
        double[][] z = zScore(raw, source);
        // The absolute path, so that a saved model finds its data from any working directory.
        return new Data(new AlrnnModelFile.DataSpec(file.toAbsolutePath().normalize().toString(), 0, timeStep), z,
                "z-scored each of the " + z[0].length + " columns of " + source + " (" + z.length + " rows, Δt = "
                        + timeStep + ")");
    }

    /** Each column to mean 0 and (population) standard deviation 1, as the built-in systems are. */
    static double[][] zScore(double[][] raw, String source) {
        if (raw.length < 2 || raw[0].length == 0) {
            throw new IllegalArgumentException(source + " must have at least 2 rows and 1 column, got " + raw.length
                    + " × " + (raw.length == 0 ? 0 : raw[0].length));
        }
        int rows = raw.length, cols = raw[0].length;
        double[][] out = new double[rows][cols];
        for (int c = 0; c < cols; c++) {
            double mean = 0;
            for (int r = 0; r < rows; r++) {
                if (!Double.isFinite(raw[r][c])) {
                    throw new IllegalArgumentException(source + ": row " + r + ", column " + c + " is " + raw[r][c]
                            + "; the data must be finite");
                }
                mean += raw[r][c];
            }
            mean /= rows;
            double var = 0;
            for (int r = 0; r < rows; r++) {
                var += (raw[r][c] - mean) * (raw[r][c] - mean);
            }
            double sd = Math.sqrt(var / rows);
            if (!(sd > 0)) {
                throw new IllegalArgumentException(source + ": column " + c + " is constant; cannot z-score it");
            }
            for (int r = 0; r < rows; r++) {
                out[r][c] = (raw[r][c] - mean) / sd;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // Training with progress

    private AlrnnTrainer.Result train(double[][] values, AlrnnOptions o) {
        if (System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("alrnn").setInitialMax(o.epochs())
                    .setUpdateIntervalMillis(250).setUnit(" epochs", 1).build()) {
                return AlrnnTrainer.train(values, o, (epoch, loss, dstsp) -> {
                    bar.setExtraMessage(String.format(Locale.ROOT, "loss %.3g D_stsp %s", loss, fmt(dstsp)));
                    bar.stepTo(epoch);
                });
            }
        }
        // Not a terminal (a log, CI): a line every 10 % of the epochs instead of a redrawn bar.
        PrintWriter err = spec.commandLine().getErr();
        return AlrnnTrainer.train(values, o, (epoch, loss, dstsp) -> {
            if (epoch * 10 / o.epochs() != (epoch - 1) * 10 / o.epochs() || epoch == o.epochs()) {
                err.printf(Locale.ROOT, "alrnn: epoch %d/%d loss %.4g D_stsp %s%n", epoch, o.epochs(), loss, fmt(dstsp));
                err.flush();
            }
        });
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    // ---------------------------------------------------------------------------------------------
    // Output

    static String summary(AlrnnTrainer.Result training, AlrnnEvaluation e, double dt, AlrnnOptions o, double seconds) {
        StringBuilder s = new StringBuilder();
        if (training != null) {
            s.append(String.format(Locale.ROOT, "AL-RNN M=%d P=%d: %d epochs in %.1f s, best epoch %d%n", o.latent(),
                    o.relus(), training.loss().length, training.seconds(), training.bestEpoch()));
            if (training.divergedAtEpoch() > 0) {
                s.append(String.format(Locale.ROOT, "training stopped at epoch %d of %d: the loss became %s; the kept"
                        + " checkpoint is from epoch %d (a smaller --lr-start may train further)%n",
                        training.divergedAtEpoch(), o.epochs(), training.loss()[training.loss().length - 1],
                        training.bestEpoch()));
            }
        } else {
            s.append(String.format(Locale.ROOT, "AL-RNN M=%d P=%d (loaded, not trained), evaluated in %.1f s%n",
                    o.latent(), o.relus(), seconds));
        }
        s.append(String.format(Locale.ROOT, "D_stsp %.4f   D_H %.4f   PE20 %.4g%n", e.dStsp(), e.dH(), e.pe20()));
        s.append(String.format(Locale.ROOT, "lambda_max %.5f per step, %.4f +- %.4f per time unit (dt %s; mean and standard"
                + " error over %d stretches of %d steps of the free run)%n", e.lyapunovPerStep()[0], e.lyapunovMaxPerTime(),
                e.lyapunovMaxStandardError(), dt, AlrnnEvaluation.LYAPUNOV_STARTS, AlrnnEvaluation.LYAPUNOV_STEPS));
        long real = e.fixedPoints().stream().filter(SymbolicDynamics.FixedPoint::real).count();
        long stable = e.fixedPoints().stream().filter(f -> f.real() && f.stable()).count();
        s.append(String.format(Locale.ROOT, "regions used %d of %d in %d steps (%d in the whole run of %d, rarest %s);"
                + " real fixed points %d (%d stable); real cycles %d%n",
                e.regionsUsed(), e.regionVisits().length, Math.min(AlrnnEvaluation.SYMBOL_WINDOW, e.generated().length),
                e.regionsVisited(),
                e.generated().length, rarest(e.regionVisits()), real, stable, e.cycles().size()));
        return s.toString();
    }

    /** The smallest non-zero visit frequency, as a percentage. */
    private static String rarest(double[] visits) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : visits) {
            if (v > 0) {
                min = Math.min(min, v);
            }
        }
        return String.format(Locale.ROOT, "%.3g%%", 100 * min);
    }

    private static void writeResult(Path file, AlrnnTrainer.Result training, AlrnnEvaluation e, AlrnnOptions o,
            Data d, AlrnnModel model, double seconds) throws IOException {
        int p = model.relus();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("trained", training != null);
        if (training != null) {
            // null when training ran to the end.
            root.put("diverged_at_epoch", training.divergedAtEpoch() > 0 ? training.divergedAtEpoch() : null);
        }
        root.put("d_stsp", e.dStsp());
        root.put("d_h", e.dH());
        root.put("pe20", e.pe20());
        root.put("lyapunov_max", e.lyapunovMaxPerTime());
        root.put("lyapunov_max_standard_error", e.lyapunovMaxStandardError());
        root.put("lyapunov_max_per_step", e.lyapunovPerStep()[0]);
        root.put("lyapunov_stretches", AlrnnEvaluation.LYAPUNOV_STARTS);
        root.put("lyapunov_steps_per_stretch", AlrnnEvaluation.LYAPUNOV_STEPS);
        root.put("lyapunov_spectrum", e.lyapunovPerStep());
        root.put("regions_used", e.regionsUsed());
        root.put("regions_used_steps", Math.min(AlrnnEvaluation.SYMBOL_WINDOW, e.generated().length));
        root.put("regions_visited_whole_run", e.regionsVisited());
        root.put("whole_run_steps", e.generated().length);
        root.put("transient_steps", AlrnnEvaluation.TRANSIENT);
        Map<String, Object> visits = new LinkedHashMap<>();
        for (int r = 0; r < e.regionVisits().length; r++) {
            if (e.regionVisits()[r] > 0) {
                visits.put(AlrnnPlots.code(r, p), e.regionVisits()[r]);
            }
        }
        root.put("region_visits", visits);
        List<Map<String, Object>> fixed = new ArrayList<>();
        for (SymbolicDynamics.FixedPoint f : e.fixedPoints()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("region", AlrnnPlots.code(f.region(), p));
            m.put("real", f.real());
            m.put("stable", f.stable());
            m.put("spectral_radius", f.spectralRadius());
            m.put("point", f.point());
            m.put("eigenvalues_real", f.eigenReal());
            m.put("eigenvalues_imag", f.eigenImag());
            fixed.add(m);
        }
        root.put("fixed_points", fixed);
        List<Map<String, Object>> cycles = new ArrayList<>();
        for (SymbolicDynamics.Cycle c : e.cycles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<String> regions = new ArrayList<>();
            for (int r : c.regions()) {
                regions.add(AlrnnPlots.code(r, p));
            }
            m.put("regions", regions);
            m.put("period", c.period());
            m.put("stable", c.stable());
            m.put("spectral_radius", c.spectralRadius());
            cycles.add(m);
        }
        root.put("cycles", cycles);
        // Only transitions between regions that occur: 2^P × 2^P would be huge for large P.
        List<Map<String, Object>> transitions = new ArrayList<>();
        int[][] t = e.transitions();
        for (int a = 0; a < t.length; a++) {
            for (int b = 0; b < t.length; b++) {
                if (t[a][b] > 0) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("from", AlrnnPlots.code(a, p));
                    m.put("to", AlrnnPlots.code(b, p));
                    m.put("count", t[a][b]);
                    transitions.add(m);
                }
            }
        }
        root.put("transitions", transitions);
        root.put("seconds", seconds);
        if (training != null) {
            root.put("best_epoch", training.bestEpoch());
            root.put("loss_per_epoch", training.loss());
            Map<String, Object> dstsp = new LinkedHashMap<>();
            dstsp.put("epochs", training.evalEpochs());
            dstsp.put("d_stsp", training.dstsp());
            root.put("dstsp_per_evaluation", dstsp);
            root.put("training_seconds", training.seconds());
        }
        root.put("options", AlrnnModelFile.optionsToMap(o));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", d.spec().source());
        data.put("points", d.values().length);
        data.put("observations", d.values()[0].length);
        data.put("dt", d.spec().dt());
        data.put("z_scored", true);
        root.put("data", data);
        root.put("region_code", "bit j (from the right) is 1 when ReLU unit j (latent index M - P + j) is > 0");
        AtomicFiles.write(file, o2 -> JSON.writeValue(o2, root));
    }

    private static void writePlots(Path dir, Data d, AlrnnEvaluation e, int relus) throws IOException {
        double[][] truth = d.values();
        double[][] generated = e.generated();
        int n = truth[0].length;
        String source = d.spec().source().contains("/") ? Path.of(d.spec().source()).getFileName().toString()
                : d.spec().source();
        if (n >= 2) {
            AlrnnPlots.attractor(dir.resolve("attractor.png"), source + ": x0 vs x1, true and AL-RNN free run",
                    truth, generated, 0, 1);
        } else {
            AlrnnPlots.attractor(dir.resolve("attractor.png"), source + ": delay embedding x(t) vs x(t+1), true and AL-RNN free run",
                    lagged(truth), lagged(generated), 0, 1);
        }
        if (n >= 3) {
            AlrnnPlots.attractor(dir.resolve("attractor-02.png"), source + ": x0 vs x2, true and AL-RNN free run",
                    truth, generated, 0, 2);
        }
        AlrnnPlots.symbols(dir.resolve("symbols.png"), "Region of the free run (first " + SYMBOL_STEPS + " steps)",
                e.symbols(), SYMBOL_STEPS, relus);
        AlrnnPlots.transitions(dir.resolve("transitions.png"), "Region transitions of the free run", e.transitions(),
                e.regionVisits(), relus);
    }

    /** For one observed dimension: the delay embedding (x_t, x_{t+1}) as the projection to show. */
    private static double[][] lagged(double[][] x) {
        double[][] out = new double[Math.max(1, x.length - 1)][];
        for (int t = 0; t < out.length; t++) {
            out[t] = new double[] {x[t][0], x[Math.min(t + 1, x.length - 1)][0]};
        }
        return out;
    }
}
