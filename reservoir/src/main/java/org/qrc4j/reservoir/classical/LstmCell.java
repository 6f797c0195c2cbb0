package org.qrc4j.reservoir.classical;

import java.util.Map;
import org.qrc4j.reservoir.Cell;

/**
 * A frozen LSTM cell, PyTorch's {@code nn.LSTM} with input size 1. Gate blocks in PyTorch's order
 * i, f, g, o:
 * <pre>
 *   i = σ(W_ii x + b_ii + W_hi h + b_hi)
 *   f = σ(W_if x + b_if + W_hf h + b_hf)
 *   g = tanh(W_ig x + b_ig + W_hg h + b_hg)
 *   o = σ(W_io x + b_io + W_ho h + b_ho)
 *   c' = f ⊙ c + i ⊙ g
 *   h' = o ⊙ tanh(c')
 * </pre>
 * The state is {@code [h, c]} (2H values, h first); the features are h' (H values). See
 * {@link TorchStyleCell} for the weight layout (4H rows) and the initial distribution.
 */
public final class LstmCell extends TorchStyleCell {

    /** Gate activations i, f, g, o, H each. */
    private final double[] gates;

    private LstmCell(int hidden, double[][] parameters) {
        super(hidden, parameters);
        this.gates = new double[4 * hidden];
    }

    /** A cell with hidden size {@value TorchStyleCell#DEFAULT_HIDDEN_SIZE} drawn from {@code seed}. */
    public static LstmCell random(long seed) {
        return random(DEFAULT_HIDDEN_SIZE, seed);
    }

    /** A cell with hidden size {@code hiddenSize} (at least 1), weights uniform on [−1/√H, 1/√H) from {@code seed}. */
    public static LstmCell random(int hiddenSize, long seed) {
        return new LstmCell(hiddenSize, draw("lstm", 4, hiddenSize, seed));
    }

    /**
     * A cell with the given weights (copied), as returned by {@link #weights()}: {@code bias_ih_l0}
     * has 4H values, {@code weight_ih_l0} 4H, {@code weight_hh_l0} 4H·H, {@code bias_hh_l0} 4H.
     *
     * @throws IllegalArgumentException if a key is missing or unknown, a length is wrong or a value not finite
     */
    public static LstmCell fromWeights(Map<String, double[]> weights) {
        double[][] parameters = read("lstm", 4, weights);
        return new LstmCell(parameters[2].length / 4, parameters);
    }

    @Override
    public String name() {
        return "lstm";
    }

    /** 2H: h then c. */
    @Override
    public int stateSize() {
        return 2 * hidden;
    }

    @Override
    public void step(double input, double[] state, double[] features) {
        int h = hidden;
        // Every gate reads the old h, so all gates are computed before h or c is overwritten.
        for (int row = 0; row < 4 * h; row++) {
            double pre = inputSide(row, input) + hiddenSide(row, state);
            gates[row] = row >= 2 * h && row < 3 * h ? Math.tanh(pre) : Checks.sigmoid(pre);
        }
        for (int k = 0; k < h; k++) {
            double c = gates[h + k] * state[h + k] + gates[k] * gates[2 * h + k];
            double hNew = gates[3 * h + k] * Math.tanh(c);
            state[h + k] = c;
            state[k] = hNew;
            features[k] = hNew;
        }
    }

    @Override
    public Cell fork() {
        return new LstmCell(hidden, new double[][] {weightIh, weightHh, biasIh, biasHh});
    }
}
