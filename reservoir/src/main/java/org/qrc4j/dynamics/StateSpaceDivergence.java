package org.qrc4j.dynamics;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * D_stsp, the state-space divergence KL(p_true ‖ p_gen) between where the true data and a generated
 * trajectory spend their time, in nats. It measures the geometry of the attractor, not the timing;
 * see {@link PowerSpectrumDistance} for the timing.
 *
 * <p>The conventions follow the authors' Julia code (DurstewitzLab/ALRNN-DSR,
 * {@code src/measures/stsp_measure.jl}, binning scheme {@code "default"}), which was read to confirm
 * them; the implementation here is independent.
 *
 * <h2>Histogram version (N &lt; 11, {@link #histogram})</h2>
 * <ul>
 *   <li>Per dimension d the range is [min_d − 0.1 σ_d, max_d + 0.1 σ_d] of the TRUE data, σ_d its
 *       sample standard deviation (divisor T − 1, as Julia's {@code std}), cut into {@code bins}
 *       equal bins, each closed on the left and open on the right.</li>
 *   <li>Points (of either set) outside that box are dropped: they count in neither histogram. The
 *       true data always lies inside; a generated trajectory that leaves the attractor's box is
 *       judged only on the part inside it. Non-finite generated points are dropped the same way.</li>
 *   <li>Laplace smoothing: with counts c_k over K = bins^N bins and α = 1e-5,
 *       p_k = (c_k + α) / (Σ c + α K), for both distributions.</li>
 *   <li>D = Σ_k p_true,k log(p_true,k / p_gen,k). If no generated point falls in the box the result
 *       is NaN, as in the authors' code.</li>
 * </ul>
 * K grows as bins^N (30^10 ≈ 6·10^14), so the histograms are kept sparse: bins empty in both sets
 * all have the same smoothed probabilities and are summed in one term, which gives exactly the dense
 * sum.
 *
 * <h2>Gaussian-mixture version (N ≥ 11, {@link #gaussianMixture})</h2>
 * Each point x_t of a set is the centre of an isotropic Gaussian with variance σ² (0.3 by default):
 * p(x) = (1/T) Σ_t N(x; x_t, σ² I). KL(p_true ‖ p_gen) is estimated by Monte Carlo (Hershey &amp;
 * Olsen 2007): draw S samples (1000 by default) from p_true by picking a true point uniformly and
 * adding N(0, σ² I) noise, then D ≈ (1/S) Σ_s [log p_true(x_s) − log p_gen(x_s)]. The log densities
 * are computed by log-sum-exp over the points, so far-away samples do not underflow (the authors'
 * code evaluates densities directly and drops samples where either underflows to 0; here no sample
 * is dropped). The Gaussian normalising constant is the same for both mixtures and cancels. Only the
 * first {@code maxPoints} (10 000 by default, as in the authors' code) points of each set are used,
 * to bound the cost S × T × N. Being a Monte-Carlo estimate, the value is random (fixed by the seed)
 * and may be slightly negative when the sets are alike.
 */
public final class StateSpaceDivergence {

    /** Bins per dimension of the histogram version. */
    public static final int DEFAULT_BINS = 30;
    /** Laplace smoothing added to every bin count. */
    public static final double SMOOTHING = 1e-5;
    /** The histogram version is used for fewer dimensions than this, the Gaussian mixture otherwise. */
    public static final int GMM_FROM_DIMENSION = 11;
    /** Variance σ² of each mixture component. */
    public static final double DEFAULT_VARIANCE = 0.3;
    /** Monte-Carlo samples of the mixture version. */
    public static final int DEFAULT_SAMPLES = 1000;
    /** Points of each set used by the mixture version. */
    public static final int DEFAULT_MAX_POINTS = 10_000;
    /** Grids of at most this many bins are counted in plain arrays, larger ones sparsely. */
    static final int DENSE_LIMIT = 1 << 22;
    /** Seed used by {@link #compute} for the mixture version. */
    public static final long DEFAULT_SEED = 0L;

    private StateSpaceDivergence() {
    }

    /**
     * D_stsp with the defaults: the histogram version with 30 bins for N &lt; 11, otherwise the
     * mixture version with σ² = 0.3, 1000 samples, 10 000 points and seed 0.
     *
     * @param trueData T × N
     * @param generated T' × N
     */
    public static double compute(double[][] trueData, double[][] generated) {
        int n = Checks.columns("true data", trueData);
        if (n < GMM_FROM_DIMENSION) {
            return histogram(trueData, generated, DEFAULT_BINS);
        }
        return gaussianMixture(trueData, generated, DEFAULT_VARIANCE, DEFAULT_SAMPLES, DEFAULT_MAX_POINTS,
                DEFAULT_SEED);
    }

    /** The histogram version with {@code bins} bins per dimension; see the class comment. */
    public static double histogram(double[][] trueData, double[][] generated, int bins) {
        int n = Checks.columns("true data", trueData);
        int ng = Checks.columns("generated data", generated);
        if (ng != n) {
            throw new IllegalArgumentException("true data has " + n + " columns, generated data " + ng);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be ≥ 1, got " + bins);
        }
        Checks.finite("true data", trueData);
        if (n * Math.log(bins) >= Math.log(Long.MAX_VALUE)) {
            throw new IllegalArgumentException(bins + " bins in " + n
                    + " dimensions are too many to index (bins^N must fit in a long); use gaussianMixture");
        }
        int t = trueData.length;
        if (t < 2) {
            throw new IllegalArgumentException("true data needs at least 2 rows for a standard deviation, has " + t);
        }
        double[] lo = new double[n];
        double[] width = new double[n];
        for (int d = 0; d < n; d++) {
            double mean = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : trueData) {
                mean += row[d];
                min = Math.min(min, row[d]);
                max = Math.max(max, row[d]);
            }
            mean /= t;
            double ss = 0;
            for (double[] row : trueData) {
                ss += (row[d] - mean) * (row[d] - mean);
            }
            double sigma = Math.sqrt(ss / (t - 1));
            if (!(max > min)) {
                throw new IllegalArgumentException("dimension " + d
                        + " of the true data is constant (" + min + "), so its bin range is empty");
            }
            lo[d] = min - 0.1 * sigma;
            width[d] = (max + 0.1 * sigma) - lo[d];
        }
        double k = Math.pow(bins, n);
        return k <= DENSE_LIMIT ? denseDivergence(trueData, generated, lo, width, bins, (int) k)
                : sparseDivergence(trueData, generated, lo, width, bins);
    }

    /** The divergence over a map of the bins either set visits; the empty bins are summed in one term. */
    static double sparseDivergence(double[][] trueData, double[][] generated, double[] lo, double[] width, int bins) {
        double k = Math.pow(bins, lo.length);
        Map<Long, long[]> counts = new HashMap<>();
        long trueTotal = count(trueData, lo, width, bins, counts, 0);
        long genTotal = count(generated, lo, width, bins, counts, 1);
        if (genTotal == 0) {
            return Double.NaN;
        }
        double pNorm = trueTotal + SMOOTHING * k;
        double qNorm = genTotal + SMOOTHING * k;
        double kl = 0;
        for (long[] c : counts.values()) {
            double p = (c[0] + SMOOTHING) / pNorm;
            double q = (c[1] + SMOOTHING) / qNorm;
            kl += p * Math.log(p / q);
        }
        // Every bin empty in both sets has p = α / pNorm and q = α / qNorm.
        double emptyBins = k - counts.size();
        kl += emptyBins * (SMOOTHING / pNorm) * Math.log(qNorm / pNorm);
        return kl;
    }

    /**
     * The same sum over plain count arrays, for grids small enough to hold (30 bins in 3 dimensions
     * are 27 000 bins): during training D_stsp is measured every K epochs, and boxing a map entry
     * per point made it a tenth of the training time.
     */
    static double denseDivergence(double[][] trueData, double[][] generated, double[] lo, double[] width,
            int bins, int k) {
        int[] trueCounts = new int[k];
        int[] genCounts = new int[k];
        long trueTotal = countDense(trueData, lo, width, bins, trueCounts);
        long genTotal = countDense(generated, lo, width, bins, genCounts);
        if (genTotal == 0) {
            return Double.NaN;
        }
        double pNorm = trueTotal + SMOOTHING * k;
        double qNorm = genTotal + SMOOTHING * k;
        double kl = 0;
        for (int b = 0; b < k; b++) {
            double p = (trueCounts[b] + SMOOTHING) / pNorm;
            double q = (genCounts[b] + SMOOTHING) / qNorm;
            kl += p * Math.log(p / q);
        }
        return kl;
    }

    private static long countDense(double[][] data, double[] lo, double[] width, int bins, int[] counts) {
        long total = 0;
        for (double[] row : data) {
            long index = binIndex(row, lo, width, bins);
            if (index >= 0) {
                counts[(int) index]++;
                total++;
            }
        }
        return total;
    }

    /** Adds the in-range points of {@code data} to {@code counts[bin][which]} and returns how many there were. */
    private static long count(double[][] data, double[] lo, double[] width, int bins, Map<Long, long[]> counts,
            int which) {
        long total = 0;
        for (double[] row : data) {
            long index = binIndex(row, lo, width, bins);
            if (index >= 0) {
                counts.computeIfAbsent(index, key -> new long[2])[which]++;
                total++;
            }
        }
        return total;
    }

    /** The flat index of the bin holding {@code row}, or −1 when it lies outside the box. */
    private static long binIndex(double[] row, double[] lo, double[] width, int bins) {
        long index = 0;
        for (int d = lo.length - 1; d >= 0; d--) {
            double u = (row[d] - lo[d]) / width[d] * bins;
            // NaN and ±∞ fail this test too, so non-finite points are dropped with the outliers.
            if (!(u >= 0 && u < bins)) {
                return -1;
            }
            index = index * bins + (long) u;
        }
        return index;
    }

    /**
     * The Gaussian-mixture version; see the class comment.
     *
     * @param variance σ² of each component, &gt; 0
     * @param samples Monte-Carlo samples drawn from p_true
     * @param maxPoints only the first {@code maxPoints} rows of each set are used
     * @param seed seed of the {@link Random} that draws the samples
     */
    public static double gaussianMixture(double[][] trueData, double[][] generated, double variance, int samples,
            int maxPoints, long seed) {
        int n = Checks.columns("true data", trueData);
        int ng = Checks.columns("generated data", generated);
        if (ng != n) {
            throw new IllegalArgumentException("true data has " + n + " columns, generated data " + ng);
        }
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("variance must be positive and finite, got " + variance);
        }
        if (samples < 1 || maxPoints < 1) {
            throw new IllegalArgumentException("samples and maxPoints must be ≥ 1, got " + samples + " and " + maxPoints);
        }
        Checks.finite("true data", trueData);
        int tp = Math.min(trueData.length, maxPoints);
        // Non-finite generated points would make every log density NaN; they are dropped instead, as
        // the histogram version drops points outside its box.
        double[][] gen = java.util.Arrays.stream(generated).limit(maxPoints)
                .filter(row -> java.util.Arrays.stream(row).allMatch(Double::isFinite))
                .toArray(double[][]::new);
        if (gen.length == 0) {
            return Double.NaN;
        }
        double sigma = Math.sqrt(variance);
        Random random = new Random(seed);
        double[] x = new double[n];
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            double[] centre = trueData[random.nextInt(tp)];
            for (int d = 0; d < n; d++) {
                x[d] = centre[d] + sigma * random.nextGaussian();
            }
            sum += logMixture(x, trueData, tp, variance) - logMixture(x, gen, gen.length, variance);
        }
        return sum / samples;
    }

    /** log((1/T) Σ_t exp(−|x − μ_t|² / (2σ²))) over the first {@code t} rows, by log-sum-exp. */
    private static double logMixture(double[] x, double[][] centres, int t, double variance) {
        double[] e = new double[t];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t; i++) {
            double[] mu = centres[i];
            double d2 = 0;
            for (int d = 0; d < x.length; d++) {
                double diff = x[d] - mu[d];
                d2 += diff * diff;
            }
            e[i] = -0.5 * d2 / variance;
            max = Math.max(max, e[i]);
        }
        double sum = 0;
        for (int i = 0; i < t; i++) {
            sum += Math.exp(e[i] - max);
        }
        return max + Math.log(sum) - Math.log(t);
    }
}
