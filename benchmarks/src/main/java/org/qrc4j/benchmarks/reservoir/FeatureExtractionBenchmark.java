package org.qrc4j.benchmarks.reservoir;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.Features;
import org.qrc4j.reservoir.task.Windows;

/**
 * How many windows per second does one core turn into features, for each quantum and classical
 * model?
 *
 * <p>Feature extraction is the reservoir's whole cost: the cell is frozen, so each data set is run
 * through it once, window by window (the paper's window mode: state reset to zero, 4 steps, the
 * last step's features kept). The measured method is exactly what an experiment does,
 * {@link Features#windows}, over all {@value #WINDOWS} windows of the {@code delayed-qc} task (see
 * {@link Models}), on <b>one thread</b>: the score is per core. Windows are independent, so with
 * more threads it scales with the number of cores, less whatever the machine shares.
 *
 * <p>Each invocation counts as {@value #WINDOWS} operations, so the throughput score is in
 * windows per second. Per window, a quantum cell runs 4 steps of {@code k} 4-qubit circuits:
 * k = 1 for QRNN, 3 for QGRU, 6 for QLSTM; on the native fast path a circuit is a product state
 * and one dense 16 × 16 complex matrix-vector product. The classical cells have the default
 * sizes (hidden 4 for RNN, LSTM and GRU; 100 units for the ESN).
 *
 * <p>The cells are built once per trial (for the quantum ones this includes computing the dense
 * unitaries of the frozen layers). With the defaults the class took about 1 minute on 2 cores.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class FeatureExtractionBenchmark {

    /** Windows of 4 in the 2200-point {@code delayed-qc} series: 2200 − 4 − 1. */
    static final int WINDOWS = 2195;

    /** The reservoir model. */
    @Param({"qrnn", "qlstm", "qgru", "rnn", "lstm", "gru", "esn"})
    public String model;

    private Cell cell;
    private double[] inputs;
    private int window;

    /** Builds the cell (native fast path for the quantum ones) and loads the series, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Windows windows = Models.windows();
        if (windows.count() != WINDOWS) {
            throw new IllegalStateException("expected " + WINDOWS + " windows, got " + windows);
        }
        inputs = windows.series().inputs();
        window = windows.window();
        cell = Models.cell(model, null);
        // Warm the cell's lazily built parts (such as the dense unitaries) outside the measurement.
        Features.windows(cell, inputs, window, 1, 1);
    }

    /** Features of all windows on one thread; one invocation = {@value #WINDOWS} windows. */
    @Benchmark
    @OperationsPerInvocation(WINDOWS)
    public double[][] windows() {
        return Features.windows(cell, inputs, window, WINDOWS, 1);
    }
}
