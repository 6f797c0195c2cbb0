package org.qrc4j.tensor.optim;

import org.qrc4j.tensor.ParameterSet;

/**
 * AdamW, PyTorch's {@code AdamW}: Adam with decoupled weight decay. Each step first shrinks the
 * weights, {@code w = w * (1 - lr * weightDecay)}, then applies the {@link Adam} update with the
 * plain gradient.
 */
public final class AdamW extends Adam {

    /** AdamW with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public AdamW(ParameterSet params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0.01);
    }

    /** AdamW with the given hyper-parameters. */
    public AdamW(ParameterSet params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(params, lr, beta1, beta2, eps, weightDecay, true);
    }
}
