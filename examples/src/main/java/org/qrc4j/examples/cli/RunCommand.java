package org.qrc4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qrc4j.reservoir.experiment.Experiment;
import org.qrc4j.reservoir.experiment.ExperimentConfig;
import org.qrc4j.reservoir.experiment.ExperimentResult;
import org.qrc4j.reservoir.experiment.Mode;
import org.qrc4j.reservoir.experiment.ModelFile;
import org.qrc4j.reservoir.experiment.ResultFiles;
import org.qrc4j.reservoir.quantum.AngleDistribution;
import org.qrc4j.reservoir.readout.ReadoutOptions;
import org.qrc4j.reservoir.report.Plots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qrc4j run}: one experiment, task × model × readout × seed, with its files and plots. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs one reservoir computing experiment: the reservoir's features of the task's windows,",
            "a linear readout trained on the first part (in time order) and tested on the rest.",
            "Prints a summary; with --out writes result.json, predictions.csv, prediction.png, loss.png."},
        sortOptions = false)
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--task", paramLabel = "T", defaultValue = "bessel-j2",
            description = "damped-shm, bessel-j2, delayed-qc, narma5, narma10, sine, population-inversion, "
                    + "mackey-glass or csv:PATH (default: ${DEFAULT-VALUE}).")
    private String task;

    @Option(names = "--column", paramLabel = "C", description = "CSV column (index from 0, or header name).")
    private String column;

    @Option(names = "--model", paramLabel = "M", defaultValue = "qlstm",
            description = "qrnn, qlstm, qgru, rnn, lstm, gru, esn, persistence or linear-ar (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--readout", paramLabel = "R", defaultValue = "rmsprop",
            description = "rmsprop (the paper's) or ridge (default: ${DEFAULT-VALUE}).")
    private String readout;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--qubits", paramLabel = "N", defaultValue = "4", description = "Qubits per circuit (default: ${DEFAULT-VALUE}).")
    private int qubits;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "2", description = "Variational layers (default: ${DEFAULT-VALUE}).")
    private int layers;

    @Option(names = "--angles", paramLabel = "DIST", defaultValue = "normal:0.01",
            description = "Frozen angles: normal:SIGMA or uniform (default: ${DEFAULT-VALUE}).")
    private String angles;

    @Option(names = "--features", paramLabel = "F", defaultValue = "hidden",
            description = "Quantum features: hidden (the paper) or correlations (<Zi>, <ZiZj>) (default: ${DEFAULT-VALUE}).")
    private String features;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "native",
            description = "Simulator of quantum cells: native or strange (default: ${DEFAULT-VALUE}).")
    private String backend;

    @Option(names = "--hidden", paramLabel = "H", defaultValue = "4", description = "Hidden size of rnn, lstm, gru (default: ${DEFAULT-VALUE}).")
    private int hidden;

    @Option(names = "--esn-size", paramLabel = "N", defaultValue = "100", description = "Echo state network size (default: ${DEFAULT-VALUE}).")
    private int esnSize;

    @Option(names = "--spectral-radius", paramLabel = "R", defaultValue = "0.9", description = "ESN spectral radius (default: ${DEFAULT-VALUE}).")
    private double spectralRadius;

    @Option(names = "--leak-rate", paramLabel = "A", defaultValue = "1.0", description = "ESN leak rate (default: ${DEFAULT-VALUE}).")
    private double leakRate;

    @Option(names = "--input-scaling", paramLabel = "S", defaultValue = "1.0", description = "ESN input scaling (default: ${DEFAULT-VALUE}).")
    private double inputScaling;

    @Option(names = "--sparsity", paramLabel = "P", defaultValue = "0.9", description = "ESN sparsity (default: ${DEFAULT-VALUE}).")
    private double sparsity;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "100", description = "RMSprop epochs (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--lr", paramLabel = "LR", defaultValue = "0.01", description = "RMSprop learning rate (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "10", description = "RMSprop batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--window", paramLabel = "W", defaultValue = "4", description = "Values per window (default: ${DEFAULT-VALUE}).")
    private int window;

    @Option(names = "--train-fraction", paramLabel = "F", defaultValue = "0.67",
            description = "Fraction of samples, in time order, that train (default: ${DEFAULT-VALUE}).")
    private double trainFraction;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "window",
            description = "window (state reset per window, the paper) or stream (one pass, washout) (default: ${DEFAULT-VALUE}).")
    private String mode;

    @Option(names = "--washout", paramLabel = "W", defaultValue = "50", description = "Stream-mode washout steps (default: ${DEFAULT-VALUE}).")
    private int washout;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for features (default: all cores; results do not depend on it).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write result.json, predictions.csv and the plots here.")
    private Path out;

    @Option(names = "--save-model", paramLabel = "FILE", description = "Save the trained model as JSON.")
    private Path saveModel;

    @Option(names = "--load-model", paramLabel = "FILE",
            description = "Evaluate a saved model instead of training one (its settings override the options above).")
    private Path loadModel;

    @Override
    public Integer call() throws IOException {
        ExperimentResult result;
        if (loadModel != null) {
            ModelFile.Loaded loaded = ModelFile.load(loadModel);
            result = Experiment.run(loaded.config(), loaded.cell(), loaded.readout(), false);
        } else {
            result = Experiment.run(config());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(result.summary());
        if (out != null) {
            writeFiles(out, result);
            stdout.println("wrote " + out.resolve("result.json") + ", predictions.csv, prediction.png, loss.png");
        }
        if (saveModel != null) {
            ModelFile.save(saveModel, result);
            stdout.println("saved model to " + saveModel);
        }
        stdout.flush();
        return 0;
    }

    /** Writes result.json, predictions.csv, prediction.png and loss.png into {@code dir}. */
    static void writeFiles(Path dir, ExperimentResult result) throws IOException {
        ResultFiles.writeJson(dir.resolve("result.json"), result);
        ResultFiles.writePredictionsCsv(dir.resolve("predictions.csv"), result);
        String title = result.config().model() + " on " + result.config().task();
        Plots.prediction(dir.resolve("prediction.png"), title + " (test MSE " + String.format("%.2e", result.testMse()) + ")",
                result.time(), result.truth(), result.prediction(), result.firstTest());
        if (result.history() != null) {
            Plots.loss(dir.resolve("loss.png"), title + ": loss per epoch", result.history().trainLoss(),
                    result.history().testLoss());
        }
    }

    private ExperimentConfig config() {
        try {
            ReadoutOptions options = ReadoutOptions.defaults().withEpochs(epochs).withLearningRate(learningRate)
                    .withBatchSize(batch);
            ExperimentConfig.Builder b = ExperimentConfig.builder().task(task).column(column).model(model)
                    .readout(readout).readoutOptions(options).seed(seed).qubits(qubits).layers(layers)
                    .angles(AngleDistribution.parse(angles)).features(ExperimentConfig.parseFeatures(features))
                    .backend(backend).hidden(hidden).esnSize(esnSize).spectralRadius(spectralRadius)
                    .leakRate(leakRate).inputScaling(inputScaling).sparsity(sparsity).window(window)
                    .trainFraction(trainFraction).mode(Mode.parse(mode)).washout(washout);
            if (threads != null) {
                b.threads(threads);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
