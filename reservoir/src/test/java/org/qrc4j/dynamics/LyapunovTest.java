package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LyapunovTest {

    @Test
    void diagonalLinearMapHasLogAbsEigenvalues() {
        DiscreteMap map = Maps.linear(3, 0.5, 0, 0, 0, -2, 0, 0, 0, 0.3);
        Lyapunov.Spectrum s = Lyapunov.spectrum(map, new double[] {0.1, 0.2, 0.3}, 10, 500);
        assertArrayEquals(new double[] {Math.log(2), Math.log(0.5), Math.log(0.3)}, s.perStep(), 1e-12);
        assertEquals(Math.log(2), s.largest(), 1e-12);
        assertArrayEquals(new double[] {Math.log(2) / 0.1, Math.log(0.5) / 0.1, Math.log(0.3) / 0.1},
                s.perTimeUnit(0.1), 1e-10);
    }

    @Test
    void nonNormalLinearMapHasLogAbsEigenvalues() {
        // [[2, 5], [0, 0.5]]: eigenvalues 2 and 0.5, eigenvectors far from orthogonal.
        DiscreteMap map = Maps.linear(2, 2, 5, 0, 0.5);
        Lyapunov.Spectrum s = Lyapunov.spectrum(map, new double[] {0, 0}, 100, 2000);
        assertEquals(Math.log(2), s.perStep()[0], 1e-3);
        assertEquals(Math.log(0.5), s.perStep()[1], 1e-3);
        assertEquals(Math.log(1.0), s.sum(), 1e-12);
    }

    @Test
    void henonMap() {
        Lyapunov.Spectrum s = Lyapunov.spectrum(Maps.henon(1.4, 0.3), new double[] {0.1, 0.1}, 1000, 200_000);
        assertEquals(0.4192, s.largest(), 0.005);
        // |det J| = 0.3 at every step, so the sum is log 0.3 up to rounding.
        assertEquals(Math.log(0.3), s.sum(), 1e-10);
    }

    @Test
    void lorenzFlowThroughItsRungeKuttaMap() {
        double h = 0.01;
        DiscreteMap map = Systems.rk4Map(Systems.lorenz63Field(), h);
        Lyapunov.Spectrum s = Lyapunov.spectrum(map, new double[] {1, 1, 1}, 10_000, 200_000);
        double[] perTime = s.perTimeUnit(h);
        assertEquals(0.906, perTime[0], 0.03 * 0.906);
        assertEquals(0.0, perTime[1], 0.02);
        // Sum = trace of the Jacobian = −(σ + 1 + β), constant for the flow; RK4 is accurate to O(h⁴).
        assertEquals(-(10 + 1 + 8.0 / 3), perTime[0] + perTime[1] + perTime[2], 1e-3);
    }

    @Test
    void divergingMapIsReported() {
        DiscreteMap map = Maps.linear(1, 1e200);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lyapunov.spectrum(map, new double[] {1}, 0, 10));
        assertEquals(true, e.getMessage().contains("step 2"), e.getMessage());
    }

    @Test
    void argumentErrors() {
        DiscreteMap map = Maps.linear(1, 0.5);
        assertThrows(IllegalArgumentException.class, () -> Lyapunov.spectrum(map, new double[] {1, 2}, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> Lyapunov.spectrum(map, new double[] {1}, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> Lyapunov.spectrum(map, new double[] {1}, 0, 0));
    }
}
