package org.qrc4j.simulator.observable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.TestCircuits;
import org.qrc4j.simulator.circuit.Circuit;

class PauliStringTest {

    private static final double EPS = 1e-12;

    @Test
    void singleQubitClosedForms() {
        double t = 0.83;
        StateVector ry = StateVector.zero(1).apply(new Circuit(1).ry(0, t));
        assertEquals(Math.cos(t), PauliString.parse("Z0").expectation(ry), EPS);
        assertEquals(Math.sin(t), PauliString.parse("X0").expectation(ry), EPS);
        assertEquals(0.0, PauliString.parse("Y0").expectation(ry), EPS);
        StateVector rx = StateVector.zero(1).apply(new Circuit(1).rx(0, t));
        assertEquals(-Math.sin(t), PauliString.parse("Y0").expectation(rx), EPS);
        assertEquals(1.0, PauliString.parse("I").expectation(rx), EPS);
    }

    @Test
    void bellStateCorrelations() {
        StateVector bell = StateVector.zero(2).apply(new Circuit(2).h(0).cx(0, 1));
        assertEquals(1.0, PauliString.parse("Z0 Z1").expectation(bell), EPS);
        assertEquals(1.0, PauliString.parse("X0 X1").expectation(bell), EPS);
        assertEquals(-1.0, PauliString.parse("Y0*Y1").expectation(bell), EPS);
        assertEquals(0.0, PauliString.parse("z0").expectation(bell), EPS);
        assertEquals(0.0, PauliString.parse("X0 Y1").expectation(bell), EPS);
    }

    @Test
    void matchesExplicitMatrixOnRandomStates() {
        Random random = new Random(17);
        String[] letters = {"I", "X", "Y", "Z"};
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(5);
            StateVector s = StateVector.zero(n).apply(TestCircuits.random(n, 30, random, false, 1));
            StringBuilder text = new StringBuilder();
            char[] ops = new char[n];
            for (int q = 0; q < n; q++) {
                ops[q] = letters[random.nextInt(4)].charAt(0);
                if (ops[q] != 'I') {
                    text.append(ops[q]).append(q).append(' ');
                }
            }
            String label = text.length() == 0 ? "I" : text.toString();
            double expected = explicitExpectation(s, ops);
            assertEquals(expected, PauliString.parse(label).expectation(s), 1e-12, label);
        }
    }

    /** ⟨ψ|P|ψ⟩ from the tensor product of 2×2 Pauli matrices, entry by entry. */
    private static double explicitExpectation(StateVector s, char[] ops) {
        Complex[][][] pauli = new Complex[128][][];
        Complex o = Complex.ONE, z = Complex.ZERO, i = Complex.I;
        pauli['I'] = new Complex[][] {{o, z}, {z, o}};
        pauli['X'] = new Complex[][] {{z, o}, {o, z}};
        pauli['Y'] = new Complex[][] {{z, i.negate()}, {i, z}};
        pauli['Z'] = new Complex[][] {{o, z}, {z, o.negate()}};
        Complex sum = Complex.ZERO;
        int dim = s.dimension();
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                Complex entry = Complex.ONE;
                for (int q = 0; q < ops.length; q++) {
                    entry = entry.multiply(pauli[ops[q]][(r >> q) & 1][(c >> q) & 1]);
                }
                Complex bra = new Complex(s.real(r), -s.imag(r));
                Complex ket = new Complex(s.real(c), s.imag(c));
                sum = sum.add(bra.multiply(entry).multiply(ket));
            }
        }
        assertEquals(0.0, sum.getImaginary(), 1e-12);
        return sum.getReal();
    }

    @Test
    void sumOfTermsAndParsing() {
        StateVector bell = StateVector.zero(2).apply(new Circuit(2).h(0).cx(0, 1));
        assertEquals(0.5 + 0.25, PauliSum.parse("0.5*Z0 Z1 + 0.25 X0X1 - 3 Z0").expectation(bell), EPS);
        assertEquals(1 - 1, PauliSum.parse("1 - Z0 Z1").expectation(bell), EPS);
        assertEquals(2e-3, PauliSum.parse("1e-3*Z0 Z1 + 1E-3 * X0 X1").expectation(bell), EPS);
        assertEquals("Z0 Z1", PauliString.parse(" z1 Z0 ").toString());
    }

    @Test
    void expectationIsTheSameForAnyNumberOfThreads() {
        Random random = new Random(8);
        StateVector s = StateVector.zero(15).apply(TestCircuits.random(15, 200, random, false, 1));
        PauliString p = PauliString.parse("X0 Y3 Z14");
        double one = p.expectation(s.threads(1));
        assertEquals(one, p.expectation(s.threads(2)));
        assertEquals(one, p.expectation(s.threads(7)));
    }

    @Test
    void allZInOnePassMatchesMarginals() {
        Random random = new Random(21);
        for (int n : new int[] {1, 3, 9, 15}) {
            StateVector s = StateVector.zero(n).apply(TestCircuits.random(n, 60, random, false, 1));
            double[] z = PauliString.allZ(s.threads(2), new double[n]);
            double[] again = PauliString.allZ(s.threads(1), new double[n]);
            for (int k = 0; k < n; k++) {
                double[] marginal = s.marginalProbabilities(k);
                assertEquals(marginal[0] - marginal[1], z[k], 1e-13, "qubit " + k);
                assertEquals(z[k], again[k], 0.0, "threads changed qubit " + k);
            }
        }
    }

    @Test
    void badTextIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PauliString.parse("Q0"));
        assertTrue(e.getMessage().contains("expected I, X, Y or Z at position 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PauliString.parse("Z0 Z0"));
        assertTrue(e.getMessage().contains("qubit 0 appears twice"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PauliString.parse("Z"));
        assertTrue(e.getMessage().contains("expected a qubit index"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PauliString.parse("Z5").expectation(StateVector.zero(2)));
        assertTrue(e.getMessage().contains("acts on qubit 5 but the state has qubits 0..1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PauliSum.parse("Z0 +"));
        assertTrue(e.getMessage().contains("expected a term"), e.getMessage());
    }
}
