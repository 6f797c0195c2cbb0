package org.qrc4j.tensor;

import org.qrc4j.simulator.kernel.Parallel;


/**
 * Matrix-product kernels on row-major primitive arrays, used by {@link Tensor#matmul(Tensor)} and
 * its backward pass.
 *
 * <p>All kernels <em>accumulate</em> ({@code C += ...}) so the backward pass can add into a
 * gradient buffer without a temporary. The loops are i-k-j (the innermost loop runs along
 * contiguous rows of B and C, which the JIT vectorises), blocked over k and j so a block of B stays
 * in cache for large products.
 *
 * <p><b>Determinism.</b> Every element {@code C[i][j]} is summed over k in ascending order no
 * matter how the work is blocked or split, and work is split only by rows of C (or by batch
 * item). So the result is bit-for-bit identical with one thread or many, and identical to the
 * naive loop {@code s = C[i][j]; for p: s += A[i][p] * B[p][j]}.
 *
 * <p><b>Threads.</b> A product is spread over the cores (qrc4j's kernel pool) only when its
 * multiply-add count {@code n*k*m} reaches {@link #parallelThreshold()}; small products (the
 * AL-RNN's 16x20x20) stay on the calling thread, where a fork would cost more than it saves.
 */
public final class MatMul {

    /** Block sizes: a KB x JB block of B is 256 KiB of doubles at most, within a typical L2. */
    private static final int KB = 128;
    private static final int JB = 256;

    /** Default: about 2 million multiply-adds, roughly a millisecond on one core. */
    public static final long DEFAULT_PARALLEL_THRESHOLD = 1L << 21;

    private static volatile long parallelThreshold = DEFAULT_PARALLEL_THRESHOLD;

    private MatMul() {
    }

    /** The multiply-add count from which a product is split over threads. */
    public static long parallelThreshold() {
        return parallelThreshold;
    }

    /**
     * Sets the multiply-add count from which products are split over threads ({@code 0}: always,
     * {@code Long.MAX_VALUE}: never). Global; meant for benchmarks and tests.
     */
    public static void setParallelThreshold(long flops) {
        if (flops < 0) {
            throw new IllegalArgumentException("threshold must be >= 0: " + flops);
        }
        parallelThreshold = flops;
    }

    static boolean parallel(long flops, int rows) {
        return rows > 1 && flops >= parallelThreshold && Parallel.MAX_THREADS > 1;
    }

    /**
     * Runs {@code body.run(from, to)} over contiguous row ranges of {@code [0, rows)} on qrc4j's
     * kernel pool, one per core, the caller taking the first. Not the common fork-join pool: on a
     * 2-core machine that has a single worker, and products never used the second core.
     */
    static void forRows(int rows, RowRange body) {
        Parallel.forRange(rows, Parallel.MAX_THREADS, body::run);
    }

    /** A piece of work over a half-open range of rows. */
    @FunctionalInterface
    interface RowRange {
        void run(int from, int to);
    }

    /**
     * {@code C[n,m] += A[n,k] * B[k,m]}; the matrices start at the given offsets of their arrays.
     */
    public static void mm(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m) {
        if (parallel((long) n * k * m, n)) {
            forRows(n, (from, to) -> mmRows(a, ao, b, bo, c, co, k, m, from, to));
        } else {
            mmRows(a, ao, b, bo, c, co, k, m, 0, n);
        }
    }

    static void mmRows(double[] a, int ao, double[] b, int bo, double[] c, int co, int k, int m,
            int from, int to) {
        for (int jb = 0; jb < m; jb += JB) {
            int jEnd = Math.min(m, jb + JB);
            for (int kb = 0; kb < k; kb += KB) {
                int kEnd = Math.min(k, kb + KB);
                for (int i = from; i < to; i++) {
                    int ci = co + i * m;
                    int ai = ao + i * k;
                    for (int p = kb; p < kEnd; p++) {
                        double av = a[ai + p];
                        int bp = bo + p * m;
                        for (int j = jb; j < jEnd; j++) {
                            c[ci + j] += av * b[bp + j];
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code C[n,m] += A[n,k] * B[m,k]^T} (B given untransposed, row-major m x k). B is transposed
     * into a temporary first (O(km), small next to the product) so the product runs in the
     * vectorisable i-k-j form instead of as dot products, whose single accumulator is a latency
     * chain. Each {@code C[i][j]} is still summed over k in ascending order.
     */
    public static void mmNT(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m) {
        double[] bt = new double[k * m];
        for (int j = 0; j < m; j++) {
            int bj = bo + j * k;
            for (int p = 0; p < k; p++) {
                bt[p * m + j] = b[bj + p];
            }
        }
        mm(a, ao, bt, 0, c, co, n, k, m);
    }

    /** {@code C[n,m] += A[k,n]^T * B[k,m]} (A given untransposed, row-major k x n). */
    public static void mmTN(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m) {
        if (parallel((long) n * k * m, n)) {
            forRows(n, (from, to) -> mmTNRows(a, ao, b, bo, c, co, n, k, m, from, to));
        } else {
            mmTNRows(a, ao, b, bo, c, co, n, k, m, 0, n);
        }
    }

    static void mmTNRows(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m,
            int from, int to) {
        for (int jb = 0; jb < m; jb += JB) {
            int jEnd = Math.min(m, jb + JB);
            for (int p = 0; p < k; p++) {
                int ap = ao + p * n;
                int bp = bo + p * m;
                for (int i = from; i < to; i++) {
                    double av = a[ap + i];
                    int ci = co + i * m;
                    for (int j = jb; j < jEnd; j++) {
                        c[ci + j] += av * b[bp + j];
                    }
                }
            }
        }
    }
}
