package org.qrc4j.reservoir.task;

import java.util.Arrays;

/**
 * Samples cut from a series, each predicting one target of it, split in time order: the first
 * {@link #trainCount()} train, the rest test. {@link Windows} (the paper's windows) and
 * {@link StreamSplit} (one pass after a washout) are the two ways; runners need only this.
 */
public interface SampleSplit {

    /** The series the samples come from. */
    TaskSeries series();

    /** Number of samples. */
    int count();

    /** Number of training samples (the earliest). */
    int trainCount();

    /** Index in the series of a sample's target. */
    int targetIndex(int sample);

    /**
     * The samples' feature rows, in sample order, from what a reservoir computed (one row per
     * sample for windows, one per input step for a stream): the same row arrays, not copies.
     */
    double[][] rows(double[][] features);

    /** Number of test samples (the latest). */
    default int testCount() {
        return count() - trainCount();
    }

    /** A sample's target. */
    default double target(int sample) {
        return series().target(targetIndex(sample));
    }

    /** Every sample's target, in order (a new array of length {@link #count()}). */
    default double[] targets() {
        double[] out = new double[count()];
        for (int s = 0; s < out.length; s++) {
            out[s] = target(s);
        }
        return out;
    }

    /** The training samples' targets. */
    default double[] trainTargets() {
        return Arrays.copyOfRange(targets(), 0, trainCount());
    }

    /** The test samples' targets. */
    default double[] testTargets() {
        return Arrays.copyOfRange(targets(), trainCount(), count());
    }

    /** The training samples' feature rows (see {@link #rows}). */
    default double[][] trainRows(double[][] features) {
        return Arrays.copyOfRange(rows(features), 0, trainCount());
    }

    /** The test samples' feature rows (see {@link #rows}). */
    default double[][] testRows(double[][] features) {
        return Arrays.copyOfRange(rows(features), trainCount(), count());
    }
}
