package org.qrc4j.alrnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SymbolicDynamicsTest {

    @Test
    void stepMatchesTheFormulaByHand() {
        // M = 3, P = 1: units 0 and 1 linear, unit 2 ReLU.
        double[] a = {0.5, -0.2, 0.9};
        double[] w = {0.1, 0.2, 0.3, -0.4, 0.5, -0.6, 0.7, 0.8, -0.9};
        double[] h = {0.01, 0.02, 0.03};
        AlrnnMap map = new AlrnnMap(a, w, h, 1);
        double[] z = {1.0, -2.0, -0.5};
        double[] out = new double[3];
        map.step(z, out);
        // phi = (1, -2, 0)
        assertEquals(0.5 * 1 + (0.1 * 1 + 0.2 * -2) + 0.01, out[0], 1e-15);
        assertEquals(-0.2 * -2 + (-0.4 * 1 + 0.5 * -2) + 0.02, out[1], 1e-15);
        assertEquals(0.9 * -0.5 + (0.7 * 1 + 0.8 * -2) + 0.03, out[2], 1e-15);
        assertEquals(0, map.region(z));
        z[2] = 0.5;
        map.step(z, out);
        assertEquals(0.9 * 0.5 + (0.7 * 1 + 0.8 * -2 - 0.9 * 0.5) + 0.03, out[2], 1e-15);
        assertEquals(1, map.region(z));
    }

    @Test
    void regionMatrixIsTheAffinePartOfEachRegion() {
        Random random = new Random(1);
        int m = 5;
        double[] a = new double[m], w = new double[m * m], h = new double[m];
        for (int i = 0; i < m; i++) {
            a[i] = random.nextDouble();
            h[i] = random.nextGaussian();
        }
        for (int i = 0; i < m * m; i++) {
            w[i] = random.nextGaussian();
        }
        AlrnnMap map = new AlrnnMap(a, w, h, 2);
        double[] jac = new double[m * m], out = new double[m];
        for (int trial = 0; trial < 50; trial++) {
            double[] z = new double[m];
            for (int i = 0; i < m; i++) {
                z[i] = random.nextGaussian();
            }
            map.step(z, out);
            map.jacobian(z, jac);
            for (int i = 0; i < m; i++) {
                double s = h[i];
                for (int k = 0; k < m; k++) {
                    s += jac[i * m + k] * z[k];
                }
                assertEquals(out[i], s, 1e-12);
            }
        }
    }

    @Test
    void fixedPointsOfAOneDimensionalMapByHand() {
        // z' = 0.5 z + 0.3 max(0, z) - 1: off (z <= 0): z* = -1/(1-0.5) = -2, real, slope 0.5;
        // on: z* = -1/(1-0.8) = -5, not > 0, so virtual, slope 0.8.
        AlrnnMap map = new AlrnnMap(new double[] {0.5}, new double[] {0.3}, new double[] {-1}, 1);
        List<SymbolicDynamics.FixedPoint> points = SymbolicDynamics.fixedPoints(map);
        assertEquals(2, points.size());
        SymbolicDynamics.FixedPoint off = points.get(0), on = points.get(1);
        assertEquals(0, off.region());
        assertEquals(-2, off.point()[0], 1e-14);
        assertTrue(off.real());
        assertEquals(0.5, off.spectralRadius(), 1e-14);
        assertTrue(off.stable());
        assertEquals(-5, on.point()[0], 1e-13);
        assertFalse(on.real());
        assertEquals(0.8, on.spectralRadius(), 1e-14);
    }

    @Test
    void twoCycleOfAOneDimensionalMapByHand() {
        // z' = -2 max(0, z) + 1: from -1 (off) to 1, from 1 (on) to -1: the 2-cycle {-1, 1},
        // stable because the off region's slope is 0. The on region's fixed point 1/3 is real, slope -2.
        AlrnnMap map = new AlrnnMap(new double[] {0}, new double[] {-2}, new double[] {1}, 1);
        List<SymbolicDynamics.Cycle> cycles = SymbolicDynamics.cycles(map, 4);
        assertEquals(1, cycles.size());
        SymbolicDynamics.Cycle c = cycles.get(0);
        assertArrayEquals(new int[] {0, 1}, c.regions());
        assertEquals(-1, c.points()[0][0], 1e-14);
        assertEquals(1, c.points()[1][0], 1e-14);
        assertTrue(c.stable());
        List<SymbolicDynamics.FixedPoint> points = SymbolicDynamics.fixedPoints(map);
        assertFalse(points.get(0).real()); // off: z* = 1 is not <= 0
        assertTrue(points.get(1).real());
        assertEquals(1.0 / 3, points.get(1).point()[0], 1e-15);
        assertFalse(points.get(1).stable());
    }

    @Test
    void lyapunovExponentOfAStableRegionIsTheLogOfItsSlope() {
        // z' = 0.5 z + 0.3 max(0, z) - 1 settles at its real fixed point -2 in the off region,
        // where the slope is 0.5: the exponent is log 0.5 per step.
        AlrnnMap map = new AlrnnMap(new double[] {0.5}, new double[] {0.3}, new double[] {-1}, 1);
        double largest = org.qrc4j.dynamics.Lyapunov.spectrum(map, new double[] {3.0}, 100, 1000).largest();
        assertEquals(Math.log(0.5), largest, 1e-12);
    }

    @Test
    void canonicalSequencesSkipRotationsAndRepeats() {
        assertTrue(SymbolicDynamics.isCanonical(new int[] {0, 1}));
        assertFalse(SymbolicDynamics.isCanonical(new int[] {1, 0}));
        assertFalse(SymbolicDynamics.isCanonical(new int[] {2, 2}));
        assertTrue(SymbolicDynamics.isCanonical(new int[] {0, 0, 1}));
        assertFalse(SymbolicDynamics.isCanonical(new int[] {0, 1, 0}));
        assertFalse(SymbolicDynamics.isCanonical(new int[] {0, 1, 0, 1}));
    }

    @Test
    void statisticsOfATrajectory() {
        AlrnnMap map = new AlrnnMap(new double[] {0, 0}, new double[4], new double[2], 2);
        double[][] trajectory = {{-1, -1}, {1, -1}, {1, 1}, {-1, -1}, {1, -1}};
        SymbolicDynamics.Statistics s = SymbolicDynamics.statistics(map, trajectory);
        assertArrayEquals(new int[] {0, 1, 3, 0, 1}, s.symbols());
        assertEquals(3, s.regionsUsed());
        assertArrayEquals(new double[] {0.4, 0.4, 0, 0.2}, s.visitFrequency(), 1e-15);
        assertEquals(2, s.transitions()[0][1]);
        assertEquals(1, s.transitions()[1][3]);
        assertEquals(1, s.transitions()[3][0]);
    }

    @Test
    void badParametersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AlrnnMap(new double[2], new double[3], new double[2], 1));
        assertEquals("W must have M·M = 4 entries, got 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AlrnnMap(new double[2], new double[4], new double[2], 3));
        assertTrue(e.getMessage().startsWith("relus must be between 0 and"), e.getMessage());
    }
}
