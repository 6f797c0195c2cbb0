package org.qrc4j.benchmarks.reservoir;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qrc4j.reservoir.Features;
import org.qrc4j.reservoir.readout.FitHistory;
import org.qrc4j.reservoir.readout.Readout;
import org.qrc4j.reservoir.readout.ReadoutOptions;
import org.qrc4j.reservoir.readout.Readouts;
import org.qrc4j.reservoir.task.Windows;

/**
 * How long does it take to train the readout, ridge regression against RMSprop, once the features
 * are computed?
 *
 * <p>The features are computed once per trial, outside the measurement: the {@code delayed-qc}
 * windows (see {@link Models}) through either the QLSTM (4 features per window) or the ESN (100
 * features). The measured method is one {@link Readout#fit} with the default
 * {@link ReadoutOptions}, on the 1470 training windows, with the 725 test windows passed along as
 * an experiment passes them (RMSprop records the test loss after every epoch; ridge ignores
 * them):
 *
 * <ul>
 *   <li>{@code ridge}: closed form; λ chosen from the default grid (1e-8 … 1e2) on the last 20 %
 *       of the training windows, then a refit on all of them;</li>
 *   <li>{@code rmsprop}: 100 epochs of mini-batches of 10, learning rate 0.01, seed
 *       {@value Models#SEED} (every fit repeats the same one).</li>
 * </ul>
 *
 * <p>The score is the average time per fit in ms; the answer is the ratio rmsprop ÷ ridge. Fitting
 * runs on one thread. With the defaults the class took about 35 s on 2 cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class ReadoutTrainingBenchmark {

    /** The readout trained. */
    @Param({"ridge", "rmsprop"})
    public String readout;

    /** The reservoir whose features it trains on: {@code qlstm} (4 features) or {@code esn} (100). */
    @Param({"qlstm", "esn"})
    public String features;

    private Readout fresh;
    private double[][] trainX;
    private double[] trainY;
    private double[][] testX;
    private double[] testY;

    /** Computes the features and splits them, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Windows windows = Models.windows();
        double[][] all = Features.windows(Models.cell(features, null), windows.series().inputs(), windows.window(),
                windows.count(), Runtime.getRuntime().availableProcessors());
        trainX = windows.trainRows(all);
        trainY = windows.trainTargets();
        testX = windows.testRows(all);
        testY = windows.testTargets();
        fresh = Readouts.byName(readout, ReadoutOptions.defaults(), Models.SEED);
    }

    /** One fit with the default options; each fit replaces the last one's parameters. */
    @Benchmark
    public FitHistory fit() {
        return fresh.fit(trainX, trainY, testX, testY);
    }
}
