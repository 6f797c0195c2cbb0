package org.qrc4j.dynamics;

/**
 * An autonomous ordinary differential equation dz/dt = f(z) with its Jacobian, for the benchmark
 * flows in {@link Systems}. {@link Systems#rk4Map} turns one into a {@link DiscreteMap}.
 */
public interface VectorField {

    /** The dimension of the state. */
    int dimension();

    /** Writes f(z) into {@code out}; the arrays are never the same. */
    void derivative(double[] z, double[] out);

    /** Writes ∂f_i/∂z_j at z into {@code outRowMajor[i * dimension() + j]}, every entry. */
    void jacobian(double[] z, double[] outRowMajor);
}
