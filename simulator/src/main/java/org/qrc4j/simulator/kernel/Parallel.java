package org.qrc4j.simulator.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Splits a range of independent work items over threads.
 *
 * <p>Gate kernels update each amplitude from a fixed set of others, so any split gives the same
 * numbers. Sums are made deterministic by always adding fixed chunks of {@link #SUM_CHUNK} items
 * in order, whether one thread or many computed them: the result does not depend on the number
 * of threads.
 */
public final class Parallel {

    /** Work items per partial sum in {@link #sum}; fixed so that sums do not depend on threads. */
    public static final int SUM_CHUNK = 1 << 12;

    /** Threads of the shared pool: the system property {@code qrc4j.threads}, else the core count. */
    public static final int MAX_THREADS = Math.max(1,
            Integer.getInteger("qrc4j.threads", Runtime.getRuntime().availableProcessors()));

    private static final ForkJoinPool POOL = new ForkJoinPool(MAX_THREADS, pool -> {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setDaemon(true);
        thread.setName("qrc4j-kernel-" + thread.getPoolIndex());
        return thread;
    }, null, false);

    private Parallel() {
    }

    /** Work on the items {@code [lo, hi)}. */
    @FunctionalInterface
    public interface Range {
        /** Processes items {@code lo} (inclusive) to {@code hi} (exclusive). */
        void run(int lo, int hi);
    }

    /** A partial sum over the items {@code [lo, hi)}. */
    @FunctionalInterface
    public interface RangeSum {
        /** Sums items {@code lo} (inclusive) to {@code hi} (exclusive). */
        double sum(int lo, int hi);
    }

    /**
     * Runs {@code body} over {@code [0, total)} split in {@code threads} contiguous parts, the caller
     * taking the first. With one thread, or fewer items than threads, it runs in the caller.
     */
    public static void forRange(int total, int threads, Range body) {
        int parts = Math.min(threads, total);
        if (parts <= 1) {
            body.run(0, total);
            return;
        }
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[parts - 1];
        for (int part = 1; part < parts; part++) {
            int lo = bound(total, parts, part), hi = bound(total, parts, part + 1);
            tasks[part - 1] = POOL.submit(() -> body.run(lo, hi));
        }
        body.run(0, bound(total, parts, 1));
        for (ForkJoinTask<?> task : tasks) {
            task.join();
        }
    }

    /**
     * The sum of {@code body} over {@code [0, total)}, computed as partial sums of fixed chunks of
     * {@link #SUM_CHUNK} items added in order: the same double whatever {@code threads} is.
     */
    public static double sum(int total, int threads, RangeSum body) {
        int chunks = (total + SUM_CHUNK - 1) / SUM_CHUNK;
        if (chunks <= 1) {
            return body.sum(0, total);
        }
        double[] partial = new double[chunks];
        forRange(chunks, threads, (lo, hi) -> {
            for (int c = lo; c < hi; c++) {
                partial[c] = body.sum(c * SUM_CHUNK, Math.min(total, (c + 1) * SUM_CHUNK));
            }
        });
        double sum = 0;
        for (double p : partial) {
            sum += p;
        }
        return sum;
    }

    private static int bound(int total, int parts, int part) {
        return (int) ((long) total * part / parts);
    }
}
