package org.qrc4j.benchmarks.training;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
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
import org.qrc4j.tensor.MatMul;
import org.qrc4j.tensor.Tensor;

/**
 * How fast is the tensor layer's matrix product, against EJML on the same data in the same run?
 *
 * <p>One product C = A·B of doubles, A of n × k and B of k × m, filled once per trial from a fixed
 * seed with uniform values in [−1, 1). The shape is a parameter: {@code "n"} for a square n × n
 * product, or {@code "nxkxm"}; {@code 16x20x20} is the AL-RNN's shape (a batch of 16 states times
 * the 20 × 20 weight). Three ways to compute it:
 *
 * <ul>
 *   <li>{@code tensor}: {@link Tensor#matmul} on tensors that do not require a gradient (no graph
 *       is recorded); it allocates its result, and spreads the rows over qrc4j's kernel pool once
 *       n·k·m reaches {@link MatMul#DEFAULT_PARALLEL_THRESHOLD} (2<sup>21</sup>: from 128³ on, so
 *       here at 256 and 512);</li>
 *   <li>{@code ejml}: {@code CommonOps_DDRM.mult(a, b, c)} into a preallocated C, one thread: the
 *       baseline the issue names;</li>
 *   <li>{@code ejmlConcurrent}: {@code CommonOps_MT_DDRM.mult}, EJML's own multi-threaded product,
 *       so that the large sizes are also compared with a product that uses every core.</li>
 * </ul>
 *
 * <p>The score is the average time per product in µs; {@code TrainingTable} turns it into GFLOP/s
 * (2·n·k·m flops per product) and tensor ÷ EJML. With the defaults the class takes about 2 minutes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class MatMulBenchmark {

    /** {@code "n"} for n × n times n × n, or {@code "nxkxm"} for n × k times k × m. */
    @Param({"16", "64", "256", "512", "16x20x20"})
    public String shape;

    private Tensor a;
    private Tensor b;
    private DMatrixRMaj ea;
    private DMatrixRMaj eb;
    private DMatrixRMaj ec;

    /** The dimensions n, k, m of a shape parameter. */
    public static int[] dimensions(String shape) {
        String[] parts = shape.trim().split("x");
        if (parts.length == 1) {
            int n = Integer.parseInt(parts[0]);
            return new int[] {n, n, n};
        }
        if (parts.length != 3) {
            throw new IllegalArgumentException("shape must be n or nxkxm, got " + shape);
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** Fills A and B once per trial; EJML gets copies of the same numbers. */
    @Setup(Level.Trial)
    public void setUp() {
        int[] d = dimensions(shape);
        int n = d[0], k = d[1], m = d[2];
        SplittableRandom random = new SplittableRandom(20_26);
        double[] x = new double[n * k];
        double[] w = new double[k * m];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * random.nextDouble() - 1;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = 2 * random.nextDouble() - 1;
        }
        a = Tensor.of(x.clone(), n, k);
        b = Tensor.of(w.clone(), k, m);
        ea = new DMatrixRMaj(n, k, true, x.clone());
        eb = new DMatrixRMaj(k, m, true, w.clone());
        ec = new DMatrixRMaj(n, m);
    }

    /** The tensor layer's product (allocates C, no gradient graph). */
    @Benchmark
    public Tensor tensor() {
        return a.matmul(b);
    }

    /** EJML's single-threaded product into a preallocated C. */
    @Benchmark
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.mult(ea, eb, ec);
        return ec;
    }

    /** EJML's multi-threaded product into a preallocated C. */
    @Benchmark
    public DMatrixRMaj ejmlConcurrent() {
        CommonOps_MT_DDRM.mult(ea, eb, ec);
        return ec;
    }
}
