package org.qrc4j.simulator.observable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qrc4j.simulator.StateVector;

/**
 * A real-weighted sum of Pauli strings, such as {@code 0.5*Z0 Z1 - 0.25*X0 + 1}: a Hermitian
 * observable (a Hamiltonian, a cost function). Its expectation is the weighted sum of the strings'
 * expectations.
 */
public final class PauliSum {

    /** One weighted Pauli string. */
    public record Term(double weight, PauliString pauli) {
        /** Checks the fields. */
        public Term {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("weight must be finite, got " + weight);
            }
            java.util.Objects.requireNonNull(pauli, "pauli");
        }
    }

    private final List<Term> terms;

    private PauliSum(List<Term> terms) {
        this.terms = Collections.unmodifiableList(terms);
    }

    /** A sum of the given terms. */
    public static PauliSum of(List<Term> terms) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException("a Pauli sum needs at least one term, got none");
        }
        return new PauliSum(new ArrayList<>(terms));
    }

    /** A sum of one string with weight 1. */
    public static PauliSum of(PauliString pauli) {
        return of(List.of(new Term(1.0, pauli)));
    }

    /**
     * Parses terms joined by {@code +} or {@code -}; each term is an optional number, an optional
     * {@code *}, then a Pauli string ({@link PauliString#parse}), or a number alone (a multiple of
     * the identity). Examples: {@code "Z0 Z1"}, {@code "0.5*Z0 Z1 - 0.25 X0"}, {@code "1 - Z0"}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static PauliSum parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("observable must be a Pauli string or sum such as \"0.5*Z0 Z1 + X0\", got an empty text");
        }
        List<Term> terms = new ArrayList<>();
        String s = text.trim();
        int pos = 0;
        double sign = 1;
        boolean expectTerm = true;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (expectTerm && (c == '+' || c == '-')) {
                sign = c == '-' ? -sign : sign;
                pos++;
            } else if (expectTerm) {
                int end = termEnd(s, pos);
                terms.add(parseTerm(text, s.substring(pos, end), sign));
                sign = 1;
                pos = end;
                expectTerm = false;
            } else if (c == '+' || c == '-') {
                expectTerm = true;
            } else {
                throw new IllegalArgumentException("observable \"" + text + "\": expected + or - at position " + (pos + 1));
            }
        }
        if (expectTerm) {
            throw new IllegalArgumentException("observable \"" + text + "\": expected a term after the last sign");
        }
        return of(terms);
    }

    /** End of a term: the next + or - that is not part of a number's exponent. */
    private static int termEnd(String s, int start) {
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '+' || c == '-') && i > start) {
                char before = s.charAt(i - 1);
                boolean exponent = (before == 'e' || before == 'E') && i >= start + 2
                        && Character.isDigit(s.charAt(i - 2));
                if (!exponent) {
                    return i;
                }
            }
        }
        return s.length();
    }

    private static Term parseTerm(String whole, String term, double sign) {
        String t = term.trim();
        int split = 0;
        while (split < t.length() && "0123456789.eE+-".indexOf(t.charAt(split)) >= 0) {
            split++;
        }
        // A leading 'e'/'E' without digits before it is not a number.
        double weight = 1;
        if (split > 0) {
            try {
                weight = Double.parseDouble(t.substring(0, split));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("observable \"" + whole + "\": \"" + t.substring(0, split)
                        + "\" is not a number");
            }
        }
        String rest = t.substring(split).trim();
        if (rest.startsWith("*")) {
            rest = rest.substring(1).trim();
        }
        PauliString pauli = rest.isEmpty() ? PauliString.identity() : PauliString.parse(rest);
        return new Term(sign * weight, pauli);
    }

    /** The terms, unmodifiable. */
    public List<Term> terms() {
        return terms;
    }

    /** Σ w_k ⟨ψ|P_k|ψ⟩. */
    public double expectation(StateVector state) {
        double sum = 0;
        for (Term term : terms) {
            sum += term.weight() * term.pauli().expectation(state);
        }
        return sum;
    }

    /** Text such as {@code 0.5*Z0 Z1 - 0.25*X0}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Term term : terms) {
            double w = term.weight();
            if (text.length() > 0) {
                text.append(w < 0 ? " - " : " + ");
                w = Math.abs(w);
            }
            text.append(w).append('*').append(term.pauli());
        }
        return text.toString();
    }
}
