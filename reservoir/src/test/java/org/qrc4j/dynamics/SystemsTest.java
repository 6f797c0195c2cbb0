package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SystemsTest {

    private static void assertZScored(double[][] data) {
        int n = data[0].length;
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (double[] row : data) {
                mean += row[i];
            }
            mean /= data.length;
            double ss = 0;
            for (double[] row : data) {
                ss += (row[i] - mean) * (row[i] - mean);
            }
            assertEquals(0.0, mean, 1e-10, "mean of dimension " + i);
            assertEquals(1.0, Math.sqrt(ss / data.length), 1e-10, "sd of dimension " + i);
        }
    }

    @Test
    void lorenzIsZScoredAndVisitsBothLobes() {
        Trajectory tr = Systems.lorenz63(20_000);
        assertEquals(20_000, tr.data().length);
        assertEquals(0.01, tr.dt());
        assertZScored(tr.data());
        int switches = 0;
        for (int t = 1; t < tr.raw().length; t++) {
            if (Math.signum(tr.raw()[t][0]) != Math.signum(tr.raw()[t - 1][0])) {
                switches++;
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(tr.raw()[t][i], tr.data()[t][i] * tr.sd()[i] + tr.mean()[i], 1e-9);
            }
        }
        // 200 time units: x changes sign (lobe) dozens of times.
        assertTrue(switches > 20, "lobe switches " + switches);
        assertEquals(23.5, tr.mean()[2], 1.5);
    }

    @Test
    void rosslerIsZScoredAndBounded() {
        Trajectory tr = Systems.rossler(10_000);
        assertZScored(tr.data());
        double maxAbs = 0;
        double minZ = Double.POSITIVE_INFINITY;
        for (double[] row : tr.raw()) {
            for (double v : row) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
            minZ = Math.min(minZ, row[2]);
        }
        assertTrue(maxAbs < 30, "max |x| " + maxAbs);
        assertTrue(minZ > 0, "z stays positive on the attractor: " + minZ);
    }

    @Test
    void samplesFallOnTheRightTimes() {
        // Transient 0 from (1, 1, 1): sample 100 is the state at t = 1, compared with a fine RK4 solution.
        Trajectory tr = Systems.generate(Systems.lorenz63Field(), new double[] {1, 1, 1}, 0.01, 0, 101);
        assertEquals(1.0, tr.raw()[0][0], 0.0);
        DiscreteMap fine = Systems.rk4Map(Systems.lorenz63Field(), 1e-4);
        double[] z = {1, 1, 1};
        double[] next = new double[3];
        for (int i = 0; i < 10_000; i++) {
            fine.step(z, next);
            double[] s = z;
            z = next;
            next = s;
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(z[i], tr.raw()[100][i], 1e-7, "dimension " + i);
        }
    }

    @Test
    void rk4JacobianMatchesFiniteDifferences() {
        DiscreteMap map = Systems.rk4Map(Systems.rosslerField(), 0.08);
        double[] z = {1.3, -2.1, 0.7};
        double[] jac = new double[9];
        map.jacobian(z, jac);
        double eps = 1e-6;
        for (int j = 0; j < 3; j++) {
            double[] plus = z.clone();
            double[] minus = z.clone();
            plus[j] += eps;
            minus[j] -= eps;
            double[] fp = new double[3];
            double[] fm = new double[3];
            map.step(plus, fp);
            map.step(minus, fm);
            for (int i = 0; i < 3; i++) {
                assertEquals((fp[i] - fm[i]) / (2 * eps), jac[i * 3 + j], 1e-7, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void errors() {
        assertThrows(IllegalArgumentException.class,
                () -> Systems.generate(Systems.lorenz63Field(), new double[] {1, 1}, 0.01, 0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> Systems.generate(Systems.lorenz63Field(), new double[] {1, 1, 1}, -0.01, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> Systems.lorenz63(1));
    }
}
