/**
 * Measures of dynamical systems reconstruction, and benchmark systems to measure with.
 *
 * <p>A model is measured through two small interfaces: {@link org.qrc4j.dynamics.DiscreteMap} (a
 * state map with its Jacobian, for {@link org.qrc4j.dynamics.Lyapunov}) and
 * {@link org.qrc4j.dynamics.ObservedModel} (a latent model started from an observation, for
 * {@link org.qrc4j.dynamics.PredictionError} and for generating the trajectories that the other
 * measures compare with data).
 *
 * <ul>
 *   <li>{@link org.qrc4j.dynamics.StateSpaceDivergence}: D_stsp, KL divergence of state-space
 *       occupancy (histogram for N &lt; 11, Gaussian mixture otherwise).</li>
 *   <li>{@link org.qrc4j.dynamics.PowerSpectrumDistance}: D_H, Hellinger distance of smoothed power
 *       spectra, averaged over dimensions.</li>
 *   <li>{@link org.qrc4j.dynamics.PredictionError}: n-step prediction error from every data point.</li>
 *   <li>{@link org.qrc4j.dynamics.Lyapunov}: Lyapunov spectrum of a map by the QR method.</li>
 *   <li>{@link org.qrc4j.dynamics.Systems}: Lorenz-63 and Rössler data, integrated with Commons Math
 *       and z-scored.</li>
 * </ul>
 *
 * <p>The measures follow the conventions of Brenner et al. (NeurIPS 2024), checked against the
 * authors' public code (DurstewitzLab/ALRNN-DSR); each class says where it departs.
 */
package org.qrc4j.dynamics;
