package org.qrc4j.reservoir.classical;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.qrc4j.reservoir.Cell;

/**
 * A leaky-integrator echo state network with N units, the standard strong classical baseline:
 * <pre>
 *   x' = (1 − a) x + a · tanh(W x + W_in u + b)
 * </pre>
 * State and features are x (N values). W is N×N with a fraction {@code sparsity} of exact zeros
 * (the positions drawn at random) and the other entries uniform on [−1, 1), then rescaled so that
 * its spectral radius (largest |eigenvalue|) is ρ; W_in is uniform on [−inputScaling,
 * inputScaling) and b on [−biasScaling, biasScaling). All come from {@link Random} with the seed,
 * in that order.
 *
 * <p>The spectral radius is computed with EJML's general (non-symmetric) eigenvalue decomposition
 * of the dense matrix, O(N³) once at construction. Power iteration was not used: for a real
 * non-symmetric W the dominant eigenvalues often form a complex pair of equal modulus, and then
 * the iteration does not converge.
 *
 * <p>Washout: the cell starts from the zero state like every {@link Cell}. In stream mode
 * ({@link org.qrc4j.reservoir.Features#stream}) runners drop the first {@link #DEFAULT_WASHOUT}
 * (or {@link ClassicalOptions#washout()}) rows, whose features still depend on that arbitrary
 * start; {@link org.qrc4j.reservoir.task.StreamSplit} drops them. In window mode there is no washout beyond what
 * the window itself gives.
 *
 * <p>W is held in compressed sparse rows, so a step costs O(nonzeros + N) and allocates nothing.
 */
public final class EchoStateNetwork implements Cell {

    /** Default number of units: the usual size of a small ESN baseline. */
    public static final int DEFAULT_SIZE = 100;
    /** Default spectral radius: below 1, the common rule of thumb for the echo state property. */
    public static final double DEFAULT_SPECTRAL_RADIUS = 0.9;
    /**
     * Default leak rate 1.0, the plain (non-leaky) ESN: the canonical form, and in window mode
     * (short windows from a zero state) each unit should track the input rather than integrate it
     * slowly. Slow tasks can lower it.
     */
    public static final double DEFAULT_LEAK_RATE = 1.0;
    /** Default input scaling. */
    public static final double DEFAULT_INPUT_SCALING = 1.0;
    /** Default fraction of zero recurrent weights (10 nonzeros per row on average at N = 100). */
    public static final double DEFAULT_SPARSITY = 0.9;
    /**
     * Default bias scaling 0, no bias: the textbook update. Note that without a bias, and with
     * zero-mean inputs, the features are odd functions of the input history; a bias breaks that.
     */
    public static final double DEFAULT_BIAS_SCALING = 0.0;
    /** Default number of stream-mode rows to drop before training (the caller drops them). */
    public static final int DEFAULT_WASHOUT = 50;
    /**
     * Largest N. Construction runs a dense O(N³) eigen decomposition: measured on one core it
     * takes about 0.1 s at N = 100, 1 s at 500, 8 s at 1000 and 90 s at 2000, beyond which a
     * baseline stops being cheap. Stepping is O(nonzeros + N).
     */
    public static final int MAX_SIZE = 2000;

    /** Key of the recurrent weights W, N·N values row-major (zeros included). */
    public static final String RECURRENT = "W";
    /** Key of the input weights W_in, N values. */
    public static final String INPUT = "W_in";
    /** Key of the biases b, N values. */
    public static final String BIAS = "b";

    private static final Set<String> KEYS = Set.of(RECURRENT, INPUT, BIAS);
    /** Redraws of the sparsity pattern allowed when a drawn pattern has no cycle (so W is nilpotent). */
    private static final int MAX_DRAWS = 100;

    private final int size;
    private final double leakRate;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;
    private final double[] inputWeights;
    private final double[] bias;
    private final double[] next;

    private EchoStateNetwork(int size, double leakRate, int[] rowStart, int[] columns, double[] values,
            double[] inputWeights, double[] bias) {
        this.size = size;
        this.leakRate = leakRate;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
        this.inputWeights = inputWeights;
        this.bias = bias;
        this.next = new double[size];
    }

    /** A random network with the ESN fields of {@code options}. */
    public static EchoStateNetwork random(ClassicalOptions options, long seed) {
        return random(options.esnSize(), options.spectralRadius(), options.leakRate(), options.inputScaling(),
                options.sparsity(), options.biasScaling(), seed);
    }

    /** A random network with the defaults and the given seed. */
    public static EchoStateNetwork random(long seed) {
        return random(ClassicalOptions.defaults(), seed);
    }

    /**
     * A random network.
     *
     * @param size           N, 1 to {@link #MAX_SIZE}
     * @param spectralRadius ρ, finite and &gt; 0
     * @param leakRate       a in (0, 1]
     * @param inputScaling   finite, &gt;= 0
     * @param sparsity       fraction of zero recurrent weights in [0, 1); exactly round(sparsity·N²) are zero
     * @param biasScaling    finite, &gt;= 0
     * @param seed           seed of the {@link Random} all weights come from
     * @throws IllegalArgumentException for a value out of range, or when the sparsity leaves W nilpotent
     *                                  (spectral radius 0, which cannot be rescaled) draw after draw
     */
    public static EchoStateNetwork random(int size, double spectralRadius, double leakRate, double inputScaling,
            double sparsity, double biasScaling, long seed) {
        checkSize(size);
        Checks.finitePositive("spectralRadius", spectralRadius);
        checkLeakRate(leakRate);
        Checks.finiteNonNegative("inputScaling", inputScaling);
        checkSparsity(sparsity);
        Checks.finiteNonNegative("biasScaling", biasScaling);
        int cells = size * size;
        int nonzeros = cells - (int) Math.round(sparsity * cells);
        if (nonzeros == 0) {
            throw new IllegalArgumentException("sparsity " + sparsity + " leaves no nonzero recurrent weight at size "
                    + size + " (round(sparsity * size^2) = size^2); lower sparsity or raise size");
        }
        Random random = new Random(seed);
        double[] dense = null;
        for (int draw = 0; draw < MAX_DRAWS && dense == null; draw++) {
            dense = drawRecurrent(random, size, nonzeros);
        }
        if (dense == null) {
            throw new IllegalArgumentException("sparsity " + sparsity + " at size " + size + " gave a recurrent matrix"
                    + " with no cycle (spectral radius 0, cannot be rescaled) in " + MAX_DRAWS
                    + " draws; lower sparsity or raise size");
        }
        double radius = spectralRadius(dense, size);
        double scale = spectralRadius / radius;
        for (int k = 0; k < dense.length; k++) {
            dense[k] *= scale;
        }
        double[] inputWeights = new double[size], bias = new double[size];
        Checks.uniform(random, inputScaling, inputWeights);
        Checks.uniform(random, biasScaling, bias);
        return fromDense(size, leakRate, dense, inputWeights, bias);
    }

    /**
     * Draws W's pattern and values; null if the pattern's graph has no directed cycle, since W is
     * then nilpotent. (Its numerically computed eigenvalues would be round-off, not 0, and rescaling
     * them to ρ would give a matrix whose true radius is still 0.)
     */
    private static double[] drawRecurrent(Random random, int size, int nonzeros) {
        int cells = size * size;
        // Partial Fisher-Yates: the first `nonzeros` entries of `positions` are a uniform random subset.
        int[] positions = new int[cells];
        for (int k = 0; k < cells; k++) {
            positions[k] = k;
        }
        for (int k = 0; k < nonzeros; k++) {
            int other = k + random.nextInt(cells - k);
            int swap = positions[k];
            positions[k] = positions[other];
            positions[other] = swap;
        }
        int[] chosen = Arrays.copyOf(positions, nonzeros);
        Arrays.sort(chosen);
        double[] dense = new double[cells];
        for (int position : chosen) {
            double w;
            do {
                w = 2.0 * random.nextDouble() - 1.0;
            } while (w == 0.0); // keeps the count of zeros exact
            dense[position] = w;
        }
        return hasCycle(dense, size) ? dense : null;
    }

    /** Whether the graph with an edge i → j for each W[i][j] ≠ 0 has a directed cycle (Kahn's algorithm). */
    private static boolean hasCycle(double[] dense, int size) {
        int[] inDegree = new int[size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                if (dense[i * size + j] != 0.0) {
                    inDegree[j]++;
                }
            }
        }
        int[] queue = new int[size];
        int head = 0, tail = 0;
        for (int j = 0; j < size; j++) {
            if (inDegree[j] == 0) {
                queue[tail++] = j;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            for (int j = 0; j < size; j++) {
                if (dense[i * size + j] != 0.0 && --inDegree[j] == 0) {
                    queue[tail++] = j;
                }
            }
        }
        return tail < size;
    }

    /**
     * The spectral radius (largest |eigenvalue|) of a real N×N matrix, from EJML's general eigen
     * decomposition.
     *
     * @param rowMajor the matrix, N·N values row-major (not modified)
     * @param size     N, at least 1
     */
    public static double spectralRadius(double[] rowMajor, int size) {
        Checks.atLeast("size", size, 1);
        if (rowMajor.length != size * size) {
            throw new IllegalArgumentException("matrix must have size^2 = " + size * size + " values, got "
                    + rowMajor.length);
        }
        DMatrixRMaj matrix = new DMatrixRMaj(size, size, true, rowMajor); // copies: decompose may overwrite
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(size, false);
        if (!eigen.decompose(matrix)) {
            throw new IllegalStateException("eigen decomposition of the " + size + "x" + size + " matrix failed");
        }
        double radius = 0.0;
        for (int k = 0; k < eigen.getNumberOfEigenvalues(); k++) {
            radius = Math.max(radius, eigen.getEigenvalue(k).getMagnitude());
        }
        return radius;
    }

    /**
     * A network with the given weights (copied), as returned by {@link #weights()}; W is used as
     * given, not rescaled.
     *
     * @param weights  {@value #RECURRENT} (N·N row-major), {@value #INPUT} (N) and {@value #BIAS} (N)
     * @param leakRate a in (0, 1]
     * @throws IllegalArgumentException if a key is missing or unknown, a length is wrong or a value not finite
     */
    public static EchoStateNetwork fromWeights(Map<String, double[]> weights, double leakRate) {
        Checks.onlyKeys(weights, KEYS);
        checkLeakRate(leakRate);
        double[] in = weights.get(INPUT);
        if (in == null) {
            throw new IllegalArgumentException("weights must contain \"" + INPUT + "\" (keys " + weights.keySet() + ")");
        }
        int size = in.length;
        checkSize(size);
        return fromDense(size, leakRate, Checks.weight(weights, RECURRENT, size * size),
                Checks.weight(weights, INPUT, size), Checks.weight(weights, BIAS, size));
    }

    private static EchoStateNetwork fromDense(int size, double leakRate, double[] dense, double[] inputWeights,
            double[] bias) {
        int nonzeros = 0;
        for (double w : dense) {
            if (w != 0.0) {
                nonzeros++;
            }
        }
        int[] rowStart = new int[size + 1];
        int[] columns = new int[nonzeros];
        double[] values = new double[nonzeros];
        int p = 0;
        for (int i = 0; i < size; i++) {
            rowStart[i] = p;
            for (int j = 0; j < size; j++) {
                double w = dense[i * size + j];
                if (w != 0.0) {
                    columns[p] = j;
                    values[p++] = w;
                }
            }
        }
        rowStart[size] = p;
        return new EchoStateNetwork(size, leakRate, rowStart, columns, values, inputWeights, bias);
    }

    static void checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("esnSize must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    static void checkLeakRate(double leakRate) {
        if (!(leakRate > 0.0 && leakRate <= 1.0)) {
            throw new IllegalArgumentException("leakRate must be in (0, 1], got " + leakRate);
        }
    }

    static void checkSparsity(double sparsity) {
        if (!(sparsity >= 0.0 && sparsity < 1.0)) {
            throw new IllegalArgumentException("sparsity must be in [0, 1), got " + sparsity);
        }
    }

    /** Number of units N, which is also the state and feature size. */
    public int size() {
        return size;
    }

    /** The leak rate a. */
    public double leakRate() {
        return leakRate;
    }

    /**
     * Copies of the frozen weights: {@value #RECURRENT} (N·N row-major, dense), {@value #INPUT}
     * and {@value #BIAS}; with {@link #leakRate()}, {@link #fromWeights} rebuilds an identical cell.
     */
    public Map<String, double[]> weights() {
        double[] dense = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                dense[i * size + columns[p]] = values[p];
            }
        }
        Map<String, double[]> map = new LinkedHashMap<>();
        map.put(RECURRENT, dense);
        map.put(INPUT, inputWeights.clone());
        map.put(BIAS, bias.clone());
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String name() {
        return "esn";
    }

    @Override
    public int stateSize() {
        return size;
    }

    @Override
    public int featureSize() {
        return size;
    }

    @Override
    public void step(double input, double[] state, double[] features) {
        double keep = 1.0 - leakRate;
        // Every unit reads the old x, so x' is built in scratch before it overwrites the state.
        for (int i = 0; i < size; i++) {
            double sum = inputWeights[i] * input + bias[i];
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                sum += values[p] * state[columns[p]];
            }
            next[i] = keep * state[i] + leakRate * Math.tanh(sum);
        }
        System.arraycopy(next, 0, state, 0, size);
        System.arraycopy(next, 0, features, 0, size);
    }

    @Override
    public Cell fork() {
        return new EchoStateNetwork(size, leakRate, rowStart, columns, values, inputWeights, bias);
    }

    @Override
    public String toString() {
        return "esn(N=" + size + ", a=" + leakRate + ", nonzeros=" + values.length + ")";
    }
}
