package org.qrc4j.alrnn;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.qrc4j.dynamics.ObservedModel;
import org.qrc4j.tensor.ParameterSet;
import org.qrc4j.tensor.Tensor;

/**
 * A trainable AL-RNN: parameters A (the diagonal, M), W (M×M), h (M) and L ((M−N)×N), held as
 * named tensors so the tensor layer's optimisers train them. The first N latent units are the
 * observations; a state starts from an observation x as [x; L·x].
 */
public final class AlrnnModel {

    private final int observations;
    private final int latent;
    private final int relus;
    private final ParameterSet parameters;

    private AlrnnModel(int observations, int latent, int relus, ParameterSet parameters) {
        if (observations < 1 || observations > latent) {
            throw new IllegalArgumentException("observations must be between 1 and latent = " + latent + ", got "
                    + observations);
        }
        this.observations = observations;
        this.latent = latent;
        this.relus = relus;
        this.parameters = parameters;
    }

    /**
     * A model initialised as the authors do: A = the diagonal of (RᵀR/M + I)/λ_max(RᵀR/M + I) with R
     * standard normal; W ~ N(0, 0.01²); h = 0; L Glorot uniform on ±√(6/(N + (M−N))).
     */
    public static AlrnnModel initialize(int observations, int latent, int relus, long seed) {
        if (relus < 0 || relus > latent) {
            throw new IllegalArgumentException("relus must be between 0 and latent = " + latent + ", got " + relus);
        }
        Random random = new Random(seed);
        int m = latent;
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        for (int i = 0; i < m * m; i++) {
            r.data[i] = random.nextGaussian();
        }
        DMatrixRMaj gram = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(r, r, gram);
        CommonOps_DDRM.scale(1.0 / m, gram);
        for (int i = 0; i < m; i++) {
            gram.add(i, i, 1.0);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false, true);
        if (!eig.decompose(gram.copy())) {
            throw new IllegalStateException("eigen decomposition failed");
        }
        double largest = 0;
        for (int i = 0; i < m; i++) {
            largest = Math.max(largest, eig.getEigenvalue(i).real);
        }
        double[] a = new double[m];
        for (int i = 0; i < m; i++) {
            a[i] = gram.get(i, i) / largest;
        }
        double[] w = new double[m * m];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.01 * random.nextGaussian();
        }
        int hidden = m - observations;
        double[] l = new double[hidden * observations];
        double bound = Math.sqrt(6.0 / (observations + hidden));
        for (int i = 0; i < l.length; i++) {
            l[i] = (2 * random.nextDouble() - 1) * bound;
        }
        return of(observations, relus, a, w, new double[m], l);
    }

    /** A model with the given parameters (copied). */
    public static AlrnnModel of(int observations, int relus, double[] a, double[] w, double[] h, double[] l) {
        int m = a.length;
        if (w.length != m * m || h.length != m || l.length != (m - observations) * observations) {
            throw new IllegalArgumentException("parameter sizes do not fit M = " + m + ", N = " + observations
                    + ": A " + a.length + ", W " + w.length + ", h " + h.length + ", L " + l.length);
        }
        ParameterSet p = new ParameterSet();
        p.add("A", Tensor.of(a.clone(), m).requiresGrad(true));
        p.add("W", Tensor.of(w.clone(), m, m).requiresGrad(true));
        p.add("h", Tensor.of(h.clone(), m).requiresGrad(true));
        p.add("L", Tensor.of(l.clone(), m - observations, observations).requiresGrad(true));
        return new AlrnnModel(observations, m, relus, p);
    }

    /** Observations N. */
    public int observations() {
        return observations;
    }

    /** Latent units M. */
    public int latent() {
        return latent;
    }

    /** ReLU units P. */
    public int relus() {
        return relus;
    }

    /** The named parameters A, W, h, L (live: an optimiser updates them in place). */
    public ParameterSet parameters() {
        return parameters;
    }

    /** An independent copy. */
    public AlrnnModel copy() {
        return of(observations, relus, parameters.get("A").data(), parameters.get("W").data(),
                parameters.get("h").data(), parameters.get("L").data());
    }

    /** The map z ↦ A⊙z + W·Φ*(z) + h with the current parameters (a snapshot). */
    public AlrnnMap map() {
        return new AlrnnMap(parameters.get("A").data(), parameters.get("W").data(), parameters.get("h").data(), relus);
    }

    /** [x; L·x]: the latent state of an observation. */
    public double[] initialState(double[] x) {
        double[] z = new double[latent];
        initialState(parameters.get("L").data(), observations, x, z);
        return z;
    }

    static void initialState(double[] l, int n, double[] x, double[] z) {
        System.arraycopy(x, 0, z, 0, n);
        int hidden = z.length - n;
        for (int j = 0; j < hidden; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += l[j * n + k] * x[k];
            }
            z[n + j] = s;
        }
    }

    /** A snapshot of the model as an {@link ObservedModel}, for the measures of {@code org.qrc4j.dynamics}. */
    public ObservedModel observedModel() {
        AlrnnMap map = map();
        double[] l = parameters.get("L").data().clone();
        int n = observations, m = latent;
        return new ObservedModel() {
            @Override
            public int latentDimension() {
                return m;
            }

            @Override
            public int observationDimension() {
                return n;
            }

            @Override
            public double[] initialState(double[] x) {
                double[] z = new double[m];
                AlrnnModel.initialState(l, n, x, z);
                return z;
            }

            @Override
            public void step(double[] z, double[] out) {
                map.step(z, out);
            }
        };
    }

    /**
     * A free run: the latent states z_0 = [x0; L·x0], z_1, …, z_{steps−1}; states that leave the
     * double range stay as they are (infinite or NaN), for the measures to judge.
     */
    public double[][] generateLatent(double[] x0, int steps) {
        AlrnnMap map = map();
        double[][] out = new double[steps][];
        double[] z = initialState(x0);
        for (int t = 0; t < steps; t++) {
            out[t] = z;
            double[] next = new double[latent];
            map.step(z, next);
            z = next;
        }
        return out;
    }

    /** The first N units of each latent state. */
    public static double[][] observe(double[][] latentStates, int n) {
        double[][] out = new double[latentStates.length][];
        for (int t = 0; t < out.length; t++) {
            out[t] = java.util.Arrays.copyOf(latentStates[t], n);
        }
        return out;
    }
}
