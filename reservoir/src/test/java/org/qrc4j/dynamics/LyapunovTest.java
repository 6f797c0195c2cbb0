package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
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
    void estimateFromStartsAveragesIndependentRuns() {
        DiscreteMap map = Maps.henon(1.4, 0.3);
        List<double[]> starts = List.of(new double[] {0.1, 0.1}, new double[] {0.2, 0.0}, new double[] {-0.1, 0.1},
                new double[] {0.0, 0.2}, new double[] {0.3, -0.1});
        Lyapunov.Estimate e = Lyapunov.fromStarts(map, starts, 1000, 40_000);
        DescriptiveStatistics largest = new DescriptiveStatistics();
        double[] sumOfSpectra = new double[2];
        for (int i = 0; i < starts.size(); i++) {
            Lyapunov.Spectrum run = Lyapunov.spectrum(map, starts.get(i), 1000, 40_000);
            assertEquals(run.largest(), e.largestPerStart()[i], 0.0);
            largest.addValue(run.largest());
            sumOfSpectra[0] += run.perStep()[0];
            sumOfSpectra[1] += run.perStep()[1];
        }
        assertEquals(sumOfSpectra[0] / 5, e.mean().largest(), 1e-15);
        assertEquals(sumOfSpectra[1] / 5, e.mean().perStep()[1], 1e-15);
        assertEquals(5 * 40_000, e.mean().steps());
        assertEquals(largest.getStandardDeviation() / Math.sqrt(5), e.largestStandardError(), 1e-15);
        // Different starts see different stretches of the attractor, so the runs differ a little.
        assertEquals(true, e.largestStandardError() > 0 && e.largestStandardError() < 0.005, "SE " + e.largestStandardError());
        assertEquals(0.4192, e.mean().largest(), 0.005);
        assertEquals(Math.log(0.3), e.mean().sum(), 1e-10);
        // The same numbers on one thread or three.
        for (int threads : new int[] {1, 3}) {
            Lyapunov.Estimate again = Lyapunov.fromStarts(map, starts, 1000, 40_000, threads);
            assertArrayEquals(e.mean().perStep(), again.mean().perStep(), 0.0);
            assertArrayEquals(e.largestPerStart(), again.largestPerStart(), 0.0);
            assertEquals(e.largestStandardError(), again.largestStandardError(), 0.0);
        }
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Lyapunov.fromStarts(map, starts, 10, 10, 0));
        assertEquals(true, zero.getMessage().contains("threads must be >= 1, got 0"), zero.getMessage());
    }

    @Test
    void estimateOfALinearMapHasNoSpread() {
        DiscreteMap map = Maps.linear(2, 0.5, 0, 0, -2);
        Lyapunov.Estimate e = Lyapunov.fromStarts(map, List.of(new double[] {1, 1}, new double[] {-3, 2}), 5, 100);
        assertArrayEquals(new double[] {Math.log(2), Math.log(0.5)}, e.mean().perStep(), 1e-12);
        assertEquals(0.0, e.largestStandardError(), 1e-12);
        assertEquals(Double.NaN, Lyapunov.fromStarts(map, List.of(new double[] {1, 1}), 5, 100).largestStandardError());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Lyapunov.fromStarts(map, List.of(), 5, 100));
        assertEquals(true, empty.getMessage().contains("starts"), empty.getMessage());
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
