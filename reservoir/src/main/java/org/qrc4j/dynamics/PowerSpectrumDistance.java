package org.qrc4j.dynamics;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * D_H, the power-spectrum distance between true and generated time series: for every dimension the
 * Hellinger distance between the smoothed, normalised power spectra, averaged over dimensions. It
 * measures the timing (the frequencies) of a trajectory, not its geometry; see
 * {@link StateSpaceDivergence} for the geometry.
 *
 * <p>Per dimension, for a series x of length T:
 * <ol>
 *   <li>z-score x (subtract the mean, divide by the standard deviation). Only the mean removal
 *       matters: the scale cancels in step 4.</li>
 *   <li>Power spectrum P_k = |X_k|², k = 0 … ⌊T/2⌋, X the discrete Fourier transform (numpy's
 *       {@code rfft} bins). The DFT is exact for every T, with no padding or truncation: a power-of-two
 *       T goes straight to Commons Math's {@link FastFourierTransformer}, any other T through
 *       Bluestein's chirp-z identity, which rewrites the length-T DFT as a convolution computed with
 *       power-of-two FFTs (O(T log T)).</li>
 *   <li>Smooth P with a Gaussian kernel of standard deviation σ bins (20 by default) exactly as
 *       {@code scipy.ndimage.gaussian_filter1d} does: weights exp(−j²/(2σ²)) for |j| ≤ r with
 *       r = ⌊4σ + 0.5⌋, normalised to sum 1, output the same length as P, and the spectrum extended
 *       past its ends by mirror reflection that repeats the edge bin ("reflect": … P1 P0 | P0 P1 …).
 *       σ = 0 means no smoothing.</li>
 *   <li>Normalise to sum 1: p_k = P̃_k / Σ P̃.</li>
 *   <li>Hellinger distance H(p, q) = sqrt(1 − Σ_k sqrt(p_k q_k)), between 0 (same spectrum) and 1
 *       (disjoint support). It is computed in the equal form sqrt(½ Σ (√p_k − √q_k)²), which cannot go
 *       negative by rounding.</li>
 * </ol>
 * These conventions are those of the authors' code (DurstewitzLab/ALRNN-DSR: {@code metrics.py} and
 * {@code src/measures/pse.jl}, smoothing 20 from {@code settings/defaults.json}), read to confirm
 * them. The Julia version pads with ImageFiltering's "reflect" and aims, per its comment, to match
 * scipy; here scipy's convention is the reference.
 *
 * <p>Both series must have the same length T. A dimension whose generated series is constant (or
 * non-finite) has no defined spectrum; its distance, and so the average, is NaN, as in the authors'
 * code. A constant true dimension is an error.
 */
public final class PowerSpectrumDistance {

    /** Standard deviation of the Gaussian smoothing kernel, in frequency bins. */
    public static final double DEFAULT_SMOOTHING = 20.0;
    /** The kernel is cut at this many standard deviations (scipy's {@code truncate}). */
    public static final double TRUNCATE = 4.0;

    private PowerSpectrumDistance() {
    }

    /** D_H with smoothing σ = 20 bins: the mean over dimensions of {@link #perDimension}. */
    public static double compute(double[][] trueData, double[][] generated) {
        return compute(trueData, generated, DEFAULT_SMOOTHING);
    }

    /** D_H with smoothing {@code sigma} bins: the mean over dimensions of {@link #perDimension}. */
    public static double compute(double[][] trueData, double[][] generated, double sigma) {
        double[] h = perDimension(trueData, generated, sigma);
        double sum = 0;
        for (double v : h) {
            sum += v;
        }
        return sum / h.length;
    }

    /** The Hellinger distance of every dimension (columns of the T × N matrices). */
    public static double[] perDimension(double[][] trueData, double[][] generated, double sigma) {
        int n = Checks.columns("true data", trueData);
        int ng = Checks.columns("generated data", generated);
        if (ng != n || generated.length != trueData.length) {
            throw new IllegalArgumentException("true and generated data must have the same shape: "
                    + trueData.length + " × " + n + " vs " + generated.length + " × " + ng);
        }
        Checks.finite("true data", trueData);
        double[] h = new double[n];
        for (int d = 0; d < n; d++) {
            double[] x = column(trueData, d);
            double[] y = column(generated, d);
            double[] p = smoothedSpectrum(x, sigma);
            if (p == null) {
                throw new IllegalArgumentException("dimension " + d + " of the true data is constant");
            }
            double[] q = smoothedSpectrum(y, sigma);
            h[d] = q == null ? Double.NaN : hellinger(p, q);
        }
        return h;
    }

    /** H(p, q) = sqrt(½ Σ (√p − √q)²) = sqrt(1 − Σ √(p q)) for p, q summing to 1. */
    public static double hellinger(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions of different lengths " + p.length + " and " + q.length);
        }
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            double diff = Math.sqrt(p[k]) - Math.sqrt(q[k]);
            s += diff * diff;
        }
        return Math.sqrt(0.5 * s);
    }

    /**
     * Steps 1–4 of the class comment for one series: the z-scored, smoothed power spectrum normalised
     * to sum 1, of length ⌊T/2⌋ + 1; null if the series is constant or not finite (no spectrum).
     */
    public static double[] smoothedSpectrum(double[] x, double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("smoothing σ must be ≥ 0 and finite, got " + sigma);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a spectrum needs at least 2 points, got " + x.length);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / x.length);
        if (!(sd > 0) || !Double.isFinite(sd)) {
            return null;
        }
        double[] z = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            z[t] = (x[t] - mean) / sd;
        }
        double[] power = power(z);
        double[] smooth = sigma > 0 ? gaussianSmooth(power, sigma) : power;
        double total = 0;
        for (double v : smooth) {
            total += v;
        }
        for (int k = 0; k < smooth.length; k++) {
            smooth[k] /= total;
        }
        return smooth;
    }

    /** |X_k|² for k = 0 … ⌊T/2⌋, X the exact DFT of x (any length). */
    static double[] power(double[] x) {
        int n = x.length;
        double[] re = new double[n];
        double[] im = new double[n];
        dft(x, re, im);
        double[] p = new double[n / 2 + 1];
        for (int k = 0; k < p.length; k++) {
            p[k] = re[k] * re[k] + im[k] * im[k];
        }
        return p;
    }

    /** X_k = Σ_t x_t exp(−2πi k t / n), written into re and im. */
    static void dft(double[] x, double[] re, double[] im) {
        int n = x.length;
        if (Integer.bitCount(n) == 1) {
            double[][] data = {x.clone(), new double[n]};
            FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
            System.arraycopy(data[0], 0, re, 0, n);
            System.arraycopy(data[1], 0, im, 0, n);
            return;
        }
        // Bluestein: with w_k = exp(−iπ k²/n), kt = (k² + t² − (k − t)²)/2 gives
        // X_k = w_k Σ_t (x_t w_t) conj(w_{k−t}), a convolution, computed circularly with length m ≥ 2n − 1.
        int m = Integer.highestOneBit(2 * n - 1);
        if (m < 2 * n - 1) {
            m <<= 1;
        }
        double[] wr = new double[n];
        double[] wi = new double[n];
        for (int k = 0; k < n; k++) {
            // k² mod 2n keeps the angle small, so large k lose no precision.
            long k2 = ((long) k * k) % (2L * n);
            double angle = Math.PI * k2 / n;
            wr[k] = Math.cos(angle);
            wi[k] = -Math.sin(angle);
        }
        double[][] a = new double[2][m];
        double[][] b = new double[2][m];
        for (int k = 0; k < n; k++) {
            a[0][k] = x[k] * wr[k];
            a[1][k] = x[k] * wi[k];
        }
        b[0][0] = wr[0];
        b[1][0] = -wi[0];
        for (int k = 1; k < n; k++) {
            b[0][k] = wr[k];
            b[1][k] = -wi[k];
            b[0][m - k] = wr[k];
            b[1][m - k] = -wi[k];
        }
        FastFourierTransformer.transformInPlace(a, DftNormalization.STANDARD, TransformType.FORWARD);
        FastFourierTransformer.transformInPlace(b, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int k = 0; k < m; k++) {
            double r = a[0][k] * b[0][k] - a[1][k] * b[1][k];
            double i = a[0][k] * b[1][k] + a[1][k] * b[0][k];
            a[0][k] = r;
            a[1][k] = i;
        }
        // STANDARD normalisation divides the inverse by m, as a convolution needs.
        FastFourierTransformer.transformInPlace(a, DftNormalization.STANDARD, TransformType.INVERSE);
        for (int k = 0; k < n; k++) {
            re[k] = a[0][k] * wr[k] - a[1][k] * wi[k];
            im[k] = a[0][k] * wi[k] + a[1][k] * wr[k];
        }
    }

    /** scipy.ndimage.gaussian_filter1d(p, sigma, mode="reflect", truncate=4.0). */
    static double[] gaussianSmooth(double[] p, double sigma) {
        int r = (int) (TRUNCATE * sigma + 0.5);
        double[] kernel = new double[2 * r + 1];
        double sum = 0;
        for (int j = -r; j <= r; j++) {
            kernel[j + r] = Math.exp(-0.5 * j * j / (sigma * sigma));
            sum += kernel[j + r];
        }
        int n = p.length;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int j = -r; j <= r; j++) {
                s += kernel[j + r] * p[reflect(k + j, n)];
            }
            out[k] = s / sum;
        }
        return out;
    }

    /** Index into a length-n array extended by half-sample mirroring, period 2n: … 1 0 | 0 1 … n−1 | n−1 …. */
    static int reflect(int i, int n) {
        int period = 2 * n;
        int m = Math.floorMod(i, period);
        return m < n ? m : period - 1 - m;
    }

    private static double[] column(double[][] data, int d) {
        double[] c = new double[data.length];
        for (int t = 0; t < data.length; t++) {
            c[t] = data[t][d];
        }
        return c;
    }
}
