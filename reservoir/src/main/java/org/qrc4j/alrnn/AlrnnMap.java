package org.qrc4j.alrnn;

import org.qrc4j.dynamics.DiscreteMap;

/**
 * The AL-RNN's map with fixed parameters (Brenner et al., NeurIPS 2024):
 * z' = A⊙z + W·Φ*(z) + h, where A is diagonal (stored as a vector), W is M×M, and
 * Φ*(z) = (z_1, …, z_{M−P}, max(0, z_{M−P+1}), …, max(0, z_M)): the first M − P units linear, the
 * last P units ReLU. Within a region (an on/off pattern of the P ReLU units) the map is affine:
 * z' = (diag(A) + W·D)·z + h with D = diag(1, …, 1, d_1, …, d_P).
 *
 * <p>Immutable: the arrays are copied in and never handed out.
 */
public final class AlrnnMap implements DiscreteMap {

    private final int m;
    private final int p;
    private final double[] a;
    private final double[] w;
    private final double[] h;

    /**
     * A map with the given parameters.
     *
     * @param a the diagonal of A (length M)
     * @param w W, row-major (M·M values)
     * @param h the offset (length M)
     * @param relus P, the number of ReLU units (the last P), 0 ≤ P ≤ M
     */
    public AlrnnMap(double[] a, double[] w, double[] h, int relus) {
        int size = a.length;
        if (size < 1) {
            throw new IllegalArgumentException("A must have at least 1 entry, got 0");
        }
        if (w.length != size * size) {
            throw new IllegalArgumentException("W must have M·M = " + size * size + " entries, got " + w.length);
        }
        if (h.length != size) {
            throw new IllegalArgumentException("h must have M = " + size + " entries, got " + h.length);
        }
        if (relus < 0 || relus > size || relus > 30) {
            throw new IllegalArgumentException("relus must be between 0 and min(M, 30) = " + Math.min(size, 30)
                    + ", got " + relus);
        }
        this.m = size;
        this.p = relus;
        this.a = a.clone();
        this.w = w.clone();
        this.h = h.clone();
    }

    /** Latent dimension M. */
    @Override
    public int dimension() {
        return m;
    }

    /** Number of ReLU units P. */
    public int relus() {
        return p;
    }

    /** Number of regions, 2^P. */
    public int regions() {
        return 1 << p;
    }

    /** Entry (row, col) of W. */
    public double w(int row, int col) {
        return w[row * m + col];
    }

    /** Entry i of A's diagonal. */
    public double a(int i) {
        return a[i];
    }

    /** Entry i of h. */
    public double h(int i) {
        return h[i];
    }

    /**
     * The region of a state: bit j is set when ReLU unit j (latent index M − P + j) is on, z > 0.
     */
    public int region(double[] z) {
        int symbol = 0;
        for (int j = 0; j < p; j++) {
            if (z[m - p + j] > 0) {
                symbol |= 1 << j;
            }
        }
        return symbol;
    }

    /** One step: writes z' into {@code out} (which must not be {@code z}). */
    @Override
    public void step(double[] z, double[] out) {
        for (int i = 0; i < m; i++) {
            double s = a[i] * z[i] + h[i];
            int row = i * m;
            for (int k = 0; k < m; k++) {
                double phi = k < m - p ? z[k] : Math.max(0.0, z[k]);
                s += w[row + k] * phi;
            }
            out[i] = s;
        }
    }

    /**
     * The Jacobian diag(A) + W·D of a region, row-major (M·M values) in {@code out}: the map's
     * linear part there, and its derivative at any state inside.
     */
    public void regionMatrix(int region, double[] out) {
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                boolean on = k < m - p || ((region >>> (k - (m - p))) & 1) == 1;
                out[i * m + k] = on ? w[i * m + k] : 0.0;
            }
            out[i * m + i] += a[i];
        }
    }

    /** The Jacobian at state z (that of z's region). */
    @Override
    public void jacobian(double[] z, double[] out) {
        regionMatrix(region(z), out);
    }
}
