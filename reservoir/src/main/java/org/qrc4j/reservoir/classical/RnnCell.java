package org.qrc4j.reservoir.classical;

import java.util.Map;
import org.qrc4j.reservoir.Cell;

/**
 * A frozen Elman RNN cell, PyTorch's {@code nn.RNN} with {@code nonlinearity='tanh'} and input size 1:
 * <pre>
 *   h' = tanh(W_ih x + b_ih + W_hh h + b_hh)
 * </pre>
 * State and features are h (H values). See {@link TorchStyleCell} for the weight layout and the
 * initial distribution.
 */
public final class RnnCell extends TorchStyleCell {

    private final double[] next;

    private RnnCell(int hidden, double[][] parameters) {
        super(hidden, parameters);
        this.next = new double[hidden];
    }

    /** A cell with hidden size {@value TorchStyleCell#DEFAULT_HIDDEN_SIZE} drawn from {@code seed}. */
    public static RnnCell random(long seed) {
        return random(DEFAULT_HIDDEN_SIZE, seed);
    }

    /** A cell with hidden size {@code hiddenSize} (at least 1), weights uniform on [−1/√H, 1/√H) from {@code seed}. */
    public static RnnCell random(int hiddenSize, long seed) {
        return new RnnCell(hiddenSize, draw("rnn", 1, hiddenSize, seed));
    }

    /**
     * A cell with the given weights (copied), as returned by {@link #weights()}: {@code bias_ih_l0}
     * has H values, {@code weight_ih_l0} H, {@code weight_hh_l0} H·H, {@code bias_hh_l0} H.
     *
     * @throws IllegalArgumentException if a key is missing or unknown, a length is wrong or a value not finite
     */
    public static RnnCell fromWeights(Map<String, double[]> weights) {
        double[][] parameters = read("rnn", 1, weights);
        return new RnnCell(parameters[2].length, parameters);
    }

    @Override
    public String name() {
        return "rnn";
    }

    @Override
    public int stateSize() {
        return hidden;
    }

    @Override
    public void step(double input, double[] state, double[] features) {
        // All of h' depends on all of h, so h' is built in scratch before it overwrites the state.
        for (int k = 0; k < hidden; k++) {
            next[k] = Math.tanh(inputSide(k, input) + hiddenSide(k, state));
        }
        System.arraycopy(next, 0, state, 0, hidden);
        System.arraycopy(next, 0, features, 0, hidden);
    }

    @Override
    public Cell fork() {
        return new RnnCell(hidden, new double[][] {weightIh, weightHh, biasIh, biasHh});
    }
}
