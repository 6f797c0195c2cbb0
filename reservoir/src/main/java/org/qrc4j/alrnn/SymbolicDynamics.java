package org.qrc4j.alrnn;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The symbolic code of an AL-RNN: each step's symbol is the on/off pattern of its P ReLU units (a
 * region of state space where the map is affine). From the parameters alone: every region's fixed
 * point z* = (I − A − W·D)^{-1} h, real when it lies in its own region, virtual otherwise, with its
 * stability; and the k-cycles, found by enumerating region sequences and checking that the cycle's
 * points visit exactly those regions. From a trajectory: the symbols, the regions used, their visit
 * frequencies and the transition graph.
 */
public final class SymbolicDynamics {

    private SymbolicDynamics() {
    }

    /**
     * A fixed point of one region's affine map.
     *
     * @param region         the region (bit j: ReLU unit j on)
     * @param point          z*
     * @param real           whether z* lies in its own region (it is then a fixed point of the AL-RNN)
     * @param eigenReal      real parts of the eigenvalues of the region's matrix
     * @param eigenImag      imaginary parts
     * @param spectralRadius the largest |eigenvalue|
     */
    public record FixedPoint(int region, double[] point, boolean real, double[] eigenReal, double[] eigenImag,
                             double spectralRadius) {
        /** Stable when every eigenvalue lies inside the unit circle. */
        public boolean stable() {
            return spectralRadius < 1;
        }
    }

    /**
     * A periodic orbit: the state visits {@code regions[0]}, {@code regions[1]}, … and returns.
     *
     * @param regions        the region sequence, in its lexicographically smallest rotation
     * @param points         the k states of the cycle
     * @param spectralRadius the largest |eigenvalue| of the product of the regions' matrices
     */
    public record Cycle(int[] regions, double[][] points, double spectralRadius) {
        /** The period k. */
        public int period() {
            return regions.length;
        }

        /** Stable when the k-step map's eigenvalues lie inside the unit circle. */
        public boolean stable() {
            return spectralRadius < 1;
        }
    }

    /** Visit statistics of a symbol sequence. */
    public record Statistics(int[] symbols, int regionsUsed, double[] visitFrequency, int[][] transitions) {
    }

    /** The fixed point of every region whose matrix I − A − W·D is invertible, real or virtual. */
    public static List<FixedPoint> fixedPoints(AlrnnMap map) {
        int m = map.dimension();
        List<FixedPoint> out = new ArrayList<>();
        double[] jac = new double[m * m];
        for (int region = 0; region < map.regions(); region++) {
            map.regionMatrix(region, jac);
            DMatrixRMaj j = new DMatrixRMaj(m, m, true, jac);
            DMatrixRMaj system = CommonOps_DDRM.identity(m);
            CommonOps_DDRM.subtractEquals(system, j);
            DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
            for (int i = 0; i < m; i++) {
                rhs.set(i, 0, map.h(i));
            }
            DMatrixRMaj z = new DMatrixRMaj(m, 1);
            if (!CommonOps_DDRM.solve(system, rhs, z) || !allFinite(z.data)) {
                continue; // singular: no isolated fixed point in this region
            }
            double[] point = z.data.clone();
            double[][] eig = eigenvalues(j);
            out.add(new FixedPoint(region, point, map.region(point) == region, eig[0], eig[1], radius(eig)));
        }
        return out;
    }

    /**
     * The real cycles of period 2 to {@code maxPeriod}: for each region sequence (up to rotation, and
     * not a repetition of a shorter one), solve for the k-step map's fixed point and keep it if the
     * orbit visits exactly that sequence of regions.
     */
    public static List<Cycle> cycles(AlrnnMap map, int maxPeriod) {
        if (maxPeriod < 2 || Math.pow(map.regions(), maxPeriod) > 1e6) {
            throw new IllegalArgumentException("maxPeriod must be >= 2 with regions^maxPeriod <= 1e6 (regions = "
                    + map.regions() + "), got " + maxPeriod);
        }
        int m = map.dimension();
        List<Cycle> out = new ArrayList<>();
        double[] jac = new double[m * m];
        for (int k = 2; k <= maxPeriod; k++) {
            int[] seq = new int[k];
            long total = (long) Math.pow(map.regions(), k);
            for (long code = 0; code < total; code++) {
                long c = code;
                for (int i = 0; i < k; i++) {
                    seq[i] = (int) (c % map.regions());
                    c /= map.regions();
                }
                if (!isCanonical(seq)) {
                    continue;
                }
                // Compose the affine maps: z -> M z + c over the sequence.
                DMatrixRMaj prod = CommonOps_DDRM.identity(m);
                DMatrixRMaj offset = new DMatrixRMaj(m, 1);
                for (int r : seq) {
                    map.regionMatrix(r, jac);
                    DMatrixRMaj j = new DMatrixRMaj(m, m, true, jac);
                    DMatrixRMaj nextProd = new DMatrixRMaj(m, m);
                    CommonOps_DDRM.mult(j, prod, nextProd);
                    prod = nextProd;
                    DMatrixRMaj nextOffset = new DMatrixRMaj(m, 1);
                    CommonOps_DDRM.mult(j, offset, nextOffset);
                    for (int i = 0; i < m; i++) {
                        nextOffset.add(i, 0, map.h(i));
                    }
                    offset = nextOffset;
                }
                DMatrixRMaj system = CommonOps_DDRM.identity(m);
                CommonOps_DDRM.subtractEquals(system, prod);
                DMatrixRMaj z = new DMatrixRMaj(m, 1);
                if (!CommonOps_DDRM.solve(system, offset, z) || !allFinite(z.data)) {
                    continue;
                }
                double[][] points = new double[k][];
                double[] state = z.data.clone();
                boolean real = true;
                for (int i = 0; i < k && real; i++) {
                    points[i] = state.clone();
                    real = map.region(state) == seq[i];
                    double[] next = new double[m];
                    map.step(state, next);
                    state = next;
                }
                if (real) {
                    out.add(new Cycle(seq.clone(), points, radius(eigenvalues(prod))));
                }
            }
        }
        return out;
    }

    /** Smallest rotation of itself and not a repetition of a shorter block. */
    static boolean isCanonical(int[] seq) {
        int k = seq.length;
        for (int shift = 1; shift < k; shift++) {
            int cmp = 0;
            for (int i = 0; i < k && cmp == 0; i++) {
                cmp = Integer.compare(seq[(i + shift) % k], seq[i]);
            }
            if (cmp < 0) {
                return false; // a smaller rotation exists
            }
            if (cmp == 0) {
                return false; // equal to a rotation: a repeated shorter cycle
            }
        }
        return true;
    }

    /** Symbols of a trajectory (one state per row), the regions used, visit frequencies and transitions. */
    public static Statistics statistics(AlrnnMap map, double[][] trajectory) {
        int regions = map.regions();
        int[] symbols = new int[trajectory.length];
        double[] visits = new double[regions];
        int[][] transitions = new int[regions][regions];
        for (int t = 0; t < trajectory.length; t++) {
            symbols[t] = map.region(trajectory[t]);
            visits[symbols[t]]++;
            if (t > 0) {
                transitions[symbols[t - 1]][symbols[t]]++;
            }
        }
        int used = 0;
        for (int r = 0; r < regions; r++) {
            if (visits[r] > 0) {
                used++;
            }
            visits[r] /= Math.max(1, trajectory.length);
        }
        return new Statistics(symbols, used, visits, transitions);
    }

    private static double[][] eigenvalues(DMatrixRMaj matrix) {
        int m = matrix.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false);
        if (!eig.decompose(matrix.copy())) {
            throw new IllegalStateException("eigen decomposition failed");
        }
        double[] re = new double[m], im = new double[m];
        for (int i = 0; i < m; i++) {
            Complex_F64 value = eig.getEigenvalue(i);
            re[i] = value.real;
            im[i] = value.imaginary;
        }
        return new double[][] {re, im};
    }

    private static double radius(double[][] eig) {
        double r = 0;
        for (int i = 0; i < eig[0].length; i++) {
            r = Math.max(r, Math.hypot(eig[0][i], eig[1][i]));
        }
        return r;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
