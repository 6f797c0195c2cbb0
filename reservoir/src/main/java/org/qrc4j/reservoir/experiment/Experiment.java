package org.qrc4j.reservoir.experiment;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.Features;
import org.qrc4j.reservoir.readout.FitHistory;
import org.qrc4j.reservoir.readout.Metrics;
import org.qrc4j.reservoir.readout.Readout;
import org.qrc4j.reservoir.readout.Readouts;
import org.qrc4j.reservoir.task.SampleSplit;
import org.qrc4j.reservoir.task.StreamSplit;
import org.qrc4j.reservoir.task.TaskSeries;
import org.qrc4j.reservoir.task.Tasks;
import org.qrc4j.reservoir.task.Windows;

/**
 * Runs one cell of the experiment grid: task × reservoir × readout × seed. The reservoir's features
 * are computed once; the readout trains on the first samples in time order and is tested on the rest.
 *
 * <p>Seeds: the configuration's seed feeds a {@link SplittableRandom} whose first two draws seed the
 * reservoir and the readout, so changing one part of the model never reuses the other's stream.
 */
public final class Experiment {

    private Experiment() {
    }

    /** The reservoir seed and readout seed derived from an experiment seed. */
    static long[] seeds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new long[] {random.nextLong(), random.nextLong()};
    }

    /** Runs the experiment: builds the reservoir, computes features, fits and tests the readout. */
    public static ExperimentResult run(ExperimentConfig config) {
        return run(config, (TaskSeries) null);
    }

    /**
     * Runs the experiment on an already built series of its task (a grid builds each task once
     * instead of once per experiment), or on {@code Tasks.byName(config)} when {@code series} is null.
     */
    public static ExperimentResult run(ExperimentConfig config, TaskSeries series) {
        long[] seeds = seeds(config.seed());
        Cell cell = Reservoirs.cell(config, seeds[0]);
        Readout readout = config.model().equals("persistence") ? null
                : Readouts.byName(config.readout(), config.readoutOptions(), seeds[1]);
        return run(config, cell, readout, true, series);
    }

    /**
     * Runs a given reservoir and readout; with {@code fit} false the readout is used as it is (a
     * loaded model), and only evaluated.
     */
    public static ExperimentResult run(ExperimentConfig config, Cell cell, Readout readout, boolean fit) {
        return run(config, cell, readout, fit, null);
    }

    private static ExperimentResult run(ExperimentConfig config, Cell cell, Readout readout, boolean fit,
                                        TaskSeries given) {
        long start = System.nanoTime();
        TaskSeries series = given != null ? given : Tasks.byName(config.task(), config.column());
        SampleSplit samples = config.mode() == Mode.WINDOW
                ? Windows.of(series, config.window(), config.trainFraction())
                : StreamSplit.of(series, config.washout(), config.trainFraction());

        long featureStart = System.nanoTime();
        double[][] features = null;
        if (cell != null) {
            features = config.mode() == Mode.WINDOW
                    ? Features.windows(cell, series.inputs(), config.window(), samples.count(), config.threads())
                    : samples.rows(Features.stream(cell, series.inputs()));
        }
        double featureSeconds = (System.nanoTime() - featureStart) / 1e9;

        double[] targets = samples.targets();
        int trainCount = samples.trainCount();
        double[] predicted = new double[targets.length];
        FitHistory history = null;
        long fitStart = System.nanoTime();
        if (readout == null) {
            // Persistence: the value before the target is the forecast.
            for (int s = 0; s < targets.length; s++) {
                predicted[s] = series.target(samples.targetIndex(s) - 1);
            }
        } else {
            double[][] trainX = Arrays.copyOfRange(features, 0, trainCount);
            double[][] testX = Arrays.copyOfRange(features, trainCount, features.length);
            if (fit) {
                history = readout.fit(trainX, Arrays.copyOfRange(targets, 0, trainCount), testX,
                        Arrays.copyOfRange(targets, trainCount, targets.length));
            }
            for (int s = 0; s < targets.length; s++) {
                predicted[s] = readout.predict(features[s]);
            }
        }
        double fitSeconds = (System.nanoTime() - fitStart) / 1e9;

        double[] trainTruth = Arrays.copyOfRange(targets, 0, trainCount);
        double[] testTruth = Arrays.copyOfRange(targets, trainCount, targets.length);
        double[] trainPred = Arrays.copyOfRange(predicted, 0, trainCount);
        double[] testPred = Arrays.copyOfRange(predicted, trainCount, predicted.length);

        double[] truth = series.targets();
        double[] prediction = new double[truth.length];
        Arrays.fill(prediction, Double.NaN);
        for (int s = 0; s < targets.length; s++) {
            prediction[samples.targetIndex(s)] = predicted[s];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ExperimentResult(config, targets.length, trainCount, Metrics.mse(trainTruth, trainPred),
                Metrics.mse(testTruth, testPred), Metrics.nrmse(testTruth, testPred), history, featureSeconds,
                fitSeconds, seconds, series.time(), truth, prediction, samples.targetIndex(trainCount), cell, readout);
    }
}
