package org.qrc4j.tensor.optim;

import org.qrc4j.tensor.ParameterSet;

/**
 * Stochastic gradient descent with momentum, PyTorch's {@code SGD} with dampening 0 and
 * nesterov false:
 *
 * <pre>
 * g = grad + weightDecay * w
 * b = g                       (first step)
 * b = momentum * b + g        (later steps; only if momentum != 0)
 * w = w - lr * b
 * </pre>
 */
public final class Sgd extends Optimizer {

    private final double momentum;
    private final double weightDecay;
    private final double[][] buf;

    /** Plain SGD. */
    public Sgd(ParameterSet params, double lr) {
        this(params, lr, 0, 0);
    }

    /** SGD with momentum and L2 weight decay (added to the gradient). */
    public Sgd(ParameterSet params, double lr, double momentum, double weightDecay) {
        super(params, lr);
        checkRange("momentum", momentum, 0, 1);
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight decay must be >= 0: " + weightDecay);
        }
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.buf = new double[parameterCount()][];
    }

    @Override
    protected void update(int index, int step, double[] w, double[] g) {
        double lr = learningRate();
        if (momentum == 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] -= lr * (g[i] + weightDecay * w[i]);
            }
            return;
        }
        double[] b = buf[index];
        if (b == null) {
            b = buf[index] = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                b[i] = g[i] + weightDecay * w[i];
                w[i] -= lr * b[i];
            }
            return;
        }
        for (int i = 0; i < w.length; i++) {
            b[i] = momentum * b[i] + (g[i] + weightDecay * w[i]);
            w[i] -= lr * b[i];
        }
    }
}
