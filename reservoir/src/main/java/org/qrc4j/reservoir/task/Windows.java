package org.qrc4j.reservoir.task;

import java.util.Arrays;
import java.util.Objects;

/**
 * Window mode samples of a task, as in the paper: sample {@code s} reads
 * {@code inputs[s .. s + window − 1]} and predicts {@code targets[s + window]}. The first
 * {@link #trainCount()} samples, in time order, train the readout; the rest test it. Immutable.
 *
 * <p>There are {@code N − window − 1} samples, not {@code N − window}: the authors' code loops over
 * {@code range(len − window − 1)}, so the last point of a series is never a target. We keep that count
 * so our splits match the paper's (for example 240 points, window 4: 235 samples, 157 train, 78 test).
 * The training count is {@code (int) (trainFraction · count)}, truncated like Python's {@code int()}.
 *
 * <p>A runner passes {@code series.inputs()}, {@link #window()} and {@link #count()} to
 * {@code Features.windows}, whose row {@code s} is then sample {@code s} here.
 */
public final class Windows implements SampleSplit {

    /** The paper's window: 4 values predict the next. */
    public static final int DEFAULT_WINDOW = 4;

    /** The paper's training fraction. */
    public static final double DEFAULT_TRAIN_FRACTION = 0.67;

    private final TaskSeries series;
    private final int window;
    private final double trainFraction;
    private final int count;
    private final int trainCount;

    private Windows(TaskSeries series, int window, double trainFraction, int count, int trainCount) {
        this.series = series;
        this.window = window;
        this.trainFraction = trainFraction;
        this.count = count;
        this.trainCount = trainCount;
    }

    /** {@link #of(TaskSeries, int, double)} with the paper's window 4 and training fraction 0.67. */
    public static Windows of(TaskSeries series) {
        return of(series, DEFAULT_WINDOW, DEFAULT_TRAIN_FRACTION);
    }

    /**
     * The samples of a series.
     *
     * @param window        inputs per sample, at least 1
     * @param trainFraction share of samples (the earliest) that train, strictly between 0 and 1
     * @throws IllegalArgumentException if a parameter is out of range or the series is too short for
     *                                  at least one training and one test sample
     */
    public static Windows of(TaskSeries series, int window, double trainFraction) {
        Objects.requireNonNull(series, "series");
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        checkFraction(trainFraction);
        int n = series.length();
        int count = n - window - 1;
        int trainCount = count > 0 ? (int) (trainFraction * count) : 0;
        if (trainCount < 1 || count - trainCount < 1) {
            throw new IllegalArgumentException("series " + series.name() + " has " + n + " points: window " + window
                    + " gives " + Math.max(0, count) + " samples (N - window - 1), and train fraction " + trainFraction
                    + " splits them " + trainCount + " train / " + Math.max(0, count - trainCount)
                    + " test; at least one of each is needed (use a longer series or a smaller window)");
        }
        return new Windows(series, window, trainFraction, count, trainCount);
    }

    static void checkFraction(double trainFraction) {
        if (!(trainFraction > 0.0 && trainFraction < 1.0)) {
            throw new IllegalArgumentException("trainFraction must be strictly between 0 and 1, got " + trainFraction);
        }
    }

    /** The series the samples are cut from. */
    @Override
    public TaskSeries series() {
        return series;
    }

    /** Inputs per sample. */
    public int window() {
        return window;
    }

    /** The training fraction asked for. */
    public double trainFraction() {
        return trainFraction;
    }

    /** Number of samples, {@code N − window − 1}. */
    @Override
    public int count() {
        return count;
    }

    /** Number of training samples: samples {@code 0 .. trainCount() − 1}. */
    @Override
    public int trainCount() {
        return trainCount;
    }

    /** Whether a sample is in the training part. */
    public boolean isTrain(int sample) {
        checkSample(sample);
        return sample < trainCount;
    }

    /** Index in the series of a sample's first input: the sample index itself. */
    public int firstInput(int sample) {
        checkSample(sample);
        return sample;
    }

    /** Index in the series of a sample's target: {@code sample + window}. */
    @Override
    public int targetIndex(int sample) {
        checkSample(sample);
        return sample + window;
    }

    /** A sample's inputs, {@code inputs[sample .. sample + window − 1]} (a new array). */
    public double[] inputs(int sample) {
        checkSample(sample);
        double[] out = new double[window];
        for (int k = 0; k < window; k++) {
            out[k] = series.input(sample + k);
        }
        return out;
    }

    /** The feature rows of a per-sample matrix ({@code Features.windows} output): the matrix itself, checked. */
    @Override
    public double[][] rows(double[][] perSample) {
        checkRows(perSample);
        return perSample;
    }

    private void checkRows(double[][] perSample) {
        if (perSample.length != count) {
            throw new IllegalArgumentException("perSample must have one row per sample (" + count + "), got "
                    + perSample.length);
        }
    }

    private void checkSample(int sample) {
        if (sample < 0 || sample >= count) {
            throw new IndexOutOfBoundsException("sample must be in 0.." + (count - 1) + ", got " + sample);
        }
    }

    @Override
    public String toString() {
        return "Windows[" + series.name() + ", window " + window + ", " + count + " samples: " + trainCount
                + " train / " + testCount() + " test]";
    }
}
