package org.qrc4j.simulator;

import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.circuit.Operation;
import org.qrc4j.simulator.kernel.OperationKernels;
import org.qrc4j.simulator.kernel.Parallel;

/**
 * The state of n qubits as 2^n complex amplitudes in double precision, evolved in place.
 *
 * <p>Qubit k is bit k of the basis index (little-endian, as in Qiskit and Strange): amplitude
 * {@code i} belongs to the basis state whose qubit k is {@code (i >> k) & 1}. Real and imaginary
 * parts live in two arrays of length 2^n. Gates are applied in O(2^n) time and no extra memory;
 * from {@link #DEFAULT_PARALLEL_QUBITS} qubits up, each gate is split over cores, with results
 * identical to one thread.
 *
 * <p>A state vector is not thread-safe: one thread evolves it at a time.
 */
public final class StateVector {

    /** The largest supported number of qubits: Java arrays hold at most 2^31 − 1 elements. */
    public static final int MAX_QUBITS = 30;

    /**
     * From this many qubits up, gates are split over threads by default (system property
     * {@code qrc4j.parallel.qubits}); below it the hand-off costs more than it saves.
     */
    public static final int DEFAULT_PARALLEL_QUBITS = Integer.getInteger("qrc4j.parallel.qubits", 14);

    private final int qubits;
    private final int dimension;
    private final double[] re;
    private final double[] im;
    private final double[] scratch = new double[32];
    private int threads;

    private StateVector(int qubits, double[] re, double[] im) {
        this.qubits = qubits;
        this.dimension = 1 << qubits;
        this.re = re;
        this.im = im;
        this.threads = qubits >= DEFAULT_PARALLEL_QUBITS ? Parallel.MAX_THREADS : 1;
    }

    /**
     * The state |0…0⟩ of {@code qubits} qubits, after checking that it fits in the heap.
     *
     * @throws IllegalArgumentException if {@code qubits} is outside 1..{@value #MAX_QUBITS} or the
     *                                  vector would not fit in the memory the JVM has left
     */
    public static StateVector zero(int qubits) {
        checkQubits(qubits);
        checkMemory(qubits);
        int dimension = 1 << qubits;
        StateVector state = new StateVector(qubits, new double[dimension], new double[dimension]);
        state.re[0] = 1.0;
        return state;
    }

    /** The basis state |index⟩ of {@code qubits} qubits. */
    public static StateVector basis(int qubits, int index) {
        StateVector state = zero(qubits);
        state.setBasis(index);
        return state;
    }

    /**
     * A state with the given amplitudes (copied). The length must be a power of two, 2 or more;
     * the amplitudes are used as given, not normalised.
     */
    public static StateVector of(double[] real, double[] imag) {
        if (real == null || imag == null || real.length != imag.length) {
            throw new IllegalArgumentException("real and imag must be arrays of the same length, got "
                    + (real == null ? "null" : real.length) + " and " + (imag == null ? "null" : imag.length));
        }
        int n = Integer.numberOfTrailingZeros(real.length);
        if (real.length < 2 || Integer.bitCount(real.length) != 1) {
            throw new IllegalArgumentException("amplitude count must be a power of two >= 2, got " + real.length);
        }
        return new StateVector(n, real.clone(), imag.clone());
    }

    /** Bytes the two amplitude arrays of {@code qubits} qubits take: 16 · 2^qubits. */
    public static long bytesFor(int qubits) {
        checkQubits(qubits);
        return 16L << qubits;
    }

    private static void checkQubits(int qubits) {
        if (qubits < 1 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException("qubits must be between 1 and " + MAX_QUBITS + ", got " + qubits);
        }
    }

    /** Refuses, before allocating, a vector larger than the heap the JVM can still give. */
    private static void checkMemory(int qubits) {
        long needed = bytesFor(qubits);
        if (needed < (64L << 20)) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (needed > available) {
            throw new IllegalArgumentException(String.format(
                    "qubits = %d needs %s for the state vector, but the JVM heap has only %s free (max heap %s); "
                            + "use fewer qubits or a larger heap (-Xmx)",
                    qubits, formatBytes(needed), formatBytes(available), formatBytes(runtime.maxMemory())));
        }
    }

    /** A byte count as text for messages, such as {@code 4.0 GiB} or {@code 256.0 MiB}. */
    public static String formatBytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format("%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format("%.1f MiB", bytes / (double) (1L << 20));
    }

    /** Number of qubits. */
    public int qubits() {
        return qubits;
    }

    /** Number of amplitudes, 2^qubits. */
    public int dimension() {
        return dimension;
    }

    /** Threads each gate is split over (1 below {@link #DEFAULT_PARALLEL_QUBITS} qubits by default). */
    public int threads() {
        return threads;
    }

    /**
     * Sets how many threads each gate and sum is split over; results do not depend on it.
     *
     * @return this state
     */
    public StateVector threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Real part of amplitude {@code index}. */
    public double real(int index) {
        return re[index];
    }

    /** Imaginary part of amplitude {@code index}. */
    public double imag(int index) {
        return im[index];
    }

    /** Probability of basis state {@code index}: |amplitude|². */
    public double probability(int index) {
        return re[index] * re[index] + im[index] * im[index];
    }

    /**
     * The live array of real parts, for kernels and observables in other packages. Writing to it
     * changes the state; it is never reallocated.
     */
    public double[] realParts() {
        return re;
    }

    /** The live array of imaginary parts; see {@link #realParts()}. */
    public double[] imagParts() {
        return im;
    }

    /** Sets the state to |0…0⟩ without allocating. */
    public StateVector reset() {
        return setBasis(0);
    }

    /** Sets the state to the basis state |index⟩ without allocating. */
    public StateVector setBasis(int index) {
        if (index < 0 || index >= dimension) {
            throw new IllegalArgumentException("basis index must be in 0.." + (dimension - 1) + ", got " + index);
        }
        java.util.Arrays.fill(re, 0.0);
        java.util.Arrays.fill(im, 0.0);
        re[index] = 1.0;
        return this;
    }

    /** Copies the amplitudes of another state of the same size into this one. */
    public StateVector copyFrom(StateVector other) {
        if (other.qubits != qubits) {
            throw new IllegalArgumentException("cannot copy a state of " + other.qubits + " qubits into one of " + qubits);
        }
        System.arraycopy(other.re, 0, re, 0, dimension);
        System.arraycopy(other.im, 0, im, 0, dimension);
        return this;
    }

    /** An independent copy. */
    public StateVector copy() {
        checkMemory(qubits);
        StateVector copy = new StateVector(qubits, re.clone(), im.clone());
        copy.threads = threads;
        return copy;
    }

    /** Squared norm Σ|a_i|², 1 for a valid state; the same value for any number of threads. */
    public double normSquared() {
        return Parallel.sum(dimension, threads, (lo, hi) -> {
            double s = 0;
            for (int i = lo; i < hi; i++) {
                s += re[i] * re[i] + im[i] * im[i];
            }
            return s;
        });
    }

    /** Writes the probabilities of all basis states into {@code out} (length 2^n) and returns it. */
    public double[] probabilities(double[] out) {
        if (out.length != dimension) {
            throw new IllegalArgumentException("out must have length " + dimension + ", got " + out.length);
        }
        for (int i = 0; i < dimension; i++) {
            out[i] = re[i] * re[i] + im[i] * im[i];
        }
        return out;
    }

    /** The probabilities of all basis states, in a new array. */
    public double[] probabilities() {
        return probabilities(new double[dimension]);
    }

    /**
     * Marginal probabilities of a subset of qubits: entry {@code b} is the probability that qubit
     * {@code qubits[j]} reads bit j of {@code b}, for every j.
     */
    public double[] marginalProbabilities(int... subset) {
        if (subset == null || subset.length == 0 || subset.length > qubits) {
            throw new IllegalArgumentException("qubits must name 1 to " + qubits + " qubits, got "
                    + (subset == null ? 0 : subset.length));
        }
        for (int j = 0; j < subset.length; j++) {
            checkQubit("qubits[" + j + "]", subset[j]);
            for (int l = 0; l < j; l++) {
                if (subset[l] == subset[j]) {
                    throw new IllegalArgumentException("qubits must be distinct, got " + subset[j] + " twice");
                }
            }
        }
        double[] out = new double[1 << subset.length];
        for (int i = 0; i < dimension; i++) {
            int b = 0;
            for (int j = 0; j < subset.length; j++) {
                b |= ((i >>> subset[j]) & 1) << j;
            }
            out[b] += re[i] * re[i] + im[i] * im[i];
        }
        return out;
    }

    /** Checks that {@code qubit} is an index of this state. */
    public void checkQubit(String parameter, int qubit) {
        if (qubit < 0 || qubit >= qubits) {
            throw new IllegalArgumentException(parameter + " must be a qubit in 0.." + (qubits - 1) + ", got " + qubit);
        }
    }

    /** Applies a circuit without parameters. */
    public StateVector apply(Circuit circuit) {
        return apply(circuit, null);
    }

    /**
     * Applies a circuit, its parameter angles taken from {@code parameters}.
     *
     * @throws IllegalArgumentException if the circuit has more qubits than this state, or needs
     *                                  more parameters than given
     */
    public StateVector apply(Circuit circuit, double[] parameters) {
        if (circuit.qubits() > qubits) {
            throw new IllegalArgumentException("circuit has " + circuit.qubits() + " qubits but the state has " + qubits);
        }
        int needed = circuit.parameterCount();
        if (needed > 0 && (parameters == null || parameters.length < needed)) {
            throw new IllegalArgumentException("parameters must have at least " + needed + " values, got "
                    + (parameters == null ? "none" : parameters.length));
        }
        if (threads == 1 || circuit.size() == 1) {
            for (int i = 0, n = circuit.size(); i < n; i++) {
                applyChecked(circuit.operation(i), parameters);
            }
        } else {
            // One team for the whole circuit: each member applies its share of every gate, and all
            // meet at a barrier before the next gate, which may read what another member wrote.
            Parallel.team(threads, (member, size, barrier) -> {
                double[] own = member == 0 ? scratch : new double[32];
                for (int i = 0, n = circuit.size(); i < n; i++) {
                    Operation op = circuit.operation(i);
                    double[] m = OperationKernels.matrix(op, parameters, own);
                    int groups = OperationKernels.groups(op, dimension);
                    OperationKernels.apply(re, im, op, m, Parallel.bound(groups, size, member),
                            Parallel.bound(groups, size, member + 1));
                    barrier.await();
                }
            });
        }
        return this;
    }

    /** Applies one operation, its parameter angles taken from {@code parameters} (may be null). */
    public StateVector apply(Operation operation, double[] parameters) {
        if (operation.width() > qubits) {
            throw new IllegalArgumentException("operation " + operation + " needs " + operation.width()
                    + " qubits but the state has " + qubits);
        }
        applyChecked(operation, parameters);
        return this;
    }

    private void applyChecked(Operation op, double[] parameters) {
        double[] m = OperationKernels.matrix(op, parameters, scratch);
        int groups = OperationKernels.groups(op, dimension);
        if (threads == 1) {
            OperationKernels.apply(re, im, op, m, 0, groups);
        } else {
            Parallel.forRange(groups, threads, (lo, hi) -> OperationKernels.apply(re, im, op, m, lo, hi));
        }
    }

    /** Amplitudes as text, for debugging small states. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StateVector(").append(qubits).append(" qubits)");
        int shown = Math.min(dimension, 16);
        for (int k = 0; k < shown; k++) {
            text.append("\n  |").append(basisLabel(k, qubits)).append("> ").append(re[k])
                    .append(im[k] < 0 ? " - " : " + ").append(Math.abs(im[k])).append('i');
        }
        if (shown < dimension) {
            text.append("\n  ... (").append(dimension - shown).append(" more)");
        }
        return text.toString();
    }

    /** The basis state {@code index} as a bit string with qubit 0 rightmost, as Qiskit writes it. */
    public static String basisLabel(int index, int qubits) {
        char[] bits = new char[qubits];
        for (int k = 0; k < qubits; k++) {
            bits[qubits - 1 - k] = ((index >>> k) & 1) == 1 ? '1' : '0';
        }
        return new String(bits);
    }
}
