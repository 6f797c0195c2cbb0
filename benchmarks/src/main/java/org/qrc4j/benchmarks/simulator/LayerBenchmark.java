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
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * How long does the native engine take to apply one layer (RY on every qubit, then a CNOT ring;
 * see {@link Layers}) to an existing state, in place?
 *
 * <p>This is the engine's raw speed: the state is allocated once per trial and the circuit built
 * once; the measured method only applies the layer's 2n gates to the state it finds, so nothing is
 * allocated or reset in the measurement by this code. No reset is needed: RY and CX are unitary,
 * so the state stays a valid (unit-norm) state after any number of layers, and its amplitudes
 * never become subnormal numbers that would slow the arithmetic down.
 *
 * <p>Divide the score by 2n for the time per gate and compare it with
 * {@link MemoryBandwidthBenchmark} at the same size: once the state (16·2^n bytes: 16 MB at 20
 * qubits, 256 MB at 24) is larger than the last-level cache, a gate that reads and writes every
 * amplitude once cannot be much faster than copying the same bytes. The state vector splits gates over
 * {@link org.qrc4j.simulator.kernel.Parallel#MAX_THREADS} threads from
 * {@link StateVector#DEFAULT_PARALLEL_QUBITS} qubits up (system properties
 * {@code qrc4j.threads} and {@code qrc4j.parallel.qubits}, settable with {@code -jvmArgsAppend}).
 *
 * <p>At 24 qubits one layer takes 0.5 to 2 s on a small machine, so each 1-second iteration runs
 * one or two whole layers; with the defaults the class took about 35 s on 2 cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class LayerBenchmark {

    /** Number of qubits n: the state has 2^n amplitudes, 16·2^n bytes. */
    @Param({"4", "8", "12", "16", "20", "24"})
    public int qubits;

    private Circuit layer;
    private double[] angles;
    private StateVector state;

    /** Builds the layer and allocates the state |0…0⟩ once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        layer = Layers.ryCnotRing(qubits);
        angles = Layers.angles(qubits);
        state = StateVector.zero(qubits);
    }

    /** One layer applied in place to the current state; returned so that the work is consumed. */
    @Benchmark
    public StateVector layer() {
        return state.apply(layer, angles);
    }
}
