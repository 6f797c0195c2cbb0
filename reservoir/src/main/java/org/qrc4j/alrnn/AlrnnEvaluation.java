package org.qrc4j.alrnn;

import java.util.List;
import org.qrc4j.dynamics.Lyapunov;
import org.qrc4j.dynamics.PowerSpectrumDistance;
import org.qrc4j.dynamics.PredictionError;
import org.qrc4j.dynamics.StateSpaceDivergence;

/**
 * Everything measured about a trained AL-RNN against its data: D_stsp and D_H of a free run, the
 * 20-step prediction error, the Lyapunov spectrum (per step and per time unit), and the symbolic
 * code: regions used, visit frequencies, transitions, fixed points and cycles.
 *
 * <p>Every measure of the free run looks at the attractor, not at the way there: the run starts from
 * the first data point, and its first {@link #TRANSIENT} steps are dropped before anything is
 * measured (as the authors' tutorial does with its {@code T_r = 1000}). The run kept is as long as
 * the data, at most {@link AlrnnTrainer#EVALUATION_LENGTH} steps. Without the cut a model whose
 * attractor uses three regions can be counted as using four because its first few hundred steps
 * pass through the fourth (the authors' published Lorenz model does exactly that from the first
 * point of their test file).
 *
 * <p>Regions are counted twice, because a trained model often visits a fourth Lorenz region for a
 * few steps in a hundred thousand: {@code regionsUsed} counts the regions of the window the authors
 * count in (their tutorial: 10 000 steps after the transient, {@link #SYMBOL_WINDOW}), the number
 * their "3 of 4 regions" refers to; {@code regionsVisited} counts every region the whole run
 * touches, and {@code regionVisits} gives each one's share of the whole run, so a rare region is
 * never hidden.
 *
 * <p>The Lyapunov exponents are averaged over {@link #LYAPUNOV_STARTS} consecutive stretches of one
 * long free run from the first data point, each {@link #TRANSIENT} steps for its frame to align and
 * then {@link #LYAPUNOV_STEPS} steps summed, and the largest comes with its standard error over the
 * stretches (batch means). One run of 20 000 steps was not enough: on a trained Lorenz model such
 * runs gave 0.64 to 0.86 per time unit from different starts, while 400 000-step runs agreed on 0.71
 * to 0.74. The stretches continue the same trajectory rather than start from other data points
 * because a model may have more than one attractor (a fixed point beside a cycle, say): the exponents
 * then describe the attractor the other measures describe, not an average over attractors.
 *
 * @param dStsp               state-space divergence of the free run against the data
 * @param dH                  power-spectrum Hellinger distance of the run's first {@link #SPECTRUM_LENGTH}
 *                            steps against the data's first {@link #SPECTRUM_LENGTH} points
 * @param pe20                20-step prediction error from every data point
 * @param lyapunovPerStep     the Lyapunov spectrum per step, largest first
 * @param lyapunovMaxPerTime  the largest exponent per time unit (per step / Δt)
 * @param lyapunovMaxStandardError its standard error per time unit over the stretches (0 when they agree exactly)
 * @param regionsUsed         regions visited in the first {@link #SYMBOL_WINDOW} steps after the transient
 * @param regionsVisited      regions visited anywhere in the run
 * @param regionVisits        visit frequency of each region over the whole run
 * @param transitions         transitions[r][s]: steps from region r to region s over the whole run
 * @param symbols             the whole run's symbol sequence
 * @param fixedPoints         every region's fixed point, real or virtual
 * @param cycles              the real cycles of small period
 * @param generated           the free run's observations
 */
public record AlrnnEvaluation(double dStsp, double dH, double pe20, double[] lyapunovPerStep, double lyapunovMaxPerTime,
                              double lyapunovMaxStandardError,
                              int regionsUsed, int regionsVisited, double[] regionVisits, int[][] transitions, int[] symbols,
                              List<SymbolicDynamics.FixedPoint> fixedPoints, List<SymbolicDynamics.Cycle> cycles,
                              double[][] generated) {

    /**
     * Steps of the free run (and of the data) whose power spectra D_H compares, as the authors'
     * tutorial does (10 000). The smoothing width of D_H is given in frequency bins (σ = 20), so it
     * only means the same thing at the same length: on 100 000 steps the same σ smooths ten times
     * less and the distance grows (measured on one Lorenz model: 0.108 on 10 000 steps, 0.324 on
     * 100 000).
     */
    public static final int SPECTRUM_LENGTH = 10_000;

    /** Steps after the transient whose regions {@code regionsUsed} counts, as the authors' tutorial ({@code T_gen}). */
    public static final int SYMBOL_WINDOW = 10_000;

    /** Steps of a free run dropped as its transient before it is measured (and before the Lyapunov sums start). */
    public static final int TRANSIENT = 1000;
    /** Stretches of the free run the Lyapunov exponents are averaged over. */
    public static final int LYAPUNOV_STARTS = 8;
    /** Steps each Lyapunov stretch sums over, after its {@link #TRANSIENT} steps of frame alignment. */
    public static final int LYAPUNOV_STEPS = 40_000;

    /** {@link #of(AlrnnModel, double[][], double, int)} on all cores. */
    public static AlrnnEvaluation of(AlrnnModel model, double[][] data, double dt) {
        return of(model, data, dt, org.qrc4j.simulator.kernel.Parallel.MAX_THREADS);
    }

    /**
     * Measures {@code model} against {@code data} (z-scored, one row per time step of {@code dt}),
     * running the Lyapunov runs on up to {@code threads} threads (the numbers do not depend on it).
     *
     * @throws DivergenceException if the model's free run from the first data point, or one of its
     *         Lyapunov runs, overflows: such a model has no attractor to measure
     */
    public static AlrnnEvaluation of(AlrnnModel model, double[][] data, double dt, int threads) {
        int length = Math.min(data.length, AlrnnTrainer.EVALUATION_LENGTH);
        double[][] latent = freeRun(model, data[0], length);
        requireFinite(latent);
        double[][] generated = AlrnnModel.observe(latent, model.observations());
        double[][] truth = data.length == length ? data : java.util.Arrays.copyOf(data, length);
        AlrnnMap map = model.map();
        double dStsp = StateSpaceDivergence.compute(truth, generated);
        int spectrumLength = Math.min(length, SPECTRUM_LENGTH);
        double dH = PowerSpectrumDistance.compute(java.util.Arrays.copyOf(truth, spectrumLength),
                java.util.Arrays.copyOf(generated, spectrumLength));
        double pe = PredictionError.meanSquared(model.observedModel(), data);
        List<double[]> starts = stretchStarts(model, data[0]);
        Lyapunov.Estimate lyapunov;
        try {
            lyapunov = Lyapunov.fromStarts(map, starts, TRANSIENT, LYAPUNOV_STEPS, threads);
        } catch (IllegalStateException ex) {
            throw new DivergenceException("the model's free run diverges in its Lyapunov stretches: " + ex.getMessage());
        }
        SymbolicDynamics.Statistics stats = SymbolicDynamics.statistics(map, latent);
        // The window's regions are the distinct symbols of its steps, read off the whole run's symbols.
        int regionsUsed = (int) java.util.Arrays.stream(stats.symbols(), 0, Math.min(length, SYMBOL_WINDOW))
                .distinct().count();
        int maxPeriod = 2;
        while (map.regions() > 1 && Math.pow(map.regions(), maxPeriod + 1) <= 5000) {
            maxPeriod++;
        }
        List<SymbolicDynamics.Cycle> cycles = map.regions() > 1 ? SymbolicDynamics.cycles(map, maxPeriod) : List.of();
        double[] perStep = lyapunov.mean().perStep();
        return new AlrnnEvaluation(dStsp, dH, pe, perStep, perStep[0] / dt, lyapunov.largestStandardError() / dt, regionsUsed, stats.regionsUsed(), stats.visitFrequency(),
                stats.transitions(), stats.symbols(), SymbolicDynamics.fixedPoints(map), cycles, generated);
    }

    /**
     * The states where the Lyapunov stretches start: the free run from x0 at steps TRANSIENT + i ×
     * (TRANSIENT + LYAPUNOV_STEPS), so each stretch's summed steps end where the next one starts.
     */
    static List<double[]> stretchStarts(AlrnnModel model, double[] x0) {
        AlrnnMap map = model.map();
        double[] z = model.initialState(x0);
        double[] next = new double[z.length];
        List<double[]> starts = new java.util.ArrayList<>();
        int stride = TRANSIENT + LYAPUNOV_STEPS;
        for (long t = 0; starts.size() < LYAPUNOV_STARTS; t++) {
            if (t >= TRANSIENT && (t - TRANSIENT) % stride == 0) {
                starts.add(z.clone());
            }
            map.step(z, next);
            double[] swap = z;
            z = next;
            next = swap;
        }
        return starts;
    }

    /** Throws if the free run (after its transient) holds a value that is not finite. */
    private static void requireFinite(double[][] latent) {
        for (int t = 0; t < latent.length; t++) {
            for (double v : latent[t]) {
                if (!Double.isFinite(v)) {
                    throw new DivergenceException("the model's free run from the first data point is not finite at"
                            + " step " + (TRANSIENT + t) + " (" + v + "): it diverges, so it has no attractor to measure");
                }
            }
        }
    }

    /** The latent states of a free run from x0 after its first {@link #TRANSIENT} steps: {@code length} of them. */
    public static double[][] freeRun(AlrnnModel model, double[] x0, int length) {
        double[][] run = model.generateLatent(x0, TRANSIENT + length);
        return java.util.Arrays.copyOfRange(run, TRANSIENT, TRANSIENT + length);
    }

    /**
     * The observations (first N units) of the same run as {@link #freeRun}, without keeping the
     * latent states: the trainer measures D_stsp on it every K epochs.
     */
    public static double[][] freeRunObservations(AlrnnModel model, double[] x0, int length) {
        AlrnnMap map = model.map();
        int n = model.observations();
        double[] z = model.initialState(x0);
        double[] next = new double[z.length];
        double[][] out = new double[length][];
        for (int t = 0; t < TRANSIENT + length; t++) {
            if (t >= TRANSIENT) {
                out[t - TRANSIENT] = java.util.Arrays.copyOf(z, n);
            }
            map.step(z, next);
            double[] swap = z;
            z = next;
            next = swap;
        }
        return out;
    }
}
