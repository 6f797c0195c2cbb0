/**
 * Trained linear readouts and error metrics.
 *
 * <p>A frozen reservoir turns each sample into a feature vector once per data set; a
 * {@link org.qrc4j.reservoir.readout.Readout} maps it linearly to one target. Two readouts share
 * that interface: {@link org.qrc4j.reservoir.readout.RmspropReadout rmsprop}, the protocol of
 * Chen et al. (arXiv 2211.02612), a PyTorch-equivalent linear layer trained by RMSprop on
 * mini-batches; and {@link org.qrc4j.reservoir.readout.RidgeReadout ridge}, the closed-form
 * optimum with λ chosen on a time-ordered validation slice. {@link org.qrc4j.reservoir.readout.Readouts}
 * builds either by name, fresh or from saved weights; {@link org.qrc4j.reservoir.readout.ReadoutOptions}
 * holds their hyperparameters; a fit returns a {@link org.qrc4j.reservoir.readout.FitHistory} of
 * losses per epoch. {@link org.qrc4j.reservoir.readout.Metrics} scores predictions (MSE, RMSE,
 * NRMSE, MAE, R²).
 */
package org.qrc4j.reservoir.readout;
