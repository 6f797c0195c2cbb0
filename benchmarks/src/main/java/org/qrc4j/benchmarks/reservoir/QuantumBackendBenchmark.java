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
 * How much faster than Strange is the native engine at a quantum reservoir's feature extraction?
 * The goal is at least 100×.
 *
 * <p>The same work as {@link FeatureExtractionBenchmark} (one thread, {@link Features#windows}),
 * but on the first {@value #WINDOWS} windows of {@code delayed-qc} only, because Strange takes
 * milliseconds per window; the score is the average time per window in µs, and the answer is the
 * ratio strange ÷ native per model. Three backends:
 *
 * <ul>
 *   <li>{@code native}: {@code Backends.byName("native")}, which the quantum cells recognise and
 *       take their short way on (the encoded product state written down directly, the frozen
 *       layers as one precomputed dense unitary): what an experiment with {@code backend native}
 *       runs;</li>
 *   <li>{@code native-gates}: the same engine behind a plain backend, so that every circuit is run
 *       gate by gate from |0…0⟩, encoding included, exactly as Strange is given it: the engine
 *       against Strange, without the short way;</li>
 *   <li>{@code strange}: {@code Backends.byName("strange")}, a full Strange run per circuit.</li>
 * </ul>
 *
 * <p>With 1-second iterations a Strange invocation ({@value #WINDOWS} windows, up to 2400
 * circuits for QLSTM) may take more than one iteration's time; JMH then runs one invocation per
 * iteration, the honest minimum. Strange warms up slowly (its first second can be 3 to 16 times
 * slower than later ones), hence 5 warm-up iterations. With the defaults the class took under 2
 * minutes on 2 cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class QuantumBackendBenchmark {

    /** The slice: windows 0 to 99 of {@code delayed-qc}. */
    static final int WINDOWS = 100;

    /** The quantum model. */
    @Param({"qrnn", "qlstm", "qgru"})
    public String model;

    /** The backend every circuit of the cell runs on. */
    @Param({"native", Models.NATIVE_GATES, "strange"})
    public String backend;

    private Cell cell;
    private double[] inputs;
    private int window;

    /** Builds the cell on the backend and loads the series, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Windows windows = Models.windows();
        inputs = windows.series().inputs();
        window = windows.window();
        cell = Models.cell(model, Models.backend(backend));
        Features.windows(cell, inputs, window, 1, 1);
    }

    /** Features of the first {@value #WINDOWS} windows on one thread; the score is per window. */
    @Benchmark
    @OperationsPerInvocation(WINDOWS)
    public double[][] windows() {
        return Features.windows(cell, inputs, window, WINDOWS, 1);
    }
}
