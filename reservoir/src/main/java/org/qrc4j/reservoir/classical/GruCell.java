package org.qrc4j.reservoir.classical;

import java.util.Map;
import org.qrc4j.reservoir.Cell;

/**
 * A frozen GRU cell, PyTorch's {@code nn.GRU} with input size 1. Gate blocks in PyTorch's order
 * r, z, n:
 * <pre>
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)
 *   z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h' = (1 − z) ⊙ n + z ⊙ h
 * </pre>
 * Note that r multiplies {@code W_hn h + b_hn} including its bias, as in PyTorch (not the
 * original paper's {@code W_hn (r ⊙ h)}). State and features are h (H values). See
 * {@link TorchStyleCell} for the weight layout (3H rows) and the initial distribution.
 */
public final class GruCell extends TorchStyleCell {

    /** z then n, H each: h' needs all of the old h, so it is written only after both are known. */
    private final double[] zn;

    private GruCell(int hidden, double[][] parameters) {
        super(hidden, parameters);
        this.zn = new double[2 * hidden];
    }

    /** A cell with hidden size {@value TorchStyleCell#DEFAULT_HIDDEN_SIZE} drawn from {@code seed}. */
    public static GruCell random(long seed) {
        return random(DEFAULT_HIDDEN_SIZE, seed);
    }

    /** A cell with hidden size {@code hiddenSize} (at least 1), weights uniform on [−1/√H, 1/√H) from {@code seed}. */
    public static GruCell random(int hiddenSize, long seed) {
        return new GruCell(hiddenSize, draw("gru", 3, hiddenSize, seed));
    }

    /**
     * A cell with the given weights (copied), as returned by {@link #weights()}: {@code bias_ih_l0}
     * has 3H values, {@code weight_ih_l0} 3H, {@code weight_hh_l0} 3H·H, {@code bias_hh_l0} 3H.
     *
     * @throws IllegalArgumentException if a key is missing or unknown, a length is wrong or a value not finite
     */
    public static GruCell fromWeights(Map<String, double[]> weights) {
        double[][] parameters = read("gru", 3, weights);
        return new GruCell(parameters[2].length / 3, parameters);
    }

    @Override
    public String name() {
        return "gru";
    }

    @Override
    public int stateSize() {
        return hidden;
    }

    @Override
    public void step(double input, double[] state, double[] features) {
        int h = hidden;
        for (int k = 0; k < h; k++) {
            double r = Checks.sigmoid(inputSide(k, input) + hiddenSide(k, state));
            zn[k] = Checks.sigmoid(inputSide(h + k, input) + hiddenSide(h + k, state));
            zn[h + k] = Math.tanh(inputSide(2 * h + k, input) + r * hiddenSide(2 * h + k, state));
        }
        for (int k = 0; k < h; k++) {
            double z = zn[k];
            double hNew = (1.0 - z) * zn[h + k] + z * state[k];
            state[k] = hNew;
            features[k] = hNew;
        }
    }

    @Override
    public Cell fork() {
        return new GruCell(hidden, new double[][] {weightIh, weightHh, biasIh, biasHh});
    }
}
