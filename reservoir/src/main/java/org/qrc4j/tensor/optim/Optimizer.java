package org.qrc4j.tensor.optim;

import java.util.List;
import org.qrc4j.tensor.ParameterSet;
import org.qrc4j.tensor.Tensor;

/**
 * A gradient-descent optimiser over a {@link ParameterSet}. {@link #step()} updates every parameter
 * that has a gradient in place (its {@link Tensor#data()}), following the update rule of the
 * PyTorch optimiser of the same name; parameters without a gradient are skipped and their state is
 * left untouched, as in PyTorch.
 *
 * <p>The parameter list is taken when the optimiser is made; parameters added to the set later are
 * not seen. State (moments, momentum buffers) is per parameter, allocated on its first update.
 */
public abstract class Optimizer {

    private final ParameterSet params;
    private final List<Tensor> tensors;
    private final int[] steps;
    private double learningRate;

    /** An optimiser for {@code params} with the given learning rate. */
    protected Optimizer(ParameterSet params, double learningRate) {
        if (!(learningRate >= 0)) {
            throw new IllegalArgumentException("learning rate must be >= 0: " + learningRate);
        }
        this.params = params;
        this.tensors = params.tensors();
        this.steps = new int[tensors.size()];
        this.learningRate = learningRate;
    }

    /** Applies one update to every parameter with a gradient. */
    public void step() {
        for (int i = 0; i < tensors.size(); i++) {
            Tensor p = tensors.get(i);
            double[] g = p.grad();
            if (g != null) {
                steps[i]++;
                update(i, steps[i], p.data(), g);
            }
        }
    }

    /**
     * Updates parameter {@code index} in place.
     *
     * @param step this parameter's update count, from 1
     * @param w its values
     * @param g its gradient (must not be modified)
     */
    protected abstract void update(int index, int step, double[] w, double[] g);

    /** Zeroes the gradients of all parameters. */
    public void zeroGrad() {
        params.zeroGrad();
    }

    /** The parameters. */
    public ParameterSet parameters() {
        return params;
    }

    /** The number of parameters (tensors) this optimiser updates. */
    protected int parameterCount() {
        return tensors.size();
    }

    /** The current learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate, e.g. from a {@link LearningRateSchedule} each epoch. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate >= 0)) {
            throw new IllegalArgumentException("learning rate must be >= 0: " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /**
     * Scales the gradients of {@code params} to a global L2 norm of at most {@code maxNorm};
     * returns the norm before clipping. See {@link ParameterSet#clipGradNorm(double)}.
     */
    public static double clipGradNorm(ParameterSet params, double maxNorm) {
        return params.clipGradNorm(maxNorm);
    }

    static void checkRange(String name, double v, double lo, double hi) {
        if (!(v >= lo && v < hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "): " + v);
        }
    }
}
