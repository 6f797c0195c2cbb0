package org.qrc4j.tensor.optim;

import org.qrc4j.tensor.ParameterSet;

/**
 * Adam, PyTorch's {@code Adam} (amsgrad false). With {@code t} the parameter's step count:
 *
 * <pre>
 * g = grad + weightDecay * w                 (L2 decay, coupled; AdamW decouples it)
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g^2
 * w = w - (lr / (1 - beta1^t)) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 *
 * The last line is PyTorch's arrangement of {@code lr * mhat / (sqrt(vhat) + eps)}, kept so results
 * agree with PyTorch to the last bits.
 */
public class Adam extends Optimizer {

    final double beta1;
    final double beta2;
    final double eps;
    final double weightDecay;
    private final boolean decoupled;
    private final double[][] m;
    private final double[][] v;

    /** Adam with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(ParameterSet params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0);
    }

    /** Adam with L2 weight decay added to the gradient. */
    public Adam(ParameterSet params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(params, lr, beta1, beta2, eps, weightDecay, false);
    }

    Adam(ParameterSet params, double lr, double beta1, double beta2, double eps, double weightDecay,
            boolean decoupled) {
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
        this.decoupled = decoupled;
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
        double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, step));
        double stepSize = lr / bc1;
        double l2 = decoupled ? 0 : weightDecay;
        double shrink = decoupled ? 1 - lr * weightDecay : 1;
        for (int i = 0; i < w.length; i++) {
            double gi = g[i] + l2 * w[i];
            if (decoupled) {
                w[i] *= shrink;
            }
            mi[i] = beta1 * mi[i] + (1 - beta1) * gi;
            vi[i] = beta2 * vi[i] + (1 - beta2) * gi * gi;
            w[i] -= stepSize * mi[i] / (Math.sqrt(vi[i]) / bc2Sqrt + eps);
        }
    }
}
