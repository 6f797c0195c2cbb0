package org.qrc4j.reservoir.task;

import java.util.Arrays;
import java.util.Objects;

/**
 * Stream mode samples of a task: the reservoir reads the whole input series once
 * ({@code Features.stream}, row {@code t} = features after reading {@code inputs[t]}), the first
 * {@code washout} rows are dropped because they still remember the arbitrary zero start, and row
 * {@code t} predicts the next target, {@code targets[t + 1]}. Immutable.
 *
 * <p>Sample {@code k} is row {@code t = washout + k}, for {@code t = washout .. N − 2} (row N − 1 has
 * no next target), so there are {@code N − 1 − washout} samples. As in {@link Windows}, the first
 * {@code (int) (trainFraction · count)} samples in time order train and the rest test. A runner computes
 * {@code Features.stream(cell, series.inputs())} and takes {@link #trainRows(double[][])} with
 * {@link #trainTargets()}, and {@link #testRows(double[][])} with {@link #testTargets()}.
 */
public final class StreamSplit implements SampleSplit {

    private final TaskSeries series;
    private final int washout;
    private final double trainFraction;
    private final int count;
    private final int trainCount;

    private StreamSplit(TaskSeries series, int washout, double trainFraction, int count, int trainCount) {
        this.series = series;
        this.washout = washout;
        this.trainFraction = trainFraction;
        this.count = count;
        this.trainCount = trainCount;
    }

    /**
     * The stream samples of a series.
     *
     * @param washout       leading feature rows dropped, at least 0
     * @param trainFraction share of samples (the earliest) that train, strictly between 0 and 1
     * @throws IllegalArgumentException if a parameter is out of range or too few samples remain for
     *                                  at least one training and one test sample
     */
    public static StreamSplit of(TaskSeries series, int washout, double trainFraction) {
        Objects.requireNonNull(series, "series");
        if (washout < 0) {
            throw new IllegalArgumentException("washout must be >= 0, got " + washout);
        }
        Windows.checkFraction(trainFraction);
        int n = series.length();
        int count = n - 1 - washout;
        int trainCount = count > 0 ? (int) (trainFraction * count) : 0;
        if (trainCount < 1 || count - trainCount < 1) {
            throw new IllegalArgumentException("series " + series.name() + " has " + n + " points: washout " + washout
                    + " leaves " + Math.max(0, count) + " samples (N - 1 - washout), and train fraction "
                    + trainFraction + " splits them " + trainCount + " train / " + Math.max(0, count - trainCount)
                    + " test; at least one of each is needed (use a shorter washout)");
        }
        return new StreamSplit(series, washout, trainFraction, count, trainCount);
    }

    /** The series. */
    @Override
    public TaskSeries series() {
        return series;
    }

    /** Leading feature rows dropped. */
    public int washout() {
        return washout;
    }

    /** The training fraction asked for. */
    public double trainFraction() {
        return trainFraction;
    }

    /** Number of samples, {@code N − 1 − washout}. */
    @Override
    public int count() {
        return count;
    }

    /** Number of training samples (the earliest). */
    @Override
    public int trainCount() {
        return trainCount;
    }

    /** The feature row (time index) of a sample: {@code washout + sample}. */
    public int row(int sample) {
        checkSample(sample);
        return washout + sample;
    }

    /** Index in the series of a sample's target: {@code washout + sample + 1}. */
    @Override
    public int targetIndex(int sample) {
        return row(sample) + 1;
    }

    /**
     * The sample rows of a per-step matrix ({@code Features.stream} output, one row per input, N rows):
     * rows {@code washout .. N − 2}, the same row arrays, not copies.
     */
    @Override
    public double[][] rows(double[][] perStep) {
        checkRows(perStep);
        return Arrays.copyOfRange(perStep, washout, washout + count);
    }


    private void checkRows(double[][] perStep) {
        if (perStep.length != series.length()) {
            throw new IllegalArgumentException("perStep must have one row per input (" + series.length() + "), got "
                    + perStep.length);
        }
    }

    private void checkSample(int sample) {
        if (sample < 0 || sample >= count) {
            throw new IndexOutOfBoundsException("sample must be in 0.." + (count - 1) + ", got " + sample);
        }
    }

    @Override
    public String toString() {
        return "StreamSplit[" + series.name() + ", washout " + washout + ", " + count + " samples: " + trainCount
                + " train / " + testCount() + " test]";
    }
}
