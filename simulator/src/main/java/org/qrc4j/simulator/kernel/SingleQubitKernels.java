package org.qrc4j.simulator.kernel;

/**
 * In-place one-qubit kernels on a state split into real and imaginary arrays.
 *
 * <p>Each kernel visits the pairs {@code (i, i + 2^k)} whose index {@code i} has bit k clear; the
 * pairs are numbered {@code 0 .. 2^(n-1) - 1} and a call covers pairs {@code [lo, hi)}, so callers can
 * split the work over threads. Pairs whose numbers share their high bits are contiguous in memory,
 * so the inner loops run over unit-stride runs with no index arithmetic per amplitude.
 */
public final class SingleQubitKernels {

    /*
     * 1/√2 as an unevaluated sum HI + LO (HI the double nearest to it). No double equals 1/√2, so
     * multiplying by the nearest one makes every H or T grow the norm by about 1.4e-16 (measured:
     * 1.4e-12 after 10^4 H gates), a bias that adds up past 1e-12 within 10^5 random gates.
     * fma(x, HI, x·LO) rounds x/√2 once, nearly exactly: the bias is gone (3e-15 after 10^4 H gates,
     * rounding noise) and H|0⟩ still gives 0.7071067811865476 twice. Math.fma is one instruction on
     * every x86-64 CPU since 2013 and on ARM64.
     */
    private static final double SQRT_HALF_HI = 0.7071067811865476;
    private static final double SQRT_HALF_LO = -4.833646656726457e-17;

    private SingleQubitKernels() {
    }

    /** Hadamard on qubit k: (a, b) becomes ((a + b)/√2, (a − b)/√2), with 1/√2 to double-double precision. */
    public static void hadamard(double[] re, double[] im, int k, int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int i = ((p >>> k) << (k + 1)) | (p & mask);
            for (; p < runEnd; p++, i++) {
                int j = i + stride;
                double sr = re[i] + re[j], si = im[i] + im[j];
                double dr = re[i] - re[j], di = im[i] - im[j];
                re[i] = Math.fma(sr, SQRT_HALF_HI, sr * SQRT_HALF_LO);
                im[i] = Math.fma(si, SQRT_HALF_HI, si * SQRT_HALF_LO);
                re[j] = Math.fma(dr, SQRT_HALF_HI, dr * SQRT_HALF_LO);
                im[j] = Math.fma(di, SQRT_HALF_HI, di * SQRT_HALF_LO);
            }
        }
    }

    /**
     * T (sign +1) or T† (sign −1) on qubit k: multiplies amplitudes with bit k set by e^{±iπ/4} =
     * (1 ± i)/√2, with 1/√2 to double-double precision (see {@link #hadamard}).
     */
    public static void eighthTurn(double[] re, double[] im, int k, int sign, int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        final double s = sign;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int j = (((p >>> k) << (k + 1)) | (p & mask)) + stride;
            for (; p < runEnd; p++, j++) {
                double a = re[j], b = im[j];
                double r = a - s * b, m = b + s * a;
                re[j] = Math.fma(r, SQRT_HALF_HI, r * SQRT_HALF_LO);
                im[j] = Math.fma(m, SQRT_HALF_HI, m * SQRT_HALF_LO);
            }
        }
    }

    /** Applies the 2×2 complex matrix {@code m} (interleaved, row-major) to qubit k. */
    public static void dense(double[] re, double[] im, int k, double[] m, int lo, int hi) {
        final double m00r = m[0], m00i = m[1], m01r = m[2], m01i = m[3];
        final double m10r = m[4], m10i = m[5], m11r = m[6], m11i = m[7];
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int i = ((p >>> k) << (k + 1)) | (p & mask);
            for (; p < runEnd; p++, i++) {
                int j = i + stride;
                double ar = re[i], ai = im[i], br = re[j], bi = im[j];
                re[i] = m00r * ar - m00i * ai + m01r * br - m01i * bi;
                im[i] = m00r * ai + m00i * ar + m01r * bi + m01i * br;
                re[j] = m10r * ar - m10i * ai + m11r * br - m11i * bi;
                im[j] = m10r * ai + m10i * ar + m11r * bi + m11i * br;
            }
        }
    }

    /** Applies a real 2×2 matrix (such as H or RY) to qubit k: half the multiplications of {@link #dense}. */
    public static void denseReal(double[] re, double[] im, int k, double m00, double m01, double m10, double m11,
                                 int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int i = ((p >>> k) << (k + 1)) | (p & mask);
            for (; p < runEnd; p++, i++) {
                int j = i + stride;
                double ar = re[i], ai = im[i], br = re[j], bi = im[j];
                re[i] = m00 * ar + m01 * br;
                im[i] = m00 * ai + m01 * bi;
                re[j] = m10 * ar + m11 * br;
                im[j] = m10 * ai + m11 * bi;
            }
        }
    }

    /** Multiplies amplitudes with bit k clear by {@code d0} and those with bit k set by {@code d1}. */
    public static void diagonal(double[] re, double[] im, int k, double d0r, double d0i, double d1r, double d1i,
                                int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int i = ((p >>> k) << (k + 1)) | (p & mask);
            for (; p < runEnd; p++, i++) {
                int j = i + stride;
                double ar = re[i], ai = im[i], br = re[j], bi = im[j];
                re[i] = d0r * ar - d0i * ai;
                im[i] = d0r * ai + d0i * ar;
                re[j] = d1r * br - d1i * bi;
                im[j] = d1r * bi + d1i * br;
            }
        }
    }

    /** Multiplies amplitudes with bit k set by the phase {@code (pr, pi)}: P, S, T, Z and their inverses. */
    public static void phase(double[] re, double[] im, int k, double pr, double pi, int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int j = (((p >>> k) << (k + 1)) | (p & mask)) + stride;
            for (; p < runEnd; p++, j++) {
                double br = re[j], bi = im[j];
                re[j] = pr * br - pi * bi;
                im[j] = pr * bi + pi * br;
            }
        }
    }

    /** Pauli X on qubit k: swaps the two amplitudes of each pair. */
    public static void x(double[] re, double[] im, int k, int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int i = ((p >>> k) << (k + 1)) | (p & mask);
            for (; p < runEnd; p++, i++) {
                int j = i + stride;
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }

    /** Pauli Y on qubit k: (a, b) becomes (−i·b, i·a). */
    public static void y(double[] re, double[] im, int k, int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int i = ((p >>> k) << (k + 1)) | (p & mask);
            for (; p < runEnd; p++, i++) {
                int j = i + stride;
                double ar = re[i], ai = im[i];
                re[i] = im[j];
                im[i] = -re[j];
                re[j] = -ai;
                im[j] = ar;
            }
        }
    }

    /** Pauli Z on qubit k: negates amplitudes with bit k set. */
    public static void z(double[] re, double[] im, int k, int lo, int hi) {
        final int stride = 1 << k, mask = stride - 1;
        int p = lo;
        while (p < hi) {
            int runEnd = Math.min(hi, (p | mask) + 1);
            int j = (((p >>> k) << (k + 1)) | (p & mask)) + stride;
            for (; p < runEnd; p++, j++) {
                re[j] = -re[j];
                im[j] = -im[j];
            }
        }
    }
}
