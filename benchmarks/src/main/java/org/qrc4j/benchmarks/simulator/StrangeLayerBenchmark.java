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
import org.qrc4j.simulator.backend.Backend;
import org.qrc4j.simulator.backend.Backends;
import org.qrc4j.simulator.backend.NativeBackend;
import org.qrc4j.simulator.backend.StrangeBackend;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * How much faster than Strange is the native engine at a full run of one layer (see
 * {@link Layers}) from |0…0⟩?
 *
 * <p>A {@link Backend} runs a circuit from |0…0⟩ into a target state, and the Strange backend can do
 * nothing else: each Strange run builds its program, starts from |0…0⟩, simulates the layer and
 * copies the result into the target. So the native engine is measured here the same way, through
 * {@link NativeBackend#run(Circuit, double[], StateVector)} (reset of the target to |0…0⟩, then
 * the layer), and the ratio {@code strange / nativeFullRun} compares like with like. The target
 * state is allocated once per trial for both; whatever Strange allocates inside its run is part of
 * its time.
 *
 * <p>Strange is slow and memory-hungry (seconds and about 2 GB per run at 16 qubits), so the
 * sizes stop at 16; narrow them with {@code -p qubits=4,8}. With 1-second iterations the largest
 * size runs one whole Strange run per iteration, which is the honest minimum. With the defaults
 * the class should take one to two minutes on 2 cores (Strange itself needs 2 to 5 s per run at
 * 16 qubits there).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class StrangeLayerBenchmark {

    /** Number of qubits n. */
    @Param({"4", "8", "12", "16"})
    public int qubits;

    private Circuit layer;
    private double[] angles;
    private StateVector target;
    private Backend strange;
    private Backend nativeBackend;

    /** Builds the layer, allocates the target and looks both backends up, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        layer = Layers.ryCnotRing(qubits);
        angles = Layers.angles(qubits);
        target = StateVector.zero(qubits);
        strange = Backends.byName(StrangeBackend.NAME);
        nativeBackend = Backends.byName(NativeBackend.NAME);
    }

    /** One full Strange run of the layer from |0…0⟩ into the target. */
    @Benchmark
    public StateVector strange() {
        strange.run(layer, angles, target);
        return target;
    }

    /** The same full run on the native engine: reset to |0…0⟩, then the layer. */
    @Benchmark
    public StateVector nativeFullRun() {
        nativeBackend.run(layer, angles, target);
        return target;
    }
}
