package org.qrc4j.alrnn;

import org.qrc4j.simulator.kernel.Parallel;
import org.qrc4j.tensor.Tensor;

/**
 * The training loss of a batch of sequences as one fused tensor operation, with backpropagation
 * through time written by hand.
 *
 * <p>For each sequence: z_0 = [f_0; L·f_0]; for t = 1..T, z_t = A⊙z_{t−1} + W·Φ*(z_{t−1}) + h, the
 * prediction of x_t is the first N units of z_t before any forcing, and then the forcing: with sparse
 * teacher forcing, every τ-th step the first N units are replaced by the forcing signal f_t (the
 * gradient through the replaced values is cut); with generalised teacher forcing (α &gt; 0), every
 * step they become (1 − α)·z + α·f_t. The loss is the mean squared error of all predictions against
 * the targets x_t, over t = 1..T, sequences and observations.
 *
 * <p>Why fused: a 200-step recurrence built from elementary tensor operations makes about a
 * thousand graph nodes per batch, and at M = 20 their bookkeeping costs as much as the arithmetic.
 * Here the M×M products are register-blocked by hand (see {@link #matVec}), the W gradient is
 * summed once per sequence after the time loop, and the sequences are split into fixed chunks whose partial sums are added in order, so the result
 * is the same on one thread or many. A test checks the gradients against finite differences and
 * against the same recurrence built from elementary operations.
 */
public final class AlrnnRollout {

    /** Sequences are summed in at most this many fixed chunks, whatever the thread count. */
    static final int CHUNKS = 2;

    private AlrnnRollout() {
    }

    /**
     * The loss of one batch as a scalar tensor whose backward fills the gradients of A, W, h and L.
     *
     * @param targets  targets[s][t][i], t = 0..T (t = 0 is only used through the forcing signal)
     * @param forcing  the forcing signal, same shape (the targets plus noise, or the targets)
     * @param tau      steps between sparse forcings (ignored when {@code gtfAlpha > 0})
     * @param gtfAlpha generalised teacher forcing α, or 0 for sparse forcing
     */
    public static Tensor loss(AlrnnModel model, double[][][] targets, double[][][] forcing, int tau, double gtfAlpha,
                              int threads) {
        return loss(model, targets, forcing, tau, gtfAlpha, threads,
                new Workspace(targets.length, targets[0].length, model.latent(), model.observations()));
    }

    /**
     * Buffers for the states and predictions a batch keeps for its backward pass; a trainer reuses
     * one across batches instead of allocating half a megabyte each time. Only the last loss
     * computed with a workspace may be backpropagated.
     */
    public static final class Workspace {
        final double[][][] states;
        final double[][][] predictions;

        /** Buffers for {@code sequences} sequences of {@code points} points, M latent units, N observations. */
        public Workspace(int sequences, int points, int latent, int observations) {
            states = new double[sequences][points][latent];
            predictions = new double[sequences][points][observations];
        }
    }

    /** As {@link #loss(AlrnnModel, double[][][], double[][][], int, double, int)}, with reused buffers. */
    public static Tensor loss(AlrnnModel model, double[][][] targets, double[][][] forcing, int tau, double gtfAlpha,
                              int threads, Workspace workspace) {
        Tensor aT = model.parameters().get("A"), wT = model.parameters().get("W");
        Tensor hT = model.parameters().get("h"), lT = model.parameters().get("L");
        final int m = model.latent(), n = model.observations(), p = model.relus();
        final int sequences = targets.length, steps = targets[0].length - 1;
        if (steps < 1) {
            throw new IllegalArgumentException("sequences must have at least 2 points, got " + targets[0].length);
        }
        final double[] a = aT.data(), w = wT.data(), h = hT.data(), l = lT.data();
        // Post-forcing states and pre-forcing predictions, kept for the backward pass.
        if (workspace.states.length != sequences || workspace.states[0].length != steps + 1
                || workspace.states[0][0].length != m || workspace.predictions[0][0].length != n) {
            throw new IllegalArgumentException("workspace does not fit " + sequences + " sequences of " + (steps + 1)
                    + " points with M = " + m + ", N = " + n);
        }
        final double[][][] states = workspace.states;
        final double[][][] predictions = workspace.predictions;
        final int chunks = Math.min(CHUNKS, sequences);
        final double[] chunkLoss = new double[chunks];
        final int linear = m - p;
        Parallel.forRange(chunks, threads, (lo, hi) -> {
            double[] phi = new double[m];
            for (int c = lo; c < hi; c++) {
                double sum = 0;
                for (int s = Parallel.bound(sequences, chunks, c); s < Parallel.bound(sequences, chunks, c + 1); s++) {
                    double[][] z = states[s];
                    AlrnnModel.initialState(l, n, forcing[s][0], z[0]);
                    for (int t = 1; t <= steps; t++) {
                        double[] prev = z[t - 1], cur = z[t];
                        for (int k = 0; k < m; k++) {
                            phi[k] = k < linear ? prev[k] : Math.max(0.0, prev[k]);
                        }
                        matVec(w, phi, m, cur);
                        for (int j = 0; j < m; j++) {
                            cur[j] += a[j] * prev[j] + h[j];
                        }
                        double[] target = targets[s][t], f = forcing[s][t], pred = predictions[s][t];
                        for (int i = 0; i < n; i++) {
                            pred[i] = cur[i];
                            double d = cur[i] - target[i];
                            sum += d * d;
                        }
                        if (gtfAlpha > 0) {
                            for (int i = 0; i < n; i++) {
                                cur[i] = (1 - gtfAlpha) * cur[i] + gtfAlpha * f[i];
                            }
                        } else if (t % tau == 0) {
                            System.arraycopy(f, 0, cur, 0, n);
                        }
                    }
                }
                chunkLoss[c] = sum;
            }
        });
        double total = 0;
        for (double partial : chunkLoss) {
            total += partial;
        }
        final double count = (double) sequences * steps * n;
        Tensor.Backward backward = gradOut -> {
            final double scale = gradOut[0] * 2.0 / count;
            final double[][] partials = new double[chunks][];
            Parallel.forRange(chunks, threads, (lo, hi) -> {
                for (int c = lo; c < hi; c++) {
                    partials[c] = backwardChunk(Parallel.bound(sequences, chunks, c), Parallel.bound(sequences, chunks, c + 1),
                            m, n, p, a, w, states, predictions, targets, forcing, tau, gtfAlpha, scale);
                }
            });
            // Add the chunks in order: the same doubles for any number of threads.
            accumulate(aT.gradAccumulator(), partials, 0, m);
            accumulate(wT.gradAccumulator(), partials, m, m * m);
            accumulate(hT.gradAccumulator(), partials, m + m * m, m);
            accumulate(lT.gradAccumulator(), partials, 2 * m + m * m, (m - n) * n);
        };
        return Tensor.custom("alrnnRollout", new double[] {total / count}, new int[0], backward, aT, wT, hT, lT);
    }

    private static void accumulate(double[] into, double[][] partials, int offset, int length) {
        if (into == null) {
            return;
        }
        for (double[] partial : partials) {
            for (int i = 0; i < length; i++) {
                into[i] += partial[offset + i];
            }
        }
    }

    /** Gradients of sequences [from, to) packed as [gA (m) | gW (m·m) | gh (m) | gL ((m−n)·n)]. */
    private static double[] backwardChunk(int from, int to, int m, int n, int p, double[] a, double[] w,
                                          double[][][] states, double[][][] predictions, double[][][] targets,
                                          double[][][] forcing, int tau, double gtfAlpha, double scale) {
        int linear = m - p;
        double[] grads = new double[2 * m + m * m + (m - n) * n];
        int offW = m, offH = m + m * m, offL = 2 * m + m * m;
        double[] g = new double[m], gpre = new double[m], tmp = new double[m];
        double[] wt = new double[m * m];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                wt[k * m + j] = w[j * m + k];
            }
        }
        double[][] gPre = new double[states[from].length][m];
        for (int s = from; s < to; s++) {
            java.util.Arrays.fill(g, 0.0);
            int steps = states[s].length - 1;
            for (int t = steps; t >= 1; t--) {
                // Gradient with respect to z_t before forcing.
                System.arraycopy(g, 0, gpre, 0, m);
                if (gtfAlpha > 0) {
                    for (int i = 0; i < n; i++) {
                        gpre[i] *= 1 - gtfAlpha;
                    }
                } else if (t % tau == 0) {
                    for (int i = 0; i < n; i++) {
                        gpre[i] = 0.0; // the forced units were constants
                    }
                }
                double[] pred = predictions[s][t], target = targets[s][t];
                for (int i = 0; i < n; i++) {
                    gpre[i] += scale * (pred[i] - target[i]);
                }
                // z_t = A⊙z_{t−1} + W·Φ*(z_{t−1}) + h. The W gradient Σ_t gpre_t Φ*(z_{t−1})ᵀ is
                // summed after the loop, from the kept gpre_t, as one product with a long inner loop.
                double[] prev = states[s][t - 1];
                System.arraycopy(gpre, 0, gPre[t], 0, m);
                for (int j = 0; j < m; j++) {
                    grads[j] += gpre[j] * prev[j];
                    grads[offH + j] += gpre[j];
                }
                matVec(wt, gpre, m, tmp);
                for (int k = 0; k < m; k++) {
                    boolean open = k < linear || prev[k] > 0;
                    g[k] = a[k] * gpre[k] + (open ? tmp[k] : 0.0);
                }
            }
            addOuterProducts(gPre, states[s], steps, m, linear, grads, offW);
            // z_0 = [f_0; L·f_0].
            double[] f0 = forcing[s][0];
            for (int j = 0; j < m - n; j++) {
                double gj = g[n + j];
                for (int k = 0; k < n; k++) {
                    grads[offL + j * n + k] += gj * f0[k];
                }
            }
        }
        return grads;
    }

    /**
     * out = mat · v for a row-major m×m matrix. Four rows at a time, each with two partial sums (even
     * and odd columns): eight independent chains keep both floating-point pipes busy, where one
     * running sum per row would wait on every addition. At M = 20 the loops are too short for the
     * JIT's vectoriser (it needs longer trip counts before its vector loop starts), so this scalar
     * blocking is what makes the recurrence fast.
     */
    static void matVec(double[] mat, double[] v, int m, double[] out) {
        int j = 0;
        int pairs = m & ~1;
        for (; j + 4 <= m; j += 4) {
            int r0 = j * m, r1 = r0 + m, r2 = r1 + m, r3 = r2 + m;
            double e0 = 0, e1 = 0, e2 = 0, e3 = 0, o0 = 0, o1 = 0, o2 = 0, o3 = 0;
            for (int k = 0; k < pairs; k += 2) {
                double ve = v[k], vo = v[k + 1];
                e0 += mat[r0 + k] * ve;
                o0 += mat[r0 + k + 1] * vo;
                e1 += mat[r1 + k] * ve;
                o1 += mat[r1 + k + 1] * vo;
                e2 += mat[r2 + k] * ve;
                o2 += mat[r2 + k + 1] * vo;
                e3 += mat[r3 + k] * ve;
                o3 += mat[r3 + k + 1] * vo;
            }
            if (pairs < m) {
                double vl = v[m - 1];
                e0 += mat[r0 + m - 1] * vl;
                e1 += mat[r1 + m - 1] * vl;
                e2 += mat[r2 + m - 1] * vl;
                e3 += mat[r3 + m - 1] * vl;
            }
            out[j] = e0 + o0;
            out[j + 1] = e1 + o1;
            out[j + 2] = e2 + o2;
            out[j + 3] = e3 + o3;
        }
        for (; j < m; j++) {
            int r = j * m;
            double sum = 0;
            for (int k = 0; k < m; k++) {
                sum += mat[r + k] * v[k];
            }
            out[j] = sum;
        }
    }

    /**
     * grads[off + j·m + k] += Σ_{t=1..steps} gPre[t][j] · Φ*(z_{t−1})[k], in 4×4 blocks of the
     * result held in sixteen locals while t runs.
     */
    private static void addOuterProducts(double[][] gPre, double[][] z, int steps, int m, int linear, double[] grads,
                                         int off) {
        int j = 0;
        for (; j + 4 <= m; j += 4) {
            int k = 0;
            for (; k + 4 <= m; k += 4) {
                boolean relu0 = k >= linear, relu1 = k + 1 >= linear, relu2 = k + 2 >= linear, relu3 = k + 3 >= linear;
                double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
                double c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
                for (int t = 1; t <= steps; t++) {
                    double[] g = gPre[t], prev = z[t - 1];
                    double f0 = relu0 ? Math.max(0.0, prev[k]) : prev[k];
                    double f1 = relu1 ? Math.max(0.0, prev[k + 1]) : prev[k + 1];
                    double f2 = relu2 ? Math.max(0.0, prev[k + 2]) : prev[k + 2];
                    double f3 = relu3 ? Math.max(0.0, prev[k + 3]) : prev[k + 3];
                    double g0 = g[j], g1 = g[j + 1], g2 = g[j + 2], g3 = g[j + 3];
                    c00 += g0 * f0;
                    c01 += g0 * f1;
                    c02 += g0 * f2;
                    c03 += g0 * f3;
                    c10 += g1 * f0;
                    c11 += g1 * f1;
                    c12 += g1 * f2;
                    c13 += g1 * f3;
                    c20 += g2 * f0;
                    c21 += g2 * f1;
                    c22 += g2 * f2;
                    c23 += g2 * f3;
                    c30 += g3 * f0;
                    c31 += g3 * f1;
                    c32 += g3 * f2;
                    c33 += g3 * f3;
                }
                int r0 = off + j * m + k, r1 = r0 + m, r2 = r1 + m, r3 = r2 + m;
                grads[r0] += c00;
                grads[r0 + 1] += c01;
                grads[r0 + 2] += c02;
                grads[r0 + 3] += c03;
                grads[r1] += c10;
                grads[r1 + 1] += c11;
                grads[r1 + 2] += c12;
                grads[r1 + 3] += c13;
                grads[r2] += c20;
                grads[r2 + 1] += c21;
                grads[r2 + 2] += c22;
                grads[r2 + 3] += c23;
                grads[r3] += c30;
                grads[r3 + 1] += c31;
                grads[r3 + 2] += c32;
                grads[r3 + 3] += c33;
            }
            for (; k < m; k++) {
                addOuterColumnBlock(gPre, z, steps, m, linear, grads, off, j, Math.min(m, j + 4), k);
            }
        }
        for (int k = 0; k < m; k++) {
            addOuterColumnBlock(gPre, z, steps, m, linear, grads, off, j, m, k);
        }
    }

    /** The remainder of {@link #addOuterProducts}: rows [fromRow, toRow) of column k, one sum each. */
    private static void addOuterColumnBlock(double[][] gPre, double[][] z, int steps, int m, int linear, double[] grads,
                                            int off, int fromRow, int toRow, int k) {
        for (int j = fromRow; j < toRow; j++) {
            double sum = 0;
            for (int t = 1; t <= steps; t++) {
                double prev = z[t - 1][k];
                sum += gPre[t][j] * (k >= linear ? Math.max(0.0, prev) : prev);
            }
            grads[off + j * m + k] += sum;
        }
    }
}
