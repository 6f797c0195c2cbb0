package org.qrc4j.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.TestCircuits;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.circuit.Operation;
import org.qrc4j.simulator.gate.Angle;
import org.qrc4j.simulator.gate.GateType;
import org.junit.jupiter.api.Test;

class StrangeBackendTest {

    /** Strange computes in float. */
    private static final double TOL = 1e-5;
    private static final double INV_SQRT2 = 1 / Math.sqrt(2);

    private final Backend strange = new StrangeBackend();
    private final Backend nativeBackend = new NativeBackend();

    // ---------------------------------------------------------------- closed forms, Strange alone

    @Test
    void refusesBeforeStartingWhatStrangeCannotHold() {
        long heap = Runtime.getRuntime().maxMemory();
        // The smallest size whose Strange estimate exceeds the whole heap; the target itself, 16
        // bytes per amplitude, still fits.
        int n = 64 - Long.numberOfLeadingZeros(heap / StrangeBackend.BYTES_PER_AMPLITUDE);
        if (StateVector.bytesFor(n) * 2 > heap) {
            fail("heap of " + heap + " bytes too small for this test");
        }
        StateVector target = StateVector.zero(n);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StrangeBackend().run(new Circuit(n).h(0), null, target));
        assertTrue(e.getMessage().startsWith("backend strange needs about"), e.getMessage());
        assertTrue(e.getMessage().contains(n + " qubits"), e.getMessage());
    }

    @Test
    void bellStateHasAmplitudesOneOverSqrt2() {
        StateVector s = strange.run(new Circuit(2).h(0).cx(0, 1));
        assertAmplitude(s, 0, INV_SQRT2, 0);
        assertAmplitude(s, 1, 0, 0);
        assertAmplitude(s, 2, 0, 0);
        assertAmplitude(s, 3, INV_SQRT2, 0);
    }

    @Test
    void xOnQubitZeroOfThreeGivesBasisIndexOne() {
        StateVector s = strange.run(new Circuit(3).x(0));
        for (int i = 0; i < 8; i++) {
            assertAmplitude(s, i, i == 1 ? 1 : 0, 0);
        }
        StateVector t = strange.run(new Circuit(3).x(2));
        assertAmplitude(t, 4, 1, 0);
    }

    @Test
    void rzAppliesItsRelativePhase() {
        double theta = 1.1;
        // H then RZ(θ): (e^{-iθ/2}|0⟩ + e^{iθ/2}|1⟩)/√2.
        StateVector s = strange.run(new Circuit(1).h(0).rz(0, theta));
        assertAmplitude(s, 0, INV_SQRT2 * Math.cos(theta / 2), -INV_SQRT2 * Math.sin(theta / 2));
        assertAmplitude(s, 1, INV_SQRT2 * Math.cos(theta / 2), INV_SQRT2 * Math.sin(theta / 2));
        // H RZ(θ) H turns the relative phase into probabilities cos²(θ/2), sin²(θ/2).
        StateVector t = strange.run(new Circuit(1).h(0).rz(0, theta).h(0));
        assertEquals(Math.pow(Math.cos(theta / 2), 2), t.probability(0), TOL);
        assertEquals(Math.pow(Math.sin(theta / 2), 2), t.probability(1), TOL);
    }

    @Test
    void ryGivesProbabilitiesCosSquaredAndSinSquared() {
        for (double theta : new double[] {0.0, 0.3, 1.0, Math.PI / 2, 2.5, Math.PI, -0.7, 4.0}) {
            StateVector s = strange.run(new Circuit(1).ry(0, theta));
            assertEquals(Math.pow(Math.cos(theta / 2), 2), s.probability(0), TOL, "theta=" + theta);
            assertEquals(Math.pow(Math.sin(theta / 2), 2), s.probability(1), TOL, "theta=" + theta);
            assertAmplitude(s, 1, Math.sin(theta / 2), 0);
        }
    }

    @Test
    void keepsTheOrderOfOneQubitGatesOnTheSameQubit() {
        // X then H on qubit 0 gives (|0⟩ − |1⟩)/√2; H then X would give (|0⟩ + |1⟩)/√2.
        StateVector s = strange.run(new Circuit(3).x(0).x(2).h(0));
        assertAmplitude(s, 0b100, INV_SQRT2, 0);
        assertAmplitude(s, 0b101, -INV_SQRT2, 0);
        assertAmplitude(s, 0b000, 0, 0);
        assertAmplitude(s, 0b001, 0, 0);
    }

    @Test
    void yAndZHaveTheirSigns() {
        // Y|1⟩ = −i|0⟩, Y|0⟩ = i|1⟩, Z|1⟩ = −|1⟩.
        assertAmplitude(strange.run(new Circuit(1).x(0).y(0)), 0, 0, -1);
        assertAmplitude(strange.run(new Circuit(1).y(0)), 1, 0, 1);
        assertAmplitude(strange.run(new Circuit(1).x(0).z(0)), 1, -1, 0);
        // CZ on |11⟩ of qubits (2, 0) flips the sign; on |01⟩ it does not.
        assertAmplitude(strange.run(new Circuit(3).x(0).x(2).cz(2, 0)), 0b101, -1, 0);
        assertAmplitude(strange.run(new Circuit(3).x(0).cz(2, 0)), 0b001, 1, 0);
    }

    @Test
    void parametersAreTakenFromTheParameterVector() {
        Circuit c = new Circuit(2).ry(0, Angle.parameter(1)).ry(1, Angle.parameter(0));
        StateVector s = strange.run(c, new double[] {Math.PI, 0.0});
        // qubit 1 rotated by π to |1⟩, qubit 0 untouched: basis index 2.
        assertEquals(1.0, s.probability(2), TOL);
        StateVector t = strange.run(c, new double[] {0.0, Math.PI});
        assertEquals(1.0, t.probability(1), TOL);
    }

    @Test
    void toffoliFlipsItsTargetForEveryOrderOfQubits() {
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}, {3, 1, 0}, {0, 3, 2}};
        for (int[] q : orders) {
            for (int in = 0; in < 16; in++) {
                Circuit c = new Circuit(4);
                for (int b = 0; b < 4; b++) {
                    if ((in >> b & 1) == 1) {
                        c.x(b);
                    }
                }
                c.ccx(q[0], q[1], q[2]);
                int controls = (in >> q[0] & 1) & (in >> q[1] & 1);
                int expected = controls == 1 ? in ^ (1 << q[2]) : in;
                StateVector s = strange.run(c);
                assertEquals(1.0, s.probability(expected), TOL,
                        "ccx" + java.util.Arrays.toString(q) + " on |" + in + "⟩");
                assertEquals(1.0, s.real(expected), TOL, "phase of ccx" + java.util.Arrays.toString(q));
            }
        }
    }

    @Test
    void reusesTheTargetAndOverwritesItsOldContent() {
        StateVector target = StateVector.zero(2);
        strange.run(new Circuit(2).x(0).x(1), null, target);
        assertEquals(1.0, target.probability(3), TOL);
        strange.run(new Circuit(2).h(1), null, target);
        assertAmplitude(target, 0, INV_SQRT2, 0);
        assertAmplitude(target, 2, INV_SQRT2, 0);
        assertAmplitude(target, 3, 0, 0);
    }

    @Test
    void refusesATargetOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class,
                () -> strange.run(new Circuit(2).h(0), null, StateVector.zero(3)));
    }

    @Test
    void isFoundByName() {
        assertTrue(Backends.byName("Strange") instanceof StrangeBackend);
        assertEquals("strange", strange.name());
    }

    // ---------------------------------------------------------------- Strange against native

    @Test
    void everyGateOnEveryQubitOrderAgreesWithNative() {
        Random random = new Random(7);
        int n = 4;
        for (GateType type : GateType.values()) {
            for (int[] qubits : orderedTuples(n, type.arity())) {
                Circuit c = randomProductState(n, random);
                double[] parameters = randomParameters(random, 3);
                c.add(randomOperation(type, qubits, random, true));
                assertSameState(c, parameters, type + " on " + java.util.Arrays.toString(qubits));
            }
        }
    }

    @Test
    void randomCircuitsAgreeWithNative() {
        Random random = new Random(20240611L);
        Map<GateType, Integer> used = new EnumMap<>(GateType.class);
        for (int round = 0; round < 300; round++) {
            int n = 1 + round % 8;
            int gates = 1 + random.nextInt(40);
            double[] parameters = randomParameters(random, 6);
            Circuit c = new Circuit(n);
            for (int g = 0; g < gates; g++) {
                GateType type = randomType(random, n);
                c.add(randomOperation(type, TestCircuits.distinctQubits(n, type.arity(), random), random, random.nextBoolean()));
                used.merge(type, 1, Integer::sum);
            }
            assertSameState(c, parameters, "round " + round + ": " + c);
        }
        for (GateType type : GateType.values()) {
            assertTrue(used.getOrDefault(type, 0) >= 10, "gate " + type + " was used " + used.get(type) + " times");
        }
    }

    @Test
    void oneBackendServesManyThreadsAtOnce() throws Exception {
        int threads = 4;
        List<Circuit> circuits = new ArrayList<>();
        List<double[]> parameters = new ArrayList<>();
        Random random = new Random(99);
        for (int i = 0; i < 4 * threads; i++) {
            int n = 3 + i % 4;
            Circuit c = randomProductState(n, random);
            for (int g = 0; g < 20; g++) {
                GateType type = randomType(random, n);
                c.add(randomOperation(type, TestCircuits.distinctQubits(n, type.arity(), random), random, true));
            }
            circuits.add(c);
            parameters.add(randomParameters(random, 3));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int repeat = 0; repeat < 3; repeat++) {
                        for (int i = 0; i < circuits.size(); i++) {
                            assertSameState(circuits.get(i), parameters.get(i), "concurrent circuit " + i);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void randomUnitariesOfTheTestAreUnitaryAndNotTrivial() {
        Random random = new Random(3);
        double[] u = TestCircuits.randomUnitary(4, random);
        // Operation.unitary checks unitarity; a generic unitary is far from a permutation.
        Operation op = Operation.unitary(u, 0, 1);
        int small = 0;
        for (int k = 0; k < 16; k++) {
            if (Math.hypot(u[2 * k], u[2 * k + 1]) < 1e-3) {
                small++;
            }
        }
        assertEquals(0, small, "entries near zero in " + op);
    }

    // ---------------------------------------------------------------- helpers

    private void assertSameState(Circuit c, double[] parameters, String what) {
        StateVector expected = nativeBackend.run(c, parameters);
        StateVector actual = strange.run(c, parameters);
        for (int i = 0; i < expected.dimension(); i++) {
            if (Math.abs(expected.real(i) - actual.real(i)) > TOL || Math.abs(expected.imag(i) - actual.imag(i)) > TOL) {
                fail(what + "\namplitude " + i + ": native " + expected.real(i) + " + " + expected.imag(i)
                        + "i, strange " + actual.real(i) + " + " + actual.imag(i) + "i");
            }
        }
    }

    private static void assertAmplitude(StateVector s, int index, double re, double im) {
        assertEquals(re, s.real(index), TOL, "real part of amplitude " + index);
        assertEquals(im, s.imag(index), TOL, "imaginary part of amplitude " + index);
    }

    /** A random product state: a random 1-qubit unitary on every qubit, so that no amplitude is special. */
    private static Circuit randomProductState(int n, Random random) {
        Circuit c = new Circuit(n);
        for (int q = 0; q < n; q++) {
            c.unitary(q, TestCircuits.randomUnitary(2, random));
        }
        // and some entanglement, so that 2- and 3-qubit gates see a generic state
        for (int q = 0; q + 1 < n; q++) {
            c.unitary(q, q + 1, TestCircuits.randomUnitary(4, random));
        }
        return c;
    }

    private static double[] randomParameters(Random random, int count) {
        double[] p = new double[count];
        for (int i = 0; i < count; i++) {
            p[i] = (random.nextDouble() * 2 - 1) * 2 * Math.PI;
        }
        return p;
    }

    private static GateType randomType(Random random, int n) {
        GateType[] all = GateType.values();
        while (true) {
            GateType type = all[random.nextInt(all.length)];
            if (type.arity() <= n) {
                return type;
            }
        }
    }

    private static Operation randomOperation(GateType type, int[] qubits, Random random, boolean useParameters) {
        if (type == GateType.UNITARY1 || type == GateType.UNITARY2) {
            return Operation.unitary(TestCircuits.randomUnitary(1 << qubits.length, random), qubits);
        }
        Angle[] angles = new Angle[type.angleCount()];
        for (int i = 0; i < angles.length; i++) {
            angles[i] = useParameters && random.nextBoolean()
                    ? Angle.parameter(random.nextInt(3))
                    : Angle.of((random.nextDouble() * 2 - 1) * 2 * Math.PI);
        }
        return Operation.of(type, qubits, angles);
    }

    private static List<int[]> orderedTuples(int n, int arity) {
        List<int[]> out = new ArrayList<>();
        for (int code = 0; code < Math.pow(n, arity); code++) {
            int[] q = new int[arity];
            int rest = code;
            for (int i = 0; i < arity; i++) {
                q[i] = rest % n;
                rest /= n;
            }
            boolean distinct = true;
            for (int i = 0; i < arity; i++) {
                for (int j = 0; j < i; j++) {
                    distinct &= q[i] != q[j];
                }
            }
            if (distinct) {
                out.add(q);
            }
        }
        return out;
    }
}
