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

    /** The work of one member of a {@link #team}. */
    @FunctionalInterface
    public interface TeamWork {
        /**
         * Runs member {@code member} of a team of {@code size}; {@code barrier.await()} waits until
         * every member has reached the same point.
         */
        void run(int member, int size, SpinBarrier barrier);
    }

    /**
     * Runs {@code work} on a team of threads that stays together for many short steps, meeting at a
     * spinning barrier between steps: waking pooled threads for every gate costs tens of
     * microseconds, a spin barrier well under one. The caller is member 0. The team has at most
     * {@link #MAX_THREADS} members, since members that wait for each other must all run at once;
     * called from one of the pool's own threads, it runs alone.
     *
     * @return the number of members that ran
     */
    public static int team(int threads, TeamWork work) {
        int size = Math.min(threads, MAX_THREADS);
        if (Thread.currentThread() instanceof ForkJoinWorkerThread worker && worker.getPool() == POOL) {
            size = 1;
        }
        SpinBarrier barrier = new SpinBarrier(size);
        if (size == 1) {
            work.run(0, 1, barrier);
            return 1;
        }
        final int members = size;
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[members - 1];
        for (int member = 1; member < members; member++) {
            int m = member;
            tasks[member - 1] = POOL.submit(() -> runMember(work, m, members, barrier));
        }
        runMember(work, 0, members, barrier);
        for (ForkJoinTask<?> task : tasks) {
            task.join();
        }
        return members;
    }

    private static void runMember(TeamWork work, int member, int size, SpinBarrier barrier) {
        try {
            work.run(member, size, barrier);
        } catch (RuntimeException | Error e) {
            // Release the others, who would otherwise wait at the barrier for ever.
            barrier.breakBarrier();
            throw e;
        }
    }

    /**
     * A reusable barrier whose waiters spin (then yield) instead of parking: cheap when the steps
     * between meetings take microseconds. Broken by a member that fails, after which every wait
     * throws.
     */
    public static final class SpinBarrier {
        private final int parties;
        private final java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        private volatile int generation;
        private volatile boolean broken;

        SpinBarrier(int parties) {
            this.parties = parties;
        }

        /** Waits until all members have called {@code await} for this step. */
        public void await() {
            if (parties == 1) {
                return;
            }
            int current = generation;
            if (arrived.incrementAndGet() == parties) {
                arrived.set(0);
                generation = current + 1;
                return;
            }
            int spins = 0;
            while (generation == current) {
                if (broken) {
                    throw new IllegalStateException("another member of the team failed");
                }
                if (++spins < 1 << 14) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }

        void breakBarrier() {
            broken = true;
        }
    }

    /** Start of part {@code part} when {@code total} items are split in {@code parts} near-equal parts. */
    public static int bound(int total, int parts, int part) {
        return (int) ((long) total * part / parts);
    }
}
