package org.qrc4j.tensor.optim;

import org.qrc4j.tensor.ParameterSet;

/**
 * RMSprop, PyTorch's {@code RMSprop} (not centred), with eps outside the square root:
 *
 * <pre>
 * g = grad + weightDecay * w
 * s = alpha * s + (1 - alpha) * g^2
 * b = momentum * b + g / (sqrt(s) + eps);  w = w - lr * b      (momentum &gt; 0)
 * w = w - lr * g / (sqrt(s) + eps)                             (momentum = 0)
 * </pre>
 */
public final class RmsProp extends Optimizer {

    private final double alpha;
    private final double eps;
    private final double momentum;
    private final double weightDecay;
    private final double[][] sq;
    private final double[][] buf;

    /** RMSprop with PyTorch's defaults: alpha 0.99, eps 1e-8, no momentum, no weight decay. */
    public RmsProp(ParameterSet params, double lr) {
        this(params, lr, 0.99, 1e-8, 0, 0);
    }

    /** RMSprop with the given hyper-parameters. */
    public RmsProp(ParameterSet params, double lr, double alpha, double eps, double momentum, double weightDecay) {
        super(params, lr);
        checkRange("alpha", alpha, 0, 1);
        checkRange("momentum", momentum, 0, 1);
        if (!(eps >= 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("eps and weight decay must be >= 0");
        }
        this.alpha = alpha;
        this.eps = eps;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.sq = new double[parameterCount()][];
        this.buf = new double[parameterCount()][];
    }

    @Override
    protected void update(int index, int step, double[] w, double[] g) {
        if (sq[index] == null) {
            sq[index] = new double[w.length];
            buf[index] = momentum > 0 ? new double[w.length] : null;
        }
        double[] s = sq[index];
        double[] b = buf[index];
        double lr = learningRate();
        for (int i = 0; i < w.length; i++) {
            double gi = g[i] + weightDecay * w[i];
            s[i] = alpha * s[i] + (1 - alpha) * gi * gi;
            double d = gi / (Math.sqrt(s[i]) + eps);
            if (b != null) {
                b[i] = momentum * b[i] + d;
                w[i] -= lr * b[i];
            } else {
                w[i] -= lr * d;
            }
        }
    }
}
