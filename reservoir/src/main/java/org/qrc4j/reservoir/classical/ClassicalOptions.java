package org.qrc4j.reservoir.classical;

/**
 * Hyperparameters of the classical cells, for {@link ClassicalCells#byName}. Each cell reads only
 * its own: {@code hiddenSize} the RNN, LSTM and GRU; {@code esnSize} to {@code biasScaling} the
 * echo state network; {@code delayLength} the delay line. {@code washout} is not applied by any
 * cell: stream-mode runners drop that many first rows of {@link org.qrc4j.reservoir.Features#stream}
 * (see {@link org.qrc4j.reservoir.task.StreamSplit}).
 *
 * <p>Start from {@link #defaults()} and change what you need with the {@code with…} methods.
 *
 * @param hiddenSize     hidden size H of the RNN, LSTM and GRU, at least 1
 * @param esnSize        number of ESN units N, 1 to {@link EchoStateNetwork#MAX_SIZE}
 * @param spectralRadius largest |eigenvalue| ρ the ESN's recurrent matrix is rescaled to, finite and &gt; 0
 * @param leakRate       ESN leak rate a in (0, 1]; 1 is the non-leaky ESN
 * @param inputScaling   ESN input weights are uniform on [−inputScaling, inputScaling); finite, &gt;= 0
 * @param sparsity       fraction of ESN recurrent weights that are zero, in [0, 1)
 * @param biasScaling    ESN biases are uniform on [−biasScaling, biasScaling); finite, &gt;= 0 (0: no bias)
 * @param washout        stream-mode rows a runner drops before training, at least 0
 * @param delayLength    inputs remembered by the delay line (its features), at least 1
 */
public record ClassicalOptions(int hiddenSize, int esnSize, double spectralRadius, double leakRate,
        double inputScaling, double sparsity, double biasScaling, int washout, int delayLength) {

    /**
     * Default delay-line length. Runners in window mode should set it to the window, so that the
     * linear readout sees the whole window (a longer line only adds zero features).
     */
    public static final int DEFAULT_DELAY_LENGTH = 10;

    /** Checks every field; messages name the parameter, its value and the allowed range. */
    public ClassicalOptions {
        Checks.atLeast("hiddenSize", hiddenSize, 1);
        EchoStateNetwork.checkSize(esnSize);
        Checks.finitePositive("spectralRadius", spectralRadius);
        EchoStateNetwork.checkLeakRate(leakRate);
        Checks.finiteNonNegative("inputScaling", inputScaling);
        EchoStateNetwork.checkSparsity(sparsity);
        Checks.finiteNonNegative("biasScaling", biasScaling);
        Checks.atLeast("washout", washout, 0);
        Checks.atLeast("delayLength", delayLength, 1);
    }

    /**
     * H = {@value TorchStyleCell#DEFAULT_HIDDEN_SIZE}; ESN N = {@value EchoStateNetwork#DEFAULT_SIZE},
     * ρ = {@value EchoStateNetwork#DEFAULT_SPECTRAL_RADIUS}, a = {@value EchoStateNetwork#DEFAULT_LEAK_RATE},
     * input scaling {@value EchoStateNetwork#DEFAULT_INPUT_SCALING}, sparsity
     * {@value EchoStateNetwork#DEFAULT_SPARSITY}, bias scaling {@value EchoStateNetwork#DEFAULT_BIAS_SCALING},
     * washout {@value EchoStateNetwork#DEFAULT_WASHOUT}; delay length {@value #DEFAULT_DELAY_LENGTH}.
     */
    public static ClassicalOptions defaults() {
        return new ClassicalOptions(TorchStyleCell.DEFAULT_HIDDEN_SIZE, EchoStateNetwork.DEFAULT_SIZE,
                EchoStateNetwork.DEFAULT_SPECTRAL_RADIUS, EchoStateNetwork.DEFAULT_LEAK_RATE,
                EchoStateNetwork.DEFAULT_INPUT_SCALING, EchoStateNetwork.DEFAULT_SPARSITY,
                EchoStateNetwork.DEFAULT_BIAS_SCALING, EchoStateNetwork.DEFAULT_WASHOUT, DEFAULT_DELAY_LENGTH);
    }

    /** A copy with another {@code hiddenSize}. */
    public ClassicalOptions withHiddenSize(int value) {
        return new ClassicalOptions(value, esnSize, spectralRadius, leakRate, inputScaling, sparsity, biasScaling,
                washout, delayLength);
    }

    /** A copy with another {@code esnSize}. */
    public ClassicalOptions withEsnSize(int value) {
        return new ClassicalOptions(hiddenSize, value, spectralRadius, leakRate, inputScaling, sparsity, biasScaling,
                washout, delayLength);
    }

    /** A copy with another {@code spectralRadius}. */
    public ClassicalOptions withSpectralRadius(double value) {
        return new ClassicalOptions(hiddenSize, esnSize, value, leakRate, inputScaling, sparsity, biasScaling,
                washout, delayLength);
    }

    /** A copy with another {@code leakRate}. */
    public ClassicalOptions withLeakRate(double value) {
        return new ClassicalOptions(hiddenSize, esnSize, spectralRadius, value, inputScaling, sparsity, biasScaling,
                washout, delayLength);
    }

    /** A copy with another {@code inputScaling}. */
    public ClassicalOptions withInputScaling(double value) {
        return new ClassicalOptions(hiddenSize, esnSize, spectralRadius, leakRate, value, sparsity, biasScaling,
                washout, delayLength);
    }

    /** A copy with another {@code sparsity}. */
    public ClassicalOptions withSparsity(double value) {
        return new ClassicalOptions(hiddenSize, esnSize, spectralRadius, leakRate, inputScaling, value, biasScaling,
                washout, delayLength);
    }

    /** A copy with another {@code biasScaling}. */
    public ClassicalOptions withBiasScaling(double value) {
        return new ClassicalOptions(hiddenSize, esnSize, spectralRadius, leakRate, inputScaling, sparsity, value,
                washout, delayLength);
    }

    /** A copy with another {@code washout}. */
    public ClassicalOptions withWashout(int value) {
        return new ClassicalOptions(hiddenSize, esnSize, spectralRadius, leakRate, inputScaling, sparsity, biasScaling,
                value, delayLength);
    }

    /** A copy with another {@code delayLength}. */
    public ClassicalOptions withDelayLength(int value) {
        return new ClassicalOptions(hiddenSize, esnSize, spectralRadius, leakRate, inputScaling, sparsity, biasScaling,
                washout, value);
    }
}
