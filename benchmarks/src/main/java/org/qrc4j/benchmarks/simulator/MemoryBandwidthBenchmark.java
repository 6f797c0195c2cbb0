package org.qrc4j.benchmarks.simulator;

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

/**
 * How long does it take merely to stream a state vector's bytes through memory once?
 *
 * <p>The measured method copies two {@code double[2^n]} arrays (the real and imaginary parts, as
 * {@link org.qrc4j.simulator.StateVector} stores them) with {@link System#arraycopy}: the same
 * 16·2^n bytes as the state, each read once and written once, with no arithmetic. A one-qubit gate
 * such as RY also reads and writes every amplitude once, so once the state is larger than the
 * last-level cache (16 MB at 20 qubits, 256 MB at 24) its time per gate is bounded below by roughly
 * this copy time; the ratio of the two says how close the engine comes to the memory bandwidth.
 *
 * <p>Caveats, so that the ratio is read fairly: the copy touches twice the footprint of an
 * in-place gate (source and destination, 32·2^n bytes), which matters only at sizes that fit in a
 * cache; the copy runs on one thread, while the engine splits large gates over all cores, so on a
 * machine where one core cannot saturate memory a gate may even beat this yardstick; and a CNOT
 * moves only the amplitudes whose control bit is 1, so for a control above bit 2 it touches only
 * half the cache lines. With the
 * defaults the class took about 35 s on 2 cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class MemoryBandwidthBenchmark {

    /** Number of qubits n: each array has 2^n doubles, 16·2^n bytes for the pair. */
    @Param({"4", "8", "12", "16", "20", "24"})
    public int qubits;

    private double[] sourceRe;
    private double[] sourceIm;
    private double[] targetRe;
    private double[] targetIm;

    /** Allocates and fills the arrays once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        int dimension = 1 << qubits;
        sourceRe = new double[dimension];
        sourceIm = new double[dimension];
        targetRe = new double[dimension];
        targetIm = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            sourceRe[i] = 1.0 / (i + 1);
            sourceIm[i] = -1.0 / (i + 2);
        }
    }

    /** Copies real and imaginary parts once: 16·2^n bytes read, 16·2^n bytes written. */
    @Benchmark
    public double[] copy() {
        System.arraycopy(sourceRe, 0, targetRe, 0, sourceRe.length);
        System.arraycopy(sourceIm, 0, targetIm, 0, sourceIm.length);
        return targetIm;
    }
}
