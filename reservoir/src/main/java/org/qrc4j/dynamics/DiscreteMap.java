package org.qrc4j.dynamics;

/**
 * A deterministic map z_t = F(z_{t−1}) on R^M with its Jacobian, the minimum a model must offer to
 * have its Lyapunov spectrum measured ({@link Lyapunov}).
 *
 * <p>For the AL-RNN z_t = A z_{t−1} + W Φ*(z_{t−1}) + h, where Φ* is the identity on the first
 * M − P units and the ReLU on the last P, the Jacobian is A + W D(z) with D(z) diagonal: 1 for the
 * linear units and 1[z_i &gt; 0] for the ReLU units. At a ReLU kink (z_i = 0) the map is not
 * differentiable; any one-sided choice is fine because a trajectory hits the kink with probability
 * zero. (The authors' Julia code uses z_i &gt; 0, that is the left derivative, at the kink.)
 *
 * <p>Implementations need not be thread-safe; the measures call them from one thread.
 */
public interface DiscreteMap {

    /** The dimension M of the state. */
    int dimension();

    /**
     * Writes F(z) into {@code out}. Both arrays have length {@link #dimension()}; callers never pass
     * the same array as {@code z} and {@code out}, so implementations may read {@code z} after
     * writing {@code out}. Must not modify {@code z}.
     */
    void step(double[] z, double[] out);

    /**
     * Writes the Jacobian ∂F_i/∂z_j at {@code z} into {@code outRowMajor[i * M + j]} (row i, column j,
     * M = {@link #dimension()}). Every entry must be written (the array is reused between calls).
     * Must not modify {@code z}.
     */
    void jacobian(double[] z, double[] outRowMajor);
}
