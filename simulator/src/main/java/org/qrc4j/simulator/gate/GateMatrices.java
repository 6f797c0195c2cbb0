package org.qrc4j.simulator.gate;

/**
 * The matrices of the gates, written into caller-owned arrays so that hot loops allocate nothing.
 *
 * <p>A 2×2 complex matrix is stored row-major with real and imaginary parts interleaved:
 * {@code [m00re, m00im, m01re, m01im, m10re, m10im, m11re, m11im]}; a 4×4 one likewise in 32 doubles.
 * Row and column index b of a 4×4 matrix on qubits (q0, q1) has bit 0 for q0 and bit 1 for q1, the
 * same little-endian order as the state vector (and Qiskit's {@code Operator}).
 */
public final class GateMatrices {

    /** Tolerance of {@link #checkUnitary}: entries of M·M† may differ from the identity by this much. */
    public static final double UNITARY_TOLERANCE = 1e-10;

    /**
     * 1/√2 rounded to the nearest double (0.7071067811865476). The state-vector kernels for H and
     * T do better than multiplying by it: see SingleQubitKernels#hadamard.
     */
    private static final double SQRT_HALF = Math.sqrt(0.5);

    private GateMatrices() {
    }

    /**
     * Writes the 2×2 matrix of a one-qubit gate, or of the target part of a controlled gate
     * (CY → Y, CH → H, CRX → RX, CRY → RY, CRZ → RZ, CP → P, CU3 → U3, CX → X, CZ → Z), into
     * {@code out[0..7]}. Angles not used by the gate are ignored.
     */
    public static void singleQubit(GateType type, double a0, double a1, double a2, double[] out) {
        switch (type) {
            case I -> set(out, 1, 0, 0, 0, 0, 0, 1, 0);
            case X, CX -> set(out, 0, 0, 1, 0, 1, 0, 0, 0);
            case Y, CY -> set(out, 0, 0, 0, -1, 0, 1, 0, 0);
            case Z, CZ -> set(out, 1, 0, 0, 0, 0, 0, -1, 0);
            case H, CH -> set(out, SQRT_HALF, 0, SQRT_HALF, 0, SQRT_HALF, 0, -SQRT_HALF, 0);
            case S -> set(out, 1, 0, 0, 0, 0, 0, 0, 1);
            case SDG -> set(out, 1, 0, 0, 0, 0, 0, 0, -1);
            case T -> set(out, 1, 0, 0, 0, 0, 0, SQRT_HALF, SQRT_HALF);
            case TDG -> set(out, 1, 0, 0, 0, 0, 0, SQRT_HALF, -SQRT_HALF);
            case SX -> set(out, 0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
            case SXDG -> set(out, 0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5);
            case RX, CRX -> {
                double c = Math.cos(a0 / 2), s = Math.sin(a0 / 2);
                set(out, c, 0, 0, -s, 0, -s, c, 0);
            }
            case RY, CRY -> {
                double c = Math.cos(a0 / 2), s = Math.sin(a0 / 2);
                set(out, c, 0, -s, 0, s, 0, c, 0);
            }
            case RZ, CRZ -> {
                double c = Math.cos(a0 / 2), s = Math.sin(a0 / 2);
                set(out, c, -s, 0, 0, 0, 0, c, s);
            }
            case P, CP -> set(out, 1, 0, 0, 0, 0, 0, Math.cos(a0), Math.sin(a0));
            case U3, CU3 -> {
                double c = Math.cos(a0 / 2), s = Math.sin(a0 / 2);
                set(out, c, 0,
                        -s * Math.cos(a2), -s * Math.sin(a2),
                        s * Math.cos(a1), s * Math.sin(a1),
                        c * Math.cos(a1 + a2), c * Math.sin(a1 + a2));
            }
            case ROT -> {
                // RZ(ω)·RY(θ)·RZ(φ) with (a0, a1, a2) = (φ, θ, ω).
                double c = Math.cos(a1 / 2), s = Math.sin(a1 / 2);
                double sum = (a0 + a2) / 2, diff = (a0 - a2) / 2;
                set(out, c * Math.cos(sum), -c * Math.sin(sum),
                        -s * Math.cos(diff), -s * Math.sin(diff),
                        s * Math.cos(diff), -s * Math.sin(diff),
                        c * Math.cos(sum), c * Math.sin(sum));
            }
            default -> throw new IllegalArgumentException("gate " + type + " has no 2x2 (target) matrix");
        }
    }

    /**
     * Writes the full matrix of any gate of arity 1 or 2 (4×4 in the little-endian order described
     * above, with the first qubit as bit 0) into {@code out}, which must hold 8 or 32 doubles.
     * Matrix gates are not covered: their matrix is their definition.
     */
    public static void full(GateType type, double a0, double a1, double a2, double[] out) {
        if (type.arity() == 1) {
            singleQubit(type, a0, a1, a2, out);
            return;
        }
        if (type.arity() != 2 || type.isMatrixGate()) {
            throw new IllegalArgumentException("gate " + type + " has no 4x4 matrix");
        }
        java.util.Arrays.fill(out, 0, 32, 0.0);
        if (type == GateType.SWAP) {
            setEntry(out, 4, 0, 0, 1, 0);
            setEntry(out, 4, 1, 2, 1, 0);
            setEntry(out, 4, 2, 1, 1, 0);
            setEntry(out, 4, 3, 3, 1, 0);
            return;
        }
        // Controlled gate: control is qubit 0 (bit 0), target qubit 1 (bit 1).
        double[] target = new double[8];
        singleQubit(type, a0, a1, a2, target);
        setEntry(out, 4, 0, 0, 1, 0);
        setEntry(out, 4, 2, 2, 1, 0);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                int row = 1 | (r << 1), col = 1 | (c << 1);
                setEntry(out, 4, row, col, target[4 * r + 2 * c], target[4 * r + 2 * c + 1]);
            }
        }
    }

    /**
     * Checks that a row-major interleaved complex matrix of dimension {@code dim} is unitary
     * within {@link #UNITARY_TOLERANCE}.
     *
     * @throws IllegalArgumentException naming the parameter, the size found and the deviation
     */
    public static void checkUnitary(String parameter, double[] m, int dim) {
        if (m == null || m.length != 2 * dim * dim) {
            throw new IllegalArgumentException(parameter + " must hold " + (2 * dim * dim)
                    + " doubles (a " + dim + "x" + dim + " complex matrix, row-major, re/im interleaved), got "
                    + (m == null ? "null" : m.length));
        }
        double worst = 0;
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                double re = 0, im = 0;
                for (int k = 0; k < dim; k++) {
                    double ar = m[2 * (i * dim + k)], ai = m[2 * (i * dim + k) + 1];
                    double br = m[2 * (j * dim + k)], bi = -m[2 * (j * dim + k) + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                double expected = i == j ? 1 : 0;
                if (!Double.isFinite(re) || !Double.isFinite(im)) {
                    worst = Double.POSITIVE_INFINITY;
                } else {
                    worst = Math.max(worst, Math.hypot(re - expected, im));
                }
            }
        }
        if (!(worst <= UNITARY_TOLERANCE)) {
            throw new IllegalArgumentException(parameter + " must be unitary (M·M† = I within "
                    + UNITARY_TOLERANCE + "), but M·M† differs from I by " + worst);
        }
    }

    /** Conjugate transpose of a {@code dim}×{@code dim} interleaved complex matrix, as a new array. */
    public static double[] adjoint(double[] m, int dim) {
        double[] out = new double[m.length];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                out[2 * (j * dim + i)] = m[2 * (i * dim + j)];
                out[2 * (j * dim + i) + 1] = -m[2 * (i * dim + j) + 1];
            }
        }
        return out;
    }

    private static void setEntry(double[] out, int dim, int row, int col, double re, double im) {
        out[2 * (row * dim + col)] = re;
        out[2 * (row * dim + col) + 1] = im;
    }

    private static void set(double[] out, double m00r, double m00i, double m01r, double m01i,
                            double m10r, double m10i, double m11r, double m11i) {
        out[0] = m00r;
        out[1] = m00i;
        out[2] = m01r;
        out[3] = m01i;
        out[4] = m10r;
        out[5] = m10i;
        out[6] = m11r;
        out[7] = m11i;
    }
}
