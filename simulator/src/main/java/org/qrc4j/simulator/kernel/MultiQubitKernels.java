package org.qrc4j.simulator.kernel;

/**
 * In-place kernels for gates on two and three qubits, on a state split into real and imaginary arrays.
 *
 * <p>A two-qubit kernel visits groups of four amplitudes, numbered {@code 0 .. 2^(n-2) - 1}; a call
 * covers groups {@code [lo, hi)}. The base index of a group has both gate bits clear.
 * Controlled kernels touch only the half of the state where the control is 1; phase kernels only
 * the quarter where both bits are 1.
 */
public final class MultiQubitKernels {

    private MultiQubitKernels() {
    }

    /** Applies the 2×2 matrix {@code m} to {@code target} where {@code control} is 1. */
    public static void controlled(double[] re, double[] im, int control, int target, double[] m, int lo, int hi) {
        final double m00r = m[0], m00i = m[1], m01r = m[2], m01i = m[3];
        final double m10r = m[4], m10i = m[5], m11r = m[6], m11i = m[7];
        final int low = Math.min(control, target), high = Math.max(control, target);
        final int cBit = 1 << control, tBit = 1 << target;
        for (int g = lo; g < hi; g++) {
            int i = Bits.insertZeros(g, low, high) | cBit;
            int j = i | tBit;
            double ar = re[i], ai = im[i], br = re[j], bi = im[j];
            re[i] = m00r * ar - m00i * ai + m01r * br - m01i * bi;
            im[i] = m00r * ai + m00i * ar + m01r * bi + m01i * br;
            re[j] = m10r * ar - m10i * ai + m11r * br - m11i * bi;
            im[j] = m10r * ai + m10i * ar + m11r * bi + m11i * br;
        }
    }

    /** CNOT: swaps the target pair where the control is 1. */
    public static void cx(double[] re, double[] im, int control, int target, int lo, int hi) {
        final int low = Math.min(control, target), high = Math.max(control, target);
        final int cBit = 1 << control, tBit = 1 << target;
        for (int g = lo; g < hi; g++) {
            int i = Bits.insertZeros(g, low, high) | cBit;
            int j = i | tBit;
            double t = re[i];
            re[i] = re[j];
            re[j] = t;
            t = im[i];
            im[i] = im[j];
            im[j] = t;
        }
    }

    /** Multiplies the amplitudes where both qubits are 1 by the phase {@code (pr, pi)}: CZ and CP. */
    public static void controlledPhase(double[] re, double[] im, int a, int b, double pr, double pi, int lo, int hi) {
        final int low = Math.min(a, b), high = Math.max(a, b);
        final int both = (1 << a) | (1 << b);
        for (int g = lo; g < hi; g++) {
            int j = Bits.insertZeros(g, low, high) | both;
            double br = re[j], bi = im[j];
            re[j] = pr * br - pi * bi;
            im[j] = pr * bi + pi * br;
        }
    }

    /** Where {@code control} is 1, multiplies by {@code d0} if {@code target} is 0, else by {@code d1}: CRZ. */
    public static void controlledDiagonal(double[] re, double[] im, int control, int target,
                                          double d0r, double d0i, double d1r, double d1i, int lo, int hi) {
        final int low = Math.min(control, target), high = Math.max(control, target);
        final int cBit = 1 << control, tBit = 1 << target;
        for (int g = lo; g < hi; g++) {
            int i = Bits.insertZeros(g, low, high) | cBit;
            int j = i | tBit;
            double ar = re[i], ai = im[i], br = re[j], bi = im[j];
            re[i] = d0r * ar - d0i * ai;
            im[i] = d0r * ai + d0i * ar;
            re[j] = d1r * br - d1i * bi;
            im[j] = d1r * bi + d1i * br;
        }
    }

    /** Swaps qubits a and b: exchanges the amplitudes of |…1…0…⟩ and |…0…1…⟩. */
    public static void swap(double[] re, double[] im, int a, int b, int lo, int hi) {
        final int low = Math.min(a, b), high = Math.max(a, b);
        final int aBit = 1 << a, bBit = 1 << b;
        for (int g = lo; g < hi; g++) {
            int base = Bits.insertZeros(g, low, high);
            int i = base | aBit, j = base | bBit;
            double t = re[i];
            re[i] = re[j];
            re[j] = t;
            t = im[i];
            im[i] = im[j];
            im[j] = t;
        }
    }

    /**
     * Applies a dense 4×4 complex matrix (interleaved, row-major) to qubits (q0, q1); row and column
     * bit 0 stands for q0, bit 1 for q1.
     */
    public static void dense(double[] re, double[] im, int q0, int q1, double[] m, int lo, int hi) {
        final int low = Math.min(q0, q1), high = Math.max(q0, q1);
        final int b0 = 1 << q0, b1 = 1 << q1;
        for (int g = lo; g < hi; g++) {
            int base = Bits.insertZeros(g, low, high);
            int i0 = base, i1 = base | b0, i2 = base | b1, i3 = base | b0 | b1;
            double r0 = re[i0], m0 = im[i0], r1 = re[i1], m1 = im[i1];
            double r2 = re[i2], m2 = im[i2], r3 = re[i3], m3 = im[i3];
            for (int row = 0; row < 4; row++) {
                int o = 8 * row;
                double sr = m[o] * r0 - m[o + 1] * m0 + m[o + 2] * r1 - m[o + 3] * m1
                        + m[o + 4] * r2 - m[o + 5] * m2 + m[o + 6] * r3 - m[o + 7] * m3;
                double si = m[o] * m0 + m[o + 1] * r0 + m[o + 2] * m1 + m[o + 3] * r1
                        + m[o + 4] * m2 + m[o + 5] * r2 + m[o + 6] * m3 + m[o + 7] * r3;
                int idx = row == 0 ? i0 : row == 1 ? i1 : row == 2 ? i2 : i3;
                re[idx] = sr;
                im[idx] = si;
            }
        }
    }

    /**
     * Toffoli: swaps the target pair where both controls are 1. Groups of eight are numbered
     * {@code 0 .. 2^(n-3) - 1}.
     */
    public static void ccx(double[] re, double[] im, int c1, int c2, int target, int lo, int hi) {
        int a = Math.min(c1, Math.min(c2, target));
        int c = Math.max(c1, Math.max(c2, target));
        int b = c1 + c2 + target - a - c;
        final int controls = (1 << c1) | (1 << c2), tBit = 1 << target;
        for (int g = lo; g < hi; g++) {
            int i = Bits.insertZero(Bits.insertZeros(g, a, b), c) | controls;
            int j = i | tBit;
            double t = re[i];
            re[i] = re[j];
            re[j] = t;
            t = im[i];
            im[i] = im[j];
            im[j] = t;
        }
    }
}
