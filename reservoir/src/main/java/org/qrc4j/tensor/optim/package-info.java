/**
 * Optimisers for {@link org.qrc4j.tensor.ParameterSet}s: {@link org.qrc4j.tensor.optim.Sgd}
 * (momentum), {@link org.qrc4j.tensor.optim.Adam}, {@link org.qrc4j.tensor.optim.AdamW},
 * {@link org.qrc4j.tensor.optim.RAdam} and {@link org.qrc4j.tensor.optim.RmsProp}, each following
 * the update rule of the PyTorch optimiser of the same name (written out in its Javadoc);
 * {@link org.qrc4j.tensor.optim.LearningRateSchedule}s (exponential decay, cosine with linear
 * warm-up); and gradient clipping by global norm
 * ({@link org.qrc4j.tensor.optim.Optimizer#clipGradNorm}).
 *
 * <p>A training step: {@code opt.zeroGrad(); loss.backward(); Optimizer.clipGradNorm(params, 1);
 * opt.step();}. Updates write parameter data in place and record no graph.
 */
package org.qrc4j.tensor.optim;
