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
 * @param dStsp               state-space divergence of a free run from the first data point
 * @param dH                  power-spectrum Hellinger distance of the run's first {@link #SPECTRUM_LENGTH}
 *                            steps against the data's first {@link #SPECTRUM_LENGTH} points
 * @param pe20                20-step prediction error from every data point
 * @param lyapunovPerStep     the Lyapunov spectrum per step, largest first
 * @param lyapunovMaxPerTime  the largest exponent per time unit (per step / Δt)
 * @param regionsUsed         regions the free run visits
 * @param regionVisits        visit frequency of each region
 * @param transitions         transitions[r][s]: steps from region r to region s
 * @param symbols             the free run's symbol sequence
 * @param fixedPoints         every region's fixed point, real or virtual
 * @param cycles              the real cycles of small period
 * @param generated           the free run's observations
 */
public record AlrnnEvaluation(double dStsp, double dH, double pe20, double[] lyapunovPerStep, double lyapunovMaxPerTime,
                              int regionsUsed, double[] regionVisits, int[][] transitions, int[] symbols,
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

    /** Transient steps before the Lyapunov sums start. */
    static final int LYAPUNOV_TRANSIENT = 1000;
    /** Steps the Lyapunov sums run over. */
    static final int LYAPUNOV_STEPS = 20_000;

    /** Measures {@code model} against {@code data} (z-scored, one row per time step of {@code dt}). */
    public static AlrnnEvaluation of(AlrnnModel model, double[][] data, double dt) {
        int length = Math.min(data.length, AlrnnTrainer.EVALUATION_LENGTH);
        double[][] latent = model.generateLatent(data[0], length);
        double[][] generated = AlrnnModel.observe(latent, model.observations());
        double[][] truth = data.length == length ? data : java.util.Arrays.copyOf(data, length);
        AlrnnMap map = model.map();
        double dStsp = StateSpaceDivergence.compute(truth, generated);
        int spectrumLength = Math.min(length, SPECTRUM_LENGTH);
        double dH = PowerSpectrumDistance.compute(java.util.Arrays.copyOf(truth, spectrumLength),
                java.util.Arrays.copyOf(generated, spectrumLength));
        double pe = PredictionError.meanSquared(model.observedModel(), data);
        Lyapunov.Spectrum spectrum = Lyapunov.spectrum(map, model.initialState(data[0]), LYAPUNOV_TRANSIENT, LYAPUNOV_STEPS);
        SymbolicDynamics.Statistics stats = SymbolicDynamics.statistics(map, latent);
        int maxPeriod = 2;
        while (map.regions() > 1 && Math.pow(map.regions(), maxPeriod + 1) <= 5000) {
            maxPeriod++;
        }
        List<SymbolicDynamics.Cycle> cycles = map.regions() > 1 ? SymbolicDynamics.cycles(map, maxPeriod) : List.of();
        double[] perStep = spectrum.perStep();
        return new AlrnnEvaluation(dStsp, dH, pe, perStep, perStep[0] / dt, stats.regionsUsed(), stats.visitFrequency(),
                stats.transitions(), stats.symbols(), SymbolicDynamics.fixedPoints(map), cycles, generated);
    }
}
