package org.qrc4j.dynamics;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.qrc4j.simulator.kernel.Parallel;

/**
 * Lyapunov exponents of a {@link DiscreteMap} along a trajectory, by the QR method (Benettin et al.;
 * Eckmann &amp; Ruelle).
 *
 * <p>Starting from z_0 and an orthonormal frame Q_0 = I, every step computes J(z_t) Q_t = Q_{t+1} R_{t+1}
 * (Householder QR, EJML) and moves z_{t+1} = F(z_t). After a transient of {@code transientSteps} steps,
 * during which the state and the frame evolve but nothing is summed (so the frame has aligned with the
 * Oseledets directions), the exponents are λ_i = (1/S) Σ log|R_ii| over the next S = {@code steps}
 * steps. They are per step (natural log); divide by the time step Δt of the map for per time unit
 * ({@link Spectrum#perTimeUnit}). The sum of the exponents is the mean of log|det J| along the
 * trajectory, which the method reproduces to rounding.
 *
 * <p>For the AL-RNN the Jacobian A + W D(z) is piecewise constant, so this is exact along the
 * computed trajectory; the only error is the finite length S. The exponents are returned sorted
 * from largest to smallest (QR usually yields them in that order; a map whose Jacobian is exactly
 * diagonal may not).
 *
 * <p>On a chaotic attractor a finite-length estimate wanders with the stretch of attractor it saw: on
 * Lorenz-like AL-RNN models 20 000 steps from different starting points gave largest exponents from
 * 0.64 to 0.86 per time unit for a model whose 400 000-step estimates all lie between 0.71 and 0.74.
 * {@link #fromStarts} therefore averages runs from several starting points and reports the spread.
 */
public final class Lyapunov {

    private Lyapunov() {
    }

    /** Lyapunov exponents per step, largest first, measured over {@code steps} steps. */
    public record Spectrum(double[] perStep, int steps) {

        /** Copies the exponents. */
        public Spectrum {
            perStep = perStep.clone();
        }

        /** The exponents per step, largest first (a copy). */
        @Override
        public double[] perStep() {
            return perStep.clone();
        }

        /** The largest exponent per step; positive means chaos. */
        public double largest() {
            return perStep[0];
        }

        /** The sum of the exponents per step, the mean log|det J| along the trajectory. */
        public double sum() {
            double s = 0;
            for (double v : perStep) {
                s += v;
            }
            return s;
        }

        /** The exponents per time unit, for a map that advances time by {@code dt}: per step / Δt. */
        public double[] perTimeUnit(double dt) {
            if (!(dt > 0) || Double.isInfinite(dt)) {
                throw new IllegalArgumentException("Δt must be positive and finite, got " + dt);
            }
            double[] r = perStep.clone();
            for (int i = 0; i < r.length; i++) {
                r[i] /= dt;
            }
            return r;
        }
    }

    /**
     * The Lyapunov spectrum of {@code map} along the trajectory from {@code z0}; see the class comment.
     *
     * @param transientSteps steps discarded first (≥ 0)
     * @param steps steps averaged over (≥ 1)
     * @throws IllegalStateException if the trajectory or the Jacobian becomes non-finite (a diverging
     *         map has no spectrum), naming the step
     */
    public static Spectrum spectrum(DiscreteMap map, double[] z0, int transientSteps, int steps) {
        int m = map.dimension();
        if (z0.length != m) {
            throw new IllegalArgumentException("initial state has length " + z0.length + ", the map has dimension " + m);
        }
        if (transientSteps < 0 || steps < 1) {
            throw new IllegalArgumentException("need transient ≥ 0 and steps ≥ 1, got " + transientSteps + " and " + steps);
        }
        double[] z = z0.clone();
        double[] next = new double[m];
        DMatrixRMaj jac = new DMatrixRMaj(m, m);
        DMatrixRMaj q = CommonOps_DDRM.identity(m);
        DMatrixRMaj product = new DMatrixRMaj(m, m);
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, m);
        double[] sums = new double[m];
        for (int t = 0; t < transientSteps + steps; t++) {
            map.jacobian(z, jac.data);
            CommonOps_DDRM.mult(jac, q, product);
            if (!qr.decompose(product)) {
                throw new IllegalStateException("QR decomposition failed at step " + t);
            }
            qr.getQ(q, true);
            qr.getR(r, true);
            if (t >= transientSteps) {
                for (int i = 0; i < m; i++) {
                    sums[i] += Math.log(Math.abs(r.get(i, i)));
                }
            }
            map.step(z, next);
            double[] swap = z;
            z = next;
            next = swap;
            for (int i = 0; i < m; i++) {
                if (!Double.isFinite(z[i])) {
                    throw new IllegalStateException("the trajectory became non-finite at step " + (t + 1)
                            + " (z[" + i + "] = " + z[i] + ")");
                }
            }
        }
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(sums[i])) {
                throw new IllegalStateException("a Jacobian entry was not finite along the trajectory");
            }
            sums[i] /= steps;
        }
        // Descending order; −∞ (a singular direction) sorts last.
        Arrays.sort(sums);
        for (int i = 0; i < m / 2; i++) {
            double s = sums[i];
            sums[i] = sums[m - 1 - i];
            sums[m - 1 - i] = s;
        }
        return new Spectrum(sums, steps);
    }

    /**
     * The spectrum averaged over runs from several starting points, with the spread of the largest
     * exponent between them.
     *
     * @param mean                  the mean of the runs' spectra (element by element), over all their steps
     * @param largestPerStart       each run's largest exponent per step, in the order of the starts
     * @param largestStandardError  the standard error of the mean largest exponent per step: the sample
     *                              standard deviation of {@code largestPerStart} over √(runs); NaN for
     *                              one run. The runs are treated as independent samples, which they are
     *                              when each is long against the map's correlation time.
     */
    public record Estimate(Spectrum mean, double[] largestPerStart, double largestStandardError) {

        /** Copies the array. */
        public Estimate {
            largestPerStart = largestPerStart.clone();
        }

        /** Each run's largest exponent per step (a copy). */
        @Override
        public double[] largestPerStart() {
            return largestPerStart.clone();
        }
    }

    /**
     * {@link #fromStarts(DiscreteMap, List, int, int, int)} on all cores.
     */
    public static Estimate fromStarts(DiscreteMap map, List<double[]> starts, int transientSteps, int stepsEach) {
        return fromStarts(map, starts, transientSteps, stepsEach, Parallel.MAX_THREADS);
    }

    /**
     * Runs {@link #spectrum} from each of {@code starts} ({@code transientSteps} discarded, then
     * {@code stepsEach} summed) and averages the spectra. The runs are independent and shared out
     * over {@code threads} threads; the result does not depend on how many there are.
     *
     * @throws IllegalArgumentException if {@code starts} is empty or {@code threads} &lt; 1, or as
     *         {@link #spectrum}
     * @throws IllegalStateException as {@link #spectrum}
     */
    public static Estimate fromStarts(DiscreteMap map, List<double[]> starts, int transientSteps, int stepsEach,
            int threads) {
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("starts must hold at least one initial state, got none");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int k = starts.size();
        Spectrum[] runs = new Spectrum[k];
        Parallel.forRange(k, threads, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                runs[i] = spectrum(map, starts.get(i), transientSteps, stepsEach);
            }
        });
        int m = map.dimension();
        double[] mean = new double[m];
        double[] largest = new double[k];
        for (int i = 0; i < k; i++) {
            double[] run = runs[i].perStep();
            for (int j = 0; j < m; j++) {
                mean[j] += run[j] / k;
            }
            largest[i] = run[0];
        }
        double standardError = Double.NaN;
        if (k > 1) {
            double ss = 0;
            for (double v : largest) {
                ss += (v - mean[0]) * (v - mean[0]);
            }
            standardError = Math.sqrt(ss / (k - 1) / k);
        }
        return new Estimate(new Spectrum(mean, stepsEach * k), largest, standardError);
    }

    /** The largest Lyapunov exponent per step: {@code spectrum(...).largest()}. */
    public static double largest(DiscreteMap map, double[] z0, int transientSteps, int steps) {
        return spectrum(map, z0, transientSteps, steps).largest();
    }
}
