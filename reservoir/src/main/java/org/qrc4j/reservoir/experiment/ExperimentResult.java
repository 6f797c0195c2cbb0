package org.qrc4j.reservoir.experiment;

import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.readout.FitHistory;
import org.qrc4j.reservoir.readout.Readout;

/**
 * The outcome of one experiment: errors, the readout's loss per epoch, timings, and the series with
 * its predictions for plots. The cell and readout are kept so the model can be saved.
 *
 * @param config         what was run
 * @param samples        number of samples (windows, or stream steps after the washout)
 * @param trainCount     samples that trained (the first ones, in time order)
 * @param trainMse       mean squared error on the training samples
 * @param testMse        mean squared error on the test samples
 * @param testNrmse      test RMSE divided by the population standard deviation of the test targets
 * @param history        the readout's loss per epoch, or null for persistence and loaded models
 * @param featureSeconds time to compute the reservoir's features
 * @param fitSeconds     time to fit the readout
 * @param seconds        wall time of the whole experiment
 * @param time           the task's time (or x) axis
 * @param truth          the task's targets over the whole axis
 * @param prediction     the prediction at each target index, NaN where no sample predicts it
 * @param firstTest      index into {@code time} of the first test target
 * @param cell           the frozen reservoir (null for the baselines without one)
 * @param readout        the fitted readout (null for persistence)
 */
public record ExperimentResult(ExperimentConfig config, int samples, int trainCount, double trainMse, double testMse,
                               double testNrmse, FitHistory history, double featureSeconds, double fitSeconds,
                               double seconds, double[] time, double[] truth, double[] prediction, int firstTest,
                               Cell cell, Readout readout) {

    /** Samples that tested. */
    public int testCount() {
        return samples - trainCount;
    }

    /** One line for the terminal. */
    public String summary() {
        return String.format("%s / %s / %s, seed %d: train MSE %.3e, test MSE %.3e, test NRMSE %.4f (%d train, %d test, %.2f s)",
                config.task(), config.model(), config.model().equals("persistence") ? "-" : config.readout(),
                config.seed(), trainMse, testMse, testNrmse, trainCount, testCount(), seconds);
    }
}
