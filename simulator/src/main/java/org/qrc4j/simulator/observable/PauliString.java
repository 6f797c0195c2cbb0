package org.qrc4j.simulator.observable;

import java.util.Locale;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.kernel.Parallel;

/**
 * A product of Pauli operators on distinct qubits, such as {@code Z0 Z1} or {@code X2 Y3}; the empty
 * product is the identity {@code I}. Its expectation in a state is computed in one pass over the
 * amplitudes, without copying them.
 */
public final class PauliString {

    private final int xMask;
    private final int yMask;
    private final int zMask;

    private PauliString(int xMask, int yMask, int zMask) {
        this.xMask = xMask;
        this.yMask = yMask;
        this.zMask = zMask;
    }

    /** The identity. */
    public static PauliString identity() {
        return new PauliString(0, 0, 0);
    }

    /** Z on one qubit. */
    public static PauliString z(int qubit) {
        return identity().times('Z', qubit);
    }

    /**
     * Parses factors such as {@code "Z0 Z1"}, {@code "X2*Y3"} or {@code "z0z1"}: a letter I, X, Y or
     * Z followed by a qubit index, separated by spaces, {@code *} or nothing. {@code "I"} alone is
     * the identity.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static PauliString parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("observable must be a Pauli string such as \"Z0 Z1\", got an empty text");
        }
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.equals("I")) {
            return identity();
        }
        PauliString result = identity();
        int pos = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '*' || c == '\t') {
                pos++;
                continue;
            }
            if ("IXYZ".indexOf(c) < 0) {
                throw new IllegalArgumentException("observable \"" + text + "\": expected I, X, Y or Z at position "
                        + (pos + 1) + ", found '" + text.trim().charAt(pos) + "'");
            }
            int start = ++pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("observable \"" + text + "\": expected a qubit index after '"
                        + c + "' at position " + start);
            }
            int qubit;
            try {
                qubit = Integer.parseInt(s.substring(start, pos));
            } catch (NumberFormatException e) {
                qubit = Integer.MAX_VALUE;
            }
            if (qubit >= StateVector.MAX_QUBITS) {
                throw new IllegalArgumentException("observable \"" + text + "\": qubit " + s.substring(start, pos)
                        + " is out of range 0.." + (StateVector.MAX_QUBITS - 1));
            }
            if (result.acts(qubit)) {
                throw new IllegalArgumentException("observable \"" + text + "\": qubit " + qubit + " appears twice");
            }
            result = result.times(c, qubit);
        }
        return result;
    }

    private PauliString times(char pauli, int qubit) {
        int bit = 1 << qubit;
        return switch (pauli) {
            case 'X' -> new PauliString(xMask | bit, yMask, zMask);
            case 'Y' -> new PauliString(xMask, yMask | bit, zMask);
            case 'Z' -> new PauliString(xMask, yMask, zMask | bit);
            default -> this;
        };
    }

    private boolean acts(int qubit) {
        return (((xMask | yMask | zMask) >>> qubit) & 1) == 1;
    }

    /** Bit mask of the qubits with X. */
    public int xMask() {
        return xMask;
    }

    /** Bit mask of the qubits with Y. */
    public int yMask() {
        return yMask;
    }

    /** Bit mask of the qubits with Z. */
    public int zMask() {
        return zMask;
    }

    /** Largest qubit index acted on plus one (0 for the identity). */
    public int width() {
        return 32 - Integer.numberOfLeadingZeros(xMask | yMask | zMask);
    }

    /**
     * ⟨ψ|P|ψ⟩ for this Pauli string P. With Y = iXZ per qubit, P|j⟩ = i^{#Y} (−1)^{|j ∧ (Y|Z)|}
     * |j ⊕ (X|Y)⟩, so the expectation is one sum over j of conj(ψ_{j⊕flip})·ψ_j times a sign.
     * The same double for any number of threads.
     *
     * @throws IllegalArgumentException if the string acts on a qubit the state does not have
     */
    public double expectation(StateVector state) {
        if (width() > state.qubits()) {
            throw new IllegalArgumentException("observable " + this + " acts on qubit " + (width() - 1)
                    + " but the state has qubits 0.." + (state.qubits() - 1));
        }
        final double[] re = state.realParts(), im = state.imagParts();
        final int flip = xMask | yMask, signMask = yMask | zMask;
        final int ys = Integer.bitCount(yMask) & 3;
        if (flip == 0) {
            return Parallel.sum(state.dimension(), state.threads(), (lo, hi) -> {
                double s = 0;
                for (int j = lo; j < hi; j++) {
                    double p = re[j] * re[j] + im[j] * im[j];
                    s += (Integer.bitCount(j & signMask) & 1) == 0 ? p : -p;
                }
                return s;
            });
        }
        // i^{#Y}·S is real: with #Y even we need Re S, with #Y odd Im S.
        final boolean wantImag = (ys & 1) == 1;
        double s = Parallel.sum(state.dimension(), state.threads(), (lo, hi) -> {
            double acc = 0;
            for (int j = lo; j < hi; j++) {
                int f = j ^ flip;
                double term = wantImag
                        ? re[f] * im[j] - im[f] * re[j]
                        : re[f] * re[j] + im[f] * im[j];
                acc += (Integer.bitCount(j & signMask) & 1) == 0 ? term : -term;
            }
            return acc;
        });
        return switch (ys) {
            case 0 -> s;
            case 1 -> -s;
            case 2 -> -s;
            default -> s;
        };
    }

    /**
     * ⟨Z_k⟩ of every qubit k in one pass over the amplitudes (n separate passes would read a large
     * state n times), written into {@code out[0..n-1]}. The same doubles for any number of threads.
     *
     * @return {@code out}
     */
    public static double[] allZ(StateVector state, double[] out) {
        final int n = state.qubits();
        if (out.length < n) {
            throw new IllegalArgumentException("out must have at least " + n + " entries, got " + out.length);
        }
        final double[] re = state.realParts(), im = state.imagParts();
        final int dimension = state.dimension();
        final int chunk = Parallel.SUM_CHUNK;
        final int chunks = (dimension + chunk - 1) / chunk;
        final double[] partial = new double[chunks * n];
        // Fixed chunks summed in order, as Parallel.sum does, so threads do not change the result.
        Parallel.forRange(chunks, state.threads(), (lo, hi) -> {
            for (int c = lo; c < hi; c++) {
                int end = Math.min(dimension, (c + 1) * chunk);
                for (int i = c * chunk; i < end; i++) {
                    double p = re[i] * re[i] + im[i] * im[i];
                    for (int k = 0; k < n; k++) {
                        partial[c * n + k] += ((i >>> k) & 1) == 0 ? p : -p;
                    }
                }
            }
        });
        java.util.Arrays.fill(out, 0, n, 0.0);
        for (int c = 0; c < chunks; c++) {
            for (int k = 0; k < n; k++) {
                out[k] += partial[c * n + k];
            }
        }
        return out;
    }

    /** Text such as {@code Z0 Z1} (qubits in increasing order), or {@code I}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int all = xMask | yMask | zMask;
        for (int q = 0; q < 32; q++) {
            if (((all >>> q) & 1) == 1) {
                char c = ((xMask >>> q) & 1) == 1 ? 'X' : ((yMask >>> q) & 1) == 1 ? 'Y' : 'Z';
                text.append(text.length() > 0 ? " " : "").append(c).append(q);
            }
        }
        return text.length() == 0 ? "I" : text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PauliString p && p.xMask == xMask && p.yMask == yMask && p.zMask == zMask;
    }

    @Override
    public int hashCode() {
        return (xMask * 31 + yMask) * 31 + zMask;
    }
}
