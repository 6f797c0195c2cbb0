package org.qrc4j.reservoir.quantum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.backend.StrangeBackend;
import org.qrc4j.simulator.observable.PauliString;

class VqcTest {

    @Test
    void twoQubitsWithZeroAnglesMatchTheHandComputedState() {
        // Rot(0,0,0) is the identity; on 2 qubits a layer is CX(0,1) then CX(1,0) (the second ring
        // would be CX(i,i), which is no gate). The encoded product state has P(q_i = 1) =
        // (1 + sin a_i)/2 with a_i = atan v_i, so E[(-1)^q_i] = -sin a_i. One layer maps (q0, q1)
        // to (q1, q0 ⊕ q1): <Z0> = -sin a1, <Z1> = sin a0 · sin a1. Two layers map it on to
        // (q0 ⊕ q1, q0): <Z0> = sin a0 · sin a1, <Z1> = -sin a0.
        double[][][] zero = new double[2][2][3];
        Vqc vqc = new Vqc(2, 2, zero);
        double[] v = {0.7, -1.3};
        double s0 = Math.sin(Math.atan(v[0])), s1 = Math.sin(Math.atan(v[1]));
        VqcRunner runner = new VqcRunner(vqc, null).run(v);
        assertEquals(s0 * s1, runner.z(0), 1e-14);
        assertEquals(-s0, runner.z(1), 1e-14);
        Vqc oneLayer = new Vqc(2, 2, new double[1][2][3]);
        VqcRunner one = new VqcRunner(oneLayer, null).run(v);
        assertEquals(-s1, one.z(0), 1e-14);
        assertEquals(s0 * s1, one.z(1), 1e-14);
    }

    @Test
    void shortWayEqualsTheWholeCircuitGateByGate() {
        Random random = new Random(7);
        for (int n = 1; n <= 7; n++) {
            for (int inputs = 0; inputs <= n; inputs += Math.max(1, n / 2)) {
                Vqc vqc = Vqc.random(n, 3, inputs, AngleDistribution.uniform(), random);
                VqcRunner runner = new VqcRunner(vqc, null);
                for (int trial = 0; trial < 5; trial++) {
                    double[] v = new double[inputs];
                    for (int i = 0; i < inputs; i++) {
                        v[i] = 3 * random.nextGaussian();
                    }
                    runner.run(v);
                    double[] p = new double[2 * inputs];
                    vqc.encodingParameters(v, p);
                    StateVector state = StateVector.zero(n).apply(vqc.circuit(), p);
                    for (int k = 0; k < n; k++) {
                        assertEquals(PauliString.z(k).expectation(state), runner.z(k), 1e-12, "n=" + n + " k=" + k);
                    }
                    if (n >= 2) {
                        assertEquals(PauliString.parse("Z0 Z" + (n - 1)).expectation(state), runner.zz(0, n - 1), 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void wireEncodingWithoutTrigonometryMatchesTheAngles() {
        double[] out = new double[4];
        for (double v : new double[] {0, 1e-9, -1e-9, 0.3, -0.7, 1, -1, 2.5, -40, 1e6, -1e6, 1e20, -1e39, 1e200}) {
            VqcRunner.encodeWire(v, out);
            double a = Math.atan(v), b = Math.atan(v * v);
            // RY(a)·H|0⟩ = ((cos(a/2) − sin(a/2))/√2, (sin(a/2) + cos(a/2))/√2), then RZ(b).
            double amp0 = (Math.cos(a / 2) - Math.sin(a / 2)) / Math.sqrt(2);
            double amp1 = (Math.sin(a / 2) + Math.cos(a / 2)) / Math.sqrt(2);
            assertEquals(amp0 * Math.cos(b / 2), out[0], 1e-15, "v=" + v);
            assertEquals(-amp0 * Math.sin(b / 2), out[1], 1e-15, "v=" + v);
            assertEquals(amp1 * Math.cos(b / 2), out[2], 1e-15, "v=" + v);
            assertEquals(amp1 * Math.sin(b / 2), out[3], 1e-15, "v=" + v);
            assertEquals(1.0, out[0] * out[0] + out[1] * out[1] + out[2] * out[2] + out[3] * out[3], 1e-15);
        }
    }

    @Test
    void strangeBackendAgreesWithinFloatPrecision() {
        Random random = new Random(8);
        Vqc vqc = Vqc.random(4, 2, 4, AngleDistribution.uniform(), random);
        VqcRunner fast = new VqcRunner(vqc, null);
        VqcRunner strange = new VqcRunner(vqc, new StrangeBackend());
        double[] v = {0.3, -0.8, 1.5, 0.05};
        fast.run(v);
        strange.run(v);
        for (int k = 0; k < 4; k++) {
            assertEquals(fast.z(k), strange.z(k), 1e-5);
        }
    }

    @Test
    void correlationsListEveryZAndEveryPair() {
        Vqc vqc = Vqc.random(3, 1, 3, AngleDistribution.uniform(), new Random(2));
        VqcRunner r = new VqcRunner(vqc, null).run(new double[] {0.1, 0.2, 0.3});
        double[] out = new double[VqcRunner.correlationCount(3)];
        r.correlations(out, 0);
        assertArrayEquals(new double[] {r.z(0), r.z(1), r.z(2), r.zz(0, 1), r.zz(0, 2), r.zz(1, 2)}, out, 0.0);
    }

    @Test
    void anglesComeFromTheSeedAndTheDistribution() {
        Vqc a = Vqc.random(4, 2, 4, AngleDistribution.DEFAULT, new Random(1));
        Vqc b = Vqc.random(4, 2, 4, AngleDistribution.DEFAULT, new Random(1));
        Vqc c = Vqc.random(4, 2, 4, AngleDistribution.DEFAULT, new Random(2));
        assertArrayEquals(a.angles()[1][3], b.angles()[1][3], 0.0);
        assertNotEquals(a.angles()[1][3][0], c.angles()[1][3][0]);
        // Normal(0, 0.01): over many draws the sample sd is within 5% of 0.01.
        Random random = new Random(3);
        double sum = 0, sumSq = 0;
        int count = 20_000;
        for (int i = 0; i < count; i++) {
            double x = AngleDistribution.DEFAULT.draw(random);
            sum += x;
            sumSq += x * x;
        }
        double sd = Math.sqrt(sumSq / count - (sum / count) * (sum / count));
        assertEquals(0.01, sd, 0.0005);
        for (int i = 0; i < 1000; i++) {
            double x = AngleDistribution.uniform().draw(random);
            assertTrue(x >= 0 && x < 2 * Math.PI);
        }
        assertEquals(AngleDistribution.normal(0.5), AngleDistribution.parse("normal:0.5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AngleDistribution.parse("gauss"));
        assertTrue(e.getMessage().contains("normal, normal:SIGMA (e.g. normal:0.5) or uniform"), e.getMessage());
    }
}
