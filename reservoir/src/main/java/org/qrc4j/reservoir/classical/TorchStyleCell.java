package org.qrc4j.reservoir.classical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.qrc4j.reservoir.Cell;

/**
 * Common part of the frozen PyTorch-style cells ({@link RnnCell}, {@link LstmCell}, {@link GruCell}):
 * input size 1, hidden size H, and G gate blocks of H rows each (1 for the RNN, 4 for the LSTM,
 * 3 for the GRU) stacked in PyTorch's order.
 *
 * <p>Weights are held as PyTorch holds one layer's parameters, flattened row-major:
 * <ul>
 *   <li>{@value #WEIGHT_IH}: G·H values ({@code W_ih}, shape (G·H, 1)),</li>
 *   <li>{@value #WEIGHT_HH}: G·H·H values ({@code W_hh}, shape (G·H, H), row r at {@code r·H}),</li>
 *   <li>{@value #BIAS_IH} and {@value #BIAS_HH}: G·H values each.</li>
 * </ul>
 * The keys are PyTorch's {@code state_dict} names, so the flattened tensors of a trained or
 * initialised single-layer PyTorch module with {@code input_size=1} load unchanged through the
 * subclasses' {@code fromWeights}.
 *
 * <p>Random cells draw every weight and bias uniformly on [−1/√H, 1/√H), the distribution of
 * PyTorch's {@code reset_parameters}; the numbers come from {@link Random} seeded with the given
 * seed (in the order {@code weight_ih, weight_hh, bias_ih, bias_hh}), so they are not PyTorch's
 * numbers for the same seed.
 */
public abstract sealed class TorchStyleCell implements Cell permits RnnCell, LstmCell, GruCell {

    /** The default hidden size H: small, as in the quantum cells the baselines are compared with. */
    public static final int DEFAULT_HIDDEN_SIZE = 4;

    /** Key of the input-to-hidden weights, G·H values. */
    public static final String WEIGHT_IH = "weight_ih_l0";
    /** Key of the hidden-to-hidden weights, G·H·H values, row-major. */
    public static final String WEIGHT_HH = "weight_hh_l0";
    /** Key of the input-side biases, G·H values. */
    public static final String BIAS_IH = "bias_ih_l0";
    /** Key of the hidden-side biases, G·H values. */
    public static final String BIAS_HH = "bias_hh_l0";

    private static final Set<String> KEYS = Set.of(WEIGHT_IH, WEIGHT_HH, BIAS_IH, BIAS_HH);

    /** Hidden size H. */
    final int hidden;
    /** W_ih, G·H values; shared read-only between forks. */
    final double[] weightIh;
    /** W_hh, G·H·H values row-major; shared read-only between forks. */
    final double[] weightHh;
    /** b_ih, G·H values; shared read-only between forks. */
    final double[] biasIh;
    /** b_hh, G·H values; shared read-only between forks. */
    final double[] biasHh;

    /** The four arrays must already be checked and must not be modified afterwards. */
    TorchStyleCell(int hidden, double[][] parameters) {
        this.hidden = hidden;
        this.weightIh = parameters[0];
        this.weightHh = parameters[1];
        this.biasIh = parameters[2];
        this.biasHh = parameters[3];
    }

    /** Draws the four parameter arrays of a cell with {@code gates} gate blocks. */
    static double[][] draw(String cell, int gates, int hiddenSize, long seed) {
        Checks.atLeast(cell + " hiddenSize", hiddenSize, 1);
        int rows = gates * hiddenSize;
        double[][] parameters = {new double[rows], new double[rows * hiddenSize], new double[rows], new double[rows]};
        double bound = 1.0 / Math.sqrt(hiddenSize);
        Random random = new Random(seed);
        for (double[] p : parameters) {
            Checks.uniform(random, bound, p);
        }
        return parameters;
    }

    /** Checks and copies the four parameter arrays of a weight map; H follows from the biases' length. */
    static double[][] read(String cell, int gates, Map<String, double[]> weights) {
        Checks.onlyKeys(weights, KEYS);
        double[] bias = weights.get(BIAS_IH);
        if (bias == null) {
            throw new IllegalArgumentException(cell + " weights must contain \"" + BIAS_IH + "\" (keys "
                    + weights.keySet() + ")");
        }
        if (bias.length == 0 || bias.length % gates != 0) {
            throw new IllegalArgumentException(cell + " weights \"" + BIAS_IH + "\" must have a positive multiple of "
                    + gates + " values (" + gates + "·H), got " + bias.length);
        }
        int rows = bias.length;
        int h = rows / gates;
        return new double[][] {
            Checks.weight(weights, WEIGHT_IH, rows),
            Checks.weight(weights, WEIGHT_HH, rows * h),
            Checks.weight(weights, BIAS_IH, rows),
            Checks.weight(weights, BIAS_HH, rows),
        };
    }

    /** Hidden size H, which is also the number of features. */
    public final int hiddenSize() {
        return hidden;
    }

    @Override
    public final int featureSize() {
        return hidden;
    }

    /**
     * Copies of the frozen weights under PyTorch's names ({@value #WEIGHT_IH}, {@value #WEIGHT_HH},
     * {@value #BIAS_IH}, {@value #BIAS_HH}), flattened row-major; the subclass's {@code fromWeights}
     * rebuilds an identical cell from them.
     */
    public final Map<String, double[]> weights() {
        Map<String, double[]> map = new LinkedHashMap<>();
        map.put(WEIGHT_IH, weightIh.clone());
        map.put(WEIGHT_HH, weightHh.clone());
        map.put(BIAS_IH, biasIh.clone());
        map.put(BIAS_HH, biasHh.clone());
        return Collections.unmodifiableMap(map);
    }

    /** The input side of gate row {@code row}: {@code W_ih[row]·x + b_ih[row]}. */
    final double inputSide(int row, double x) {
        return weightIh[row] * x + biasIh[row];
    }

    /** {@code W_hh[row]·h + b_hh[row]}, with h the first H entries of {@code state}. */
    final double hiddenSide(int row, double[] state) {
        double sum = biasHh[row];
        int offset = row * hidden;
        for (int j = 0; j < hidden; j++) {
            sum += weightHh[offset + j] * state[j];
        }
        return sum;
    }

    @Override
    public String toString() {
        return name() + "(H=" + hidden + ")";
    }
}
