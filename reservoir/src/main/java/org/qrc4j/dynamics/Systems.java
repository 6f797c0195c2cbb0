package org.qrc4j.dynamics;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;

/**
 * Benchmark chaotic flows and their sampled, z-scored trajectories.
 *
 * <ul>
 *   <li>Lorenz-63: dx = σ(y − x), dy = x(ρ − z) − y, dz = xy − βz with σ = 10, ρ = 28, β = 8/3,
 *       sampled at Δt = 0.01. Largest Lyapunov exponent ≈ 0.906 per time unit.</li>
 *   <li>Rössler: dx = −y − z, dy = x + ay, dz = b + z(x − c) with a = 0.2, b = 0.2, c = 5.7, sampled
 *       at Δt = 0.08. Largest Lyapunov exponent ≈ 0.07 per time unit.</li>
 * </ul>
 *
 * <p>Trajectories are integrated with Commons Math's Dormand–Prince 8(5,3) integrator at absolute and
 * relative tolerance 1e-10; samples at t·Δt come from its dense output (the integrator's own
 * interpolant, of the same order), so the step size is not tied to Δt. A transient of
 * {@value #DEFAULT_TRANSIENT} time units is integrated and discarded first, so the samples lie on the
 * attractor. The default initial condition is (1, 1, 1) for both systems; pass another to
 * {@link #generate} for independent trajectories.
 */
public final class Systems {

    /** Lorenz-63 sampling interval. */
    public static final double LORENZ63_DT = 0.01;
    /** Rössler sampling interval. */
    public static final double ROSSLER_DT = 0.08;
    /** Time units integrated and discarded before sampling. */
    public static final double DEFAULT_TRANSIENT = 100.0;
    /** Integrator tolerance (absolute and relative). */
    public static final double TOLERANCE = 1e-10;

    private Systems() {
    }

    /** The Lorenz-63 vector field with parameters σ, ρ, β. */
    public static VectorField lorenz63Field(double sigma, double rho, double beta) {
        return new VectorField() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public void derivative(double[] z, double[] out) {
                out[0] = sigma * (z[1] - z[0]);
                out[1] = z[0] * (rho - z[2]) - z[1];
                out[2] = z[0] * z[1] - beta * z[2];
            }

            @Override
            public void jacobian(double[] z, double[] j) {
                j[0] = -sigma;
                j[1] = sigma;
                j[2] = 0;
                j[3] = rho - z[2];
                j[4] = -1;
                j[5] = -z[0];
                j[6] = z[1];
                j[7] = z[0];
                j[8] = -beta;
            }
        };
    }

    /** The standard Lorenz-63 field: σ = 10, ρ = 28, β = 8/3. */
    public static VectorField lorenz63Field() {
        return lorenz63Field(10, 28, 8.0 / 3.0);
    }

    /** The Rössler vector field with parameters a, b, c. */
    public static VectorField rosslerField(double a, double b, double c) {
        return new VectorField() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public void derivative(double[] z, double[] out) {
                out[0] = -z[1] - z[2];
                out[1] = z[0] + a * z[1];
                out[2] = b + z[2] * (z[0] - c);
            }

            @Override
            public void jacobian(double[] z, double[] j) {
                j[0] = 0;
                j[1] = -1;
                j[2] = -1;
                j[3] = 1;
                j[4] = a;
                j[5] = 0;
                j[6] = z[2];
                j[7] = 0;
                j[8] = z[0] - c;
            }
        };
    }

    /** The standard Rössler field: a = 0.2, b = 0.2, c = 5.7. */
    public static VectorField rosslerField() {
        return rosslerField(0.2, 0.2, 5.7);
    }

    /** n z-scored Lorenz-63 points at Δt = 0.01 from (1, 1, 1) after the default transient. */
    public static Trajectory lorenz63(int n) {
        return generate(lorenz63Field(), new double[] {1, 1, 1}, LORENZ63_DT, DEFAULT_TRANSIENT, n);
    }

    /** n z-scored Rössler points at Δt = 0.08 from (1, 1, 1) after the default transient. */
    public static Trajectory rossler(int n) {
        return generate(rosslerField(), new double[] {1, 1, 1}, ROSSLER_DT, DEFAULT_TRANSIENT, n);
    }

    /**
     * Integrates {@code field} from {@code x0} for {@code transientTime}, then samples n points Δt
     * apart (the first at the end of the transient) and z-scores them; see {@link Trajectory}.
     *
     * @throws IllegalStateException if the solution leaves the finite numbers
     */
    public static Trajectory generate(VectorField field, double[] x0, double dt, double transientTime, int n) {
        int dim = field.dimension();
        if (x0.length != dim) {
            throw new IllegalArgumentException("initial condition has length " + x0.length + ", the field has dimension " + dim);
        }
        if (!(dt > 0) || Double.isInfinite(dt) || !(transientTime >= 0) || Double.isInfinite(transientTime)) {
            throw new IllegalArgumentException("need Δt > 0 and transient ≥ 0, finite; got " + dt + " and " + transientTime);
        }
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 points to z-score, got " + n);
        }
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return dim;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                field.derivative(y, yDot);
            }
        };
        double[] y = x0.clone();
        if (transientTime > 0) {
            integrator().integrate(ode, 0, y, transientTime, y);
        }
        double[][] raw = new double[n][];
        raw[0] = y.clone();
        FirstOrderIntegrator integrator = integrator();
        integrator.addStepHandler(new StepHandler() {
            private int next = 1;

            @Override
            public void init(double t0, double[] y0, double t) {
            }

            @Override
            public void handleStep(StepInterpolator interpolator, boolean isLast) {
                double end = interpolator.getCurrentTime();
                // Sample times k·Δt are computed by one multiplication, the same expression as the
                // final time, so the last sample falls exactly on the end of the last step.
                while (next < n && next * dt <= end) {
                    interpolator.setInterpolatedTime(next * dt);
                    raw[next++] = interpolator.getInterpolatedState().clone();
                }
            }
        });
        integrator.integrate(ode, 0, y, (n - 1) * dt, y);
        for (int t = 0; t < n; t++) {
            if (raw[t] == null) {
                throw new IllegalStateException("integration stopped before sample " + t);
            }
            for (int i = 0; i < dim; i++) {
                if (!Double.isFinite(raw[t][i])) {
                    throw new IllegalStateException("the solution became non-finite at sample " + t);
                }
            }
        }
        double[] mean = new double[dim];
        double[] sd = new double[dim];
        for (double[] row : raw) {
            for (int i = 0; i < dim; i++) {
                mean[i] += row[i] / n;
            }
        }
        for (double[] row : raw) {
            for (int i = 0; i < dim; i++) {
                sd[i] += (row[i] - mean[i]) * (row[i] - mean[i]);
            }
        }
        for (int i = 0; i < dim; i++) {
            sd[i] = Math.sqrt(sd[i] / n);
            if (!(sd[i] > 0)) {
                throw new IllegalStateException("dimension " + i + " is constant along the trajectory; cannot z-score");
            }
        }
        double[][] data = new double[n][dim];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < dim; i++) {
                data[t][i] = (raw[t][i] - mean[i]) / sd[i];
            }
        }
        return new Trajectory(raw, data, mean, sd, dt);
    }

    private static FirstOrderIntegrator integrator() {
        return new DormandPrince853Integrator(1e-12, 1.0, TOLERANCE, TOLERANCE);
    }

    /**
     * The classical fourth-order Runge–Kutta step of {@code field} with step h, as a {@link DiscreteMap}
     * with its exact Jacobian (the chain rule through the four stages). Its Lyapunov exponents divided
     * by h approximate the flow's per time unit.
     */
    public static DiscreteMap rk4Map(VectorField field, double h) {
        int m = field.dimension();
        return new DiscreteMap() {
            private final double[] k1 = new double[m];
            private final double[] k2 = new double[m];
            private final double[] k3 = new double[m];
            private final double[] k4 = new double[m];
            private final double[] tmp = new double[m];
            private final double[] jf = new double[m * m];
            private final double[] d1 = new double[m * m];
            private final double[] d2 = new double[m * m];
            private final double[] d3 = new double[m * m];
            private final double[] d4 = new double[m * m];

            @Override
            public int dimension() {
                return m;
            }

            @Override
            public void step(double[] z, double[] out) {
                stages(z, false);
                for (int i = 0; i < m; i++) {
                    out[i] = z[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
            }

            @Override
            public void jacobian(double[] z, double[] out) {
                stages(z, true);
                for (int a = 0; a < m * m; a++) {
                    out[a] = h / 6 * (d1[a] + 2 * d2[a] + 2 * d3[a] + d4[a]);
                }
                for (int i = 0; i < m; i++) {
                    out[i * m + i] += 1;
                }
            }

            /** k_s = f(z + c_s h k_{s−1}); with derivatives, dk_s = Jf(·) (I + c_s h dk_{s−1}). */
            private void stages(double[] z, boolean derivatives) {
                field.derivative(z, k1);
                if (derivatives) {
                    field.jacobian(z, d1);
                }
                stage(z, k1, d1, 0.5 * h, k2, d2, derivatives);
                stage(z, k2, d2, 0.5 * h, k3, d3, derivatives);
                stage(z, k3, d3, h, k4, d4, derivatives);
            }

            private void stage(double[] z, double[] kPrev, double[] dPrev, double c, double[] k, double[] d,
                    boolean derivatives) {
                for (int i = 0; i < m; i++) {
                    tmp[i] = z[i] + c * kPrev[i];
                }
                field.derivative(tmp, k);
                if (!derivatives) {
                    return;
                }
                field.jacobian(tmp, jf);
                // d = jf (I + c dPrev) = jf + c jf dPrev
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        double s = jf[i * m + j];
                        for (int l = 0; l < m; l++) {
                            s += c * jf[i * m + l] * dPrev[l * m + j];
                        }
                        d[i * m + j] = s;
                    }
                }
            }
        };
    }
}
