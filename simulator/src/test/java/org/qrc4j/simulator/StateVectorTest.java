package org.qrc4j.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.Angle;
import org.qrc4j.simulator.gate.GateType;

class StateVectorTest {

    private static final double EPS = 1e-12;
    private static final double R = Math.sqrt(0.5);

    @Test
    void startsInAllZeroState() {
        StateVector s = StateVector.zero(3);
        assertEquals(8, s.dimension());
        assertEquals(1.0, s.real(0));
        for (int i = 1; i < 8; i++) {
            assertEquals(0.0, s.probability(i));
        }
    }

    @Test
    void qubitKIsBitKOfTheBasisIndex() {
        StateVector s = StateVector.zero(3).apply(new Circuit(3).x(0));
        assertEquals(1.0, s.probability(1), EPS);
        s = StateVector.zero(3).apply(new Circuit(3).x(2));
        assertEquals(1.0, s.probability(4), EPS);
        assertEquals("100", StateVector.basisLabel(4, 3));
    }

    @Test
    void bellState() {
        StateVector s = StateVector.zero(2).apply(new Circuit(2).h(0).cx(0, 1));
        assertEquals(R, s.real(0), EPS);
        assertEquals(R, s.real(3), EPS);
        assertEquals(0.0, s.probability(1), EPS);
        assertEquals(0.0, s.probability(2), EPS);
    }

    @Test
    void ghzStateOnTwentyQubitsSplitOverThreads() {
        int n = 20;
        Circuit ghz = new Circuit(n).h(0);
        for (int q = 1; q < n; q++) {
            ghz.cx(q - 1, q);
        }
        StateVector s = StateVector.zero(n).threads(4).apply(ghz);
        assertEquals(R, s.real(0), EPS);
        assertEquals(R, s.real((1 << n) - 1), EPS);
        assertEquals(1.0, s.normSquared(), EPS);
        assertEquals(0.5, s.probability(0), EPS);
    }

    @Test
    void rotationFormulas() {
        double theta = 0.7;
        StateVector s = StateVector.zero(1).apply(new Circuit(1).ry(0, theta));
        assertEquals(Math.cos(theta / 2), s.real(0), EPS);
        assertEquals(Math.sin(theta / 2), s.real(1), EPS);
        s = StateVector.zero(1).apply(new Circuit(1).rx(0, theta));
        assertEquals(Math.cos(theta / 2), s.real(0), EPS);
        assertEquals(-Math.sin(theta / 2), s.imag(1), EPS);
        // RZ on |+>: relative phase e^{iθ} between |1> and |0>.
        s = StateVector.zero(1).apply(new Circuit(1).h(0).rz(0, theta));
        assertEquals(R * Math.cos(-theta / 2), s.real(0), EPS);
        assertEquals(R * Math.sin(-theta / 2), s.imag(0), EPS);
        assertEquals(R * Math.cos(theta / 2), s.real(1), EPS);
        assertEquals(R * Math.sin(theta / 2), s.imag(1), EPS);
    }

    @Test
    void rotIsRzRyRzInPennyLaneOrder() {
        double phi = 0.3, theta = 1.1, omega = -0.8;
        StateVector a = StateVector.zero(1).apply(new Circuit(1).h(0).rot(0, phi, theta, omega));
        StateVector b = StateVector.zero(1).apply(new Circuit(1).h(0).rz(0, phi).ry(0, theta).rz(0, omega));
        assertStatesEqual(b, a, EPS);
    }

    @Test
    void u3MatchesItsDefinitionAndSpecialCases() {
        // U3(θ, −π/2, π/2) = RX(θ); U3(θ, 0, 0) = RY(θ); U3(0, 0, λ) = P(λ).
        double t = 0.9;
        assertStatesEqual(run(new Circuit(1).h(0).rx(0, t)), run(new Circuit(1).h(0).u3(0, t, -Math.PI / 2, Math.PI / 2)), EPS);
        assertStatesEqual(run(new Circuit(1).h(0).ry(0, t)), run(new Circuit(1).h(0).u3(0, t, 0, 0)), EPS);
        assertStatesEqual(run(new Circuit(1).h(0).p(0, t)), run(new Circuit(1).h(0).u3(0, 0, 0, t)), EPS);
    }

    @Test
    void everyGateMatchesTheDenseReferenceOnRandomCircuits() {
        Random random = new Random(11);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 20; trial++) {
                Circuit c = TestCircuits.random(n, 25, random, true, 3);
                double[] p = {random.nextDouble() * 6, -random.nextDouble(), 2.5};
                StateVector s = StateVector.zero(n).apply(c, p);
                Complex[] expected = ReferenceSimulator.run(c, p);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i].getReal(), s.real(i), 1e-12, "n=" + n + " trial " + trial + " re[" + i + "]\n" + c);
                    assertEquals(expected[i].getImaginary(), s.imag(i), 1e-12, "n=" + n + " trial " + trial + " im[" + i + "]\n" + c);
                }
            }
        }
    }

    @Test
    void eachGateTypeOnNonAdjacentQubitsInBothOrders() {
        Random random = new Random(5);
        for (GateType type : GateType.values()) {
            for (int[] q : new int[][] {{0, 3, 1}, {3, 0, 2}, {2, 1, 0}, {1, 2, 3}}) {
                Circuit prep = TestCircuits.random(4, 12, random, false, 1);
                Circuit c = prep.copy();
                int[] qubits = java.util.Arrays.copyOf(q, type.arity());
                if (type == GateType.UNITARY1) {
                    c.unitary(qubits[0], TestCircuits.randomUnitary(2, random));
                } else if (type == GateType.UNITARY2) {
                    c.unitary(qubits[0], qubits[1], TestCircuits.randomUnitary(4, random));
                } else {
                    double[] angles = new double[type.angleCount()];
                    for (int a = 0; a < angles.length; a++) {
                        angles[a] = random.nextDouble() * 2 * Math.PI;
                    }
                    c.gate(type, qubits, angles);
                }
                StateVector s = StateVector.zero(4).apply(c);
                Complex[] expected = ReferenceSimulator.run(c, null);
                for (int i = 0; i < 16; i++) {
                    assertEquals(expected[i].getReal(), s.real(i), 1e-12, type + " on " + java.util.Arrays.toString(qubits));
                    assertEquals(expected[i].getImaginary(), s.imag(i), 1e-12, type + " on " + java.util.Arrays.toString(qubits));
                }
            }
        }
    }

    @Test
    void normStaysOneAfterOneHundredThousandRandomGates() {
        Random random = new Random(2024);
        Circuit c = TestCircuits.random(6, 100_000, random, false, 1);
        StateVector s = StateVector.zero(6).apply(c);
        assertEquals(1.0, s.normSquared(), 1e-12);
    }

    @Test
    void circuitFollowedByItsInverseGivesTheStartStateBack() {
        Random random = new Random(99);
        for (int n = 1; n <= 7; n++) {
            Circuit c = TestCircuits.random(n, 200, random, true, 2);
            double[] p = {0.37, -1.9};
            StateVector start = StateVector.zero(n).apply(TestCircuits.random(n, 30, random, false, 1));
            StateVector s = start.copy().apply(c, p).apply(c.inverse(), p);
            assertStatesEqual(start, s, 1e-11);
        }
    }

    @Test
    void threadsGiveBitIdenticalResults() {
        Random random = new Random(3);
        Circuit c = TestCircuits.random(16, 300, random, false, 1);
        StateVector one = StateVector.zero(16).threads(1).apply(c);
        StateVector many = StateVector.zero(16).threads(3).apply(c);
        assertArrayEquals(one.realParts(), many.realParts());
        assertArrayEquals(one.imagParts(), many.imagParts());
        assertEquals(one.normSquared(), many.threads(5).normSquared());
    }

    @Test
    void sameCircuitRunsWithNewParametersWithoutRebuilding() {
        Circuit c = new Circuit(1).ry(0, Angle.parameter(0));
        StateVector s = StateVector.zero(1);
        for (double theta : new double[] {0.1, 1.0, 2.5}) {
            s.reset().apply(c, new double[] {theta});
            assertEquals(Math.cos(theta / 2), s.real(0), EPS);
            assertEquals(Math.sin(theta / 2), s.real(1), EPS);
        }
    }

    @Test
    void marginalProbabilities() {
        // RY(θ) on qubit 0, X on qubit 2: marginal of (2, 0) has index bit 0 = qubit 2, bit 1 = qubit 0.
        double theta = 1.3;
        StateVector s = StateVector.zero(3).apply(new Circuit(3).ry(0, theta).x(2));
        double[] m = s.marginalProbabilities(2, 0);
        double c2 = Math.pow(Math.cos(theta / 2), 2), s2 = Math.pow(Math.sin(theta / 2), 2);
        assertArrayEquals(new double[] {0, c2, 0, s2}, m, EPS);
    }

    @Test
    void refusesWhatCannotFitAndBadSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateVector.zero(31));
        assertTrue(e.getMessage().contains("qubits must be between 1 and 30, got 31"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StateVector.zero(0));
        long heap = Runtime.getRuntime().maxMemory();
        int tooMany = 64 - Long.numberOfLeadingZeros(heap) - 3; // 16·2^n > heap
        if (tooMany <= StateVector.MAX_QUBITS) {
            e = assertThrows(IllegalArgumentException.class, () -> StateVector.zero(tooMany));
            assertTrue(e.getMessage().contains("qubits = " + tooMany + " needs"), e.getMessage());
            assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
        }
        assertEquals(16L << 28, StateVector.bytesFor(28));
    }

    @Test
    void rejectsCircuitsThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> StateVector.zero(2).apply(new Circuit(3).h(2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateVector.zero(1).apply(new Circuit(1).ry(0, Angle.parameter(1)), new double[] {1}));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
    }

    static StateVector run(Circuit c) {
        return StateVector.zero(c.qubits()).apply(c);
    }

    static void assertStatesEqual(StateVector expected, StateVector actual, double tol) {
        assertEquals(expected.dimension(), actual.dimension());
        for (int i = 0; i < expected.dimension(); i++) {
            assertEquals(expected.real(i), actual.real(i), tol, "re[" + i + "]");
            assertEquals(expected.imag(i), actual.imag(i), tol, "im[" + i + "]");
        }
    }
}
