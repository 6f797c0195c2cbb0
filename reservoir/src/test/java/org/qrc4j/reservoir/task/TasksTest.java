package org.qrc4j.reservoir.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void namesAndByName() {
        assertEquals(List.of("damped-shm", "bessel-j2", "delayed-qc", "narma5", "narma10", "sine",
                "population-inversion", "mackey-glass"), Tasks.names());
        for (String name : Tasks.names()) {
            TaskSeries s = Tasks.byName(name);
            assertEquals(name, s.name());
            assertFalse(s.description().isBlank());
            assertEquals(s.length(), s.time().length);
        }
        assertEquals("narma5", Tasks.byName("  NARMA5 ").name());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Tasks.byName("narma7"));
        assertTrue(unknown.getMessage().contains("got 'narma7'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("damped-shm, bessel-j2, delayed-qc, narma5, narma10, sine,"
                + " population-inversion, mackey-glass or csv:PATH"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tasks.byName(""));
        assertThrows(IllegalArgumentException.class, () -> Tasks.byName(null));
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> Tasks.byName("sine", "2"));
        assertTrue(column.getMessage().contains("column applies only to csv:PATH"), column.getMessage());
    }

    @Test
    void scaledTasksAreAutoregressiveAndSpanExactlyMinusOneToOne() {
        for (String name : Tasks.names()) {
            TaskSeries s = Tasks.byName(name);
            if (name.startsWith("narma")) {
                assertFalse(s.scaled());
                assertFalse(s.autoregressive());
                continue;
            }
            assertTrue(s.scaled(), name);
            assertTrue(s.autoregressive(), name);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : s.inputs()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertEquals(-1.0, lo, 0.0, name);
            assertEquals(1.0, hi, 0.0, name);
        }
    }

    /** Classical RK4 for the pendulum, written here independently of the Commons Math integrator. */
    private static double[] pendulumRk4(double[] state, double h) {
        double[] k1 = pendulumSlope(state[0], state[1]);
        double[] k2 = pendulumSlope(state[0] + 0.5 * h * k1[0], state[1] + 0.5 * h * k1[1]);
        double[] k3 = pendulumSlope(state[0] + 0.5 * h * k2[0], state[1] + 0.5 * h * k2[1]);
        double[] k4 = pendulumSlope(state[0] + h * k3[0], state[1] + h * k3[1]);
        return new double[] {
            state[0] + h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]),
            state[1] + h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]),
        };
    }

    private static double[] pendulumSlope(double theta, double omega) {
        return new double[] {omega, -0.15 * omega - 9.81 * Math.sin(theta)};
    }

    @Test
    void dampedShmAgreesWithAnIndependentFineStepRk4() {
        TaskSeries s = Tasks.dampedShm();
        double[] raw = s.unscale(s.inputs());
        double[] t = s.time();
        assertEquals(240, t.length);
        assertEquals(0.0, t[0], 0.0);
        assertEquals(20.0, t[239], 0.0);
        assertEquals(3.0, raw[0], 1e-14); // θ'(0)
        // 200 RK4 steps per output interval (h ≈ 4.2e-4): global error of order h^4 ≈ 1e-13 times a
        // modest constant, so agreement to 1e-8 tests the adaptive integrator with a wide margin.
        int sub = 200;
        double[] state = {0.0, 3.0};
        double maxDiff = 0.0;
        for (int i = 1; i < 240; i++) {
            double h = (t[i] - t[i - 1]) / sub;
            for (int k = 0; k < sub; k++) {
                state = pendulumRk4(state, h);
            }
            maxDiff = Math.max(maxDiff, Math.abs(state[1] - raw[i]));
        }
        assertTrue(maxDiff < 1e-8, "max |difference| " + maxDiff);
        // Damping: the velocity envelope shrinks, the late swings are much smaller than the first.
        double late = 0.0;
        for (int i = 200; i < 240; i++) {
            late = Math.max(late, Math.abs(raw[i]));
        }
        assertTrue(late < 0.6 * 3.0, "late amplitude " + late);
    }

    @Test
    void besselJ2MatchesKnownValues() {
        assertEquals(0.04656511627775222, Tasks.besselJ2(5.0), 1e-15);
        assertEquals(0.2546303137, Tasks.besselJ2(10.0), 1e-10);
        assertThrows(IllegalArgumentException.class, () -> Tasks.besselJ2(-1.0));
        TaskSeries s = Tasks.besselJ2();
        double[] x = s.time();
        double[] raw = s.unscale(s.inputs());
        assertEquals(2.0, x[0], 0.0);
        assertEquals(100.0, x[255], 0.0);
        assertEquals(2.0 + 98.0 / 255.0, x[1], 1e-15);
        // scipy.special.jv(2, x) at the grid's first two points and its last
        assertEquals(0.35283402861563773, raw[0], 1e-14);
        assertEquals(0.428429661945469, raw[1], 1e-14);
        assertEquals(-0.02152875734450536, raw[255], 1e-14);
    }

    @Test
    void delayedQcPeaksWhereTheFormulaSays() {
        TaskSeries s = Tasks.delayedQc();
        double[] x = s.time();
        double[] raw = s.unscale(s.inputs());
        assertEquals(2200, raw.length);
        assertEquals(-2.0, x[0], 0.0);
        assertEquals(19.99, x[2199], 1e-12);
        // Pulse n is centred on x = 2n (index 200 (n + 1)); there the other pulses add at most
        // exp(−40) ≈ 4e-18, so the value is the envelope exp(−2n/16). Pulse 10 (x = 20) is past the end.
        for (int n = 0; n <= 9; n++) {
            int i = 200 * (n + 1);
            assertEquals(2.0 * n, x[i], 1e-12);
            assertEquals(Math.exp(-2.0 * n / 16.0), raw[i], 1e-13, "peak " + n);
            assertTrue(raw[i] > raw[i - 1] && raw[i] > raw[i + 1], "local maximum at x = " + x[i]);
        }
        // The tallest pulse is the first: the scaled series reaches 1 there.
        assertEquals(1.0, s.input(200), 0.0);
        // Half-way between pulses the series nearly vanishes: 2 exp(−10) exp(−(2n+1)/16).
        assertEquals(2.0 * Math.exp(-10.0) * Math.exp(-1.0 / 16.0), raw[300], 1e-12);
    }

    @Test
    void narmaFirstStepsByHand() {
        double u0 = 0.1; // sin(0) = 0
        double u4 = 0.1 * (Math.sin(2 * Math.PI * 2.11 * 4 / 300) * Math.sin(2 * Math.PI * 3.73 * 4 / 300)
                * Math.sin(2 * Math.PI * 4.11 * 4 / 300) + 1);
        double y0 = 0.196;
        // y1 = 0.3·0.196 + 0.05·0.196·0.196 + 0.1 = 0.0588 + 0.0019208 + 0.1 (the u term reaches back before 0)
        double y1 = 0.1607208;
        double y2 = 0.3 * y1 + 0.05 * y1 * (y1 + y0) + 0.1;
        double y3 = 0.3 * y2 + 0.05 * y2 * (y2 + y1 + y0) + 0.1;
        double y4 = 0.3 * y3 + 0.05 * y3 * (y3 + y2 + y1 + y0) + 0.1;
        // NARMA5 at t = 4: the sum now has five terms and u_{t−4} = u_0 is the first real lagged input.
        double y5n5 = 0.3 * y4 + 0.05 * y4 * (y4 + y3 + y2 + y1 + y0) + 1.5 * u0 * u4 + 0.1;
        // NARMA10 at t = 4: same sum (y_{−1} … y_{−5} are 0) but u_{t−9} is still before the start.
        double y5n10 = 0.3 * y4 + 0.05 * y4 * (y4 + y3 + y2 + y1 + y0) + 0.1;

        TaskSeries n5 = Tasks.narma(5);
        double[] y = n5.targets();
        assertEquals(y0, y[0], 0.0);
        assertEquals(y1, y[1], 1e-15);
        assertEquals(y2, y[2], 1e-15);
        assertEquals(y3, y[3], 1e-15);
        assertEquals(y4, y[4], 1e-15);
        assertEquals(y5n5, y[5], 1e-15);
        assertEquals(0.1662035, y[5], 1e-7); // a numpy run of the same recursion
        assertEquals(u0, n5.input(0), 0.0);
        assertEquals(u4, n5.input(4), 1e-15);
        assertEquals(299.0, n5.time()[299], 0.0);

        TaskSeries n10 = Tasks.narma(10);
        assertEquals(y4, n10.target(4), 1e-15);
        assertEquals(y5n10, n10.target(5), 1e-15);
        assertArrayEquals(n5.inputs(), n10.inputs(), 0.0);
        // bounded: u in [0, 0.2], y stays near 0.15–0.25 for this drive
        for (TaskSeries s : List.of(n5, n10)) {
            for (int i = 0; i < 300; i++) {
                assertTrue(s.input(i) >= 0.0 && s.input(i) <= 0.2);
                assertTrue(s.target(i) > 0.1 && s.target(i) < 0.3, s.name() + " y[" + i + "] = " + s.target(i));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Tasks.narma(0));
    }

    @Test
    void sineIsExact() {
        TaskSeries s = Tasks.sine();
        double[] t = s.time();
        assertEquals(200, t.length);
        double[] raw = new double[200];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 200; i++) {
            assertEquals(8.0 * i / 199.0, t[i], 1e-15);
            raw[i] = Math.sin(Math.PI * t[i]);
            lo = Math.min(lo, raw[i]);
            hi = Math.max(hi, raw[i]);
        }
        for (int i = 0; i < 200; i++) {
            assertEquals(2.0 * ((raw[i] - lo) / (hi - lo)) - 1.0, s.input(i), 0.0);
        }
        assertEquals(lo, s.scaling().orElseThrow().min(), 0.0);
        assertEquals(hi, s.scaling().orElseThrow().max(), 0.0);
        assertTrue(hi < 1.0 && hi > 0.9999, "no grid point on a crest: max " + hi);
    }

    /** W(t) summed here directly from n̄^n / n! (no recurrence), to 150 terms. */
    private static double inversionDirect(double t) {
        double sum = 0.0;
        double factorial = 1.0;
        for (int n = 0; n <= 150; n++) {
            if (n > 0) {
                factorial *= n;
            }
            sum += Math.exp(-10.0) * Math.pow(10.0, n) / factorial * Math.cos(2.0 * t * Math.sqrt(n + 1.0));
        }
        return sum;
    }

    @Test
    void populationInversionFromTheFormula() {
        double[] weights = Tasks.poissonWeights(10.0);
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        assertEquals(1.0, total, 1e-15); // Σ Poisson weights, less a tail under 1e-18
        assertTrue(weights.length > 30 && weights.length < 60, "terms kept: " + weights.length);
        assertEquals(1.0, Tasks.inversion(0.0, weights), 1e-15); // W(0): every cosine is 1

        TaskSeries s = Tasks.populationInversion();
        double[] t = s.time();
        assertEquals(1000, t.length);
        assertEquals(40.0, t[999], 0.0);
        double[] raw = s.unscale(s.inputs());
        assertEquals(1.0, raw[0], 1e-15);
        assertEquals(1.0, s.input(0), 0.0); // W(0) is the largest value, so it scales to exactly 1
        for (int i : new int[] {1, 137, 500, 777, 999}) {
            assertEquals(inversionDirect(t[i]), raw[i], 1e-13, "t = " + t[i]);
        }
        // Collapse: around t = 8 the inversion is nearly flat at 0; revival near 2π√10 ≈ 19.9.
        for (int i = 175; i < 225; i++) { // t ≈ 7.0 .. 9.0
            assertTrue(Math.abs(raw[i]) < 0.05, "collapsed at t = " + t[i] + ": " + raw[i]);
        }
        double revival = 0.0;
        for (int i = 450; i < 550; i++) { // t ≈ 18 .. 22
            revival = Math.max(revival, Math.abs(raw[i]));
        }
        assertTrue(revival > 0.2, "revival amplitude " + revival);
    }

    @Test
    void mackeyGlassStaysInRangeAndVaries() {
        TaskSeries s = Tasks.mackeyGlass();
        assertEquals(2000, s.length());
        MinMax m = s.scaling().orElseThrow();
        assertTrue(m.min() > 0.2 && m.max() < 1.4, "range " + m);
        double[] raw = s.unscale(s.inputs());
        assertEquals(1.2, raw[0], 1e-15); // no transient discarded: sample 0 is x(0)
        double mean = 0.0;
        for (double v : raw) {
            mean += v / raw.length;
        }
        double variance = 0.0;
        for (double v : raw) {
            variance += (v - mean) * (v - mean) / raw.length;
        }
        assertTrue(variance > 0.01, "variance " + variance);
        // Not a short cycle: for no lag up to 100 does the tail repeat itself.
        for (int lag = 1; lag <= 100; lag++) {
            double maxDiff = 0.0;
            for (int i = 1000; i + lag < 2000; i++) {
                maxDiff = Math.max(maxDiff, Math.abs(raw[i + lag] - raw[i]));
            }
            assertTrue(maxDiff > 0.05, "looks periodic with lag " + lag);
        }
    }

    @Test
    void mackeyGlassConvergesAtFourthOrder() {
        double[] coarse = Tasks.mackeyGlassRaw(200, 10);
        double[] mid = Tasks.mackeyGlassRaw(200, 20);
        double[] fine = Tasks.mackeyGlassRaw(200, 40);
        double[] dflt = Tasks.mackeyGlassRaw(200, Tasks.MG_STEPS_PER_UNIT);
        double[] half = Tasks.mackeyGlassRaw(200, 2 * Tasks.MG_STEPS_PER_UNIT);
        double d1 = maxDiff(coarse, mid);
        double d2 = maxDiff(mid, fine);
        // RK4 with fourth-order interpolation of the delayed value: halving dt divides the change by
        // about 2^4 = 16 (a second-order interpolant would give 4).
        assertTrue(d1 / d2 > 10 && d1 / d2 < 24, "ratio " + d1 / d2 + " (" + d1 + " / " + d2 + ")");
        // Bound for the default dt = 0.01: fourth order predicts d1 · (0.1 / 0.01)^4 ≈ 3e-13 (d1 ≈ 3e-9);
        // 1e-10 leaves room for the rounding of 2e5 steps (≈ 2e5 · 1e-16) and for the slow chaotic
        // growth over 200 time units, while still failing for any first- or second-order error.
        double d = maxDiff(dflt, half);
        assertTrue(d < 1e-10, "halving dt = 0.01 changed the first 200 samples by " + d);
        assertEquals(dflt[199], Tasks.mackeyGlass().scaling().orElseThrow().unscale(Tasks.mackeyGlass().input(199)),
                1e-14);
    }

    private static double maxDiff(double[] a, double[] b) {
        double d = 0.0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
