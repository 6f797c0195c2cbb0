package org.qrc4j.tensor.optim;

import org.qrc4j.tensor.ParameterSet;

/**
 * Rectified Adam, PyTorch's {@code RAdam} (coupled weight decay). With {@code t} the step count,
 * {@code rhoInf = 2 / (1 - beta2) - 1} and {@code rho_t = rhoInf - 2 t beta2^t / (1 - beta2^t)}:
 *
 * <pre>
 * g = grad + weightDecay * w
 * m = beta1 * m + (1 - beta1) * g;   v = beta2 * v + (1 - beta2) * g^2
 * mhat = m / (1 - beta1^t)
 * if rho_t &gt; 5:
 *     r = sqrt((rho_t - 4)(rho_t - 2) rhoInf / ((rhoInf - 4)(rhoInf - 2) rho_t))
 *     w = w - lr * mhat * r * sqrt(1 - beta2^t) / (sqrt(v) + eps)
 * else:
 *     w = w - lr * mhat                  (the variance estimate is not yet trustworthy)
 * </pre>
 */
public final class RAdam extends Optimizer {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double[][] m;
    private final double[][] v;

    /** RAdam with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public RAdam(ParameterSet params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0);
    }

    /** RAdam with the given hyper-parameters. */
    public RAdam(ParameterSet params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(params, lr);
        checkRange("beta1", beta1, 0, 1);
        checkRange("beta2", beta2, 0, 1);
        if (!(eps >= 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("eps and weight decay must be >= 0");
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.m = new double[parameterCount()][];
        this.v = new double[parameterCount()][];
    }

    @Override
    protected void update(int index, int step, double[] w, double[] g) {
        if (m[index] == null) {
            m[index] = new double[w.length];
            v[index] = new double[w.length];
        }
        double[] mi = m[index];
        double[] vi = v[index];
        double lr = learningRate();
        double bc1 = 1 - Math.pow(beta1, step);
        double beta2t = Math.pow(beta2, step);
        double bc2 = 1 - beta2t;
        double rhoInf = 2 / (1 - beta2) - 1;
        double rhoT = rhoInf - 2 * step * beta2t / bc2;
        boolean rectify = rhoT > 5;
        double rect = rectify
                ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
                : 0;
        double bc2Sqrt = Math.sqrt(bc2);
        for (int i = 0; i < w.length; i++) {
            double gi = g[i] + weightDecay * w[i];
            mi[i] = beta1 * mi[i] + (1 - beta1) * gi;
            vi[i] = beta2 * vi[i] + (1 - beta2) * gi * gi;
            double mhat = mi[i] / bc1;
            if (rectify) {
                w[i] -= lr * mhat * rect * (bc2Sqrt / (Math.sqrt(vi[i]) + eps));
            } else {
                w[i] -= lr * mhat;
            }
        }
    }
}
