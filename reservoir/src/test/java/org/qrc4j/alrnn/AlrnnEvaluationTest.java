package org.qrc4j.alrnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlrnnEvaluationTest {

    /**
     * M = 2, N = 1, P = 1: z1 ← 0.5 z1 and z2 ← 0.5 z2 + 1. From x = 3 the initial state is
     * [3, L·3] = [3, −3]: the ReLU unit starts off (region 0) and climbs to its fixed point 2 (region
     * 1) within three steps. The attractor is the fixed point (0, 2), in region 1 only.
     */
    private static AlrnnModel settlingModel() {
        return AlrnnModel.of(1, 1, new double[] {0.5, 0.5}, new double[4], new double[] {0, 1}, new double[] {-1});
    }

    @Test
    void freeRunDropsTheTransient() {
        AlrnnModel model = settlingModel();
        double[] x0 = {3};
        double[][] all = model.generateLatent(x0, AlrnnEvaluation.TRANSIENT + 50);
        double[][] run = AlrnnEvaluation.freeRun(model, x0, 50);
        assertEquals(50, run.length);
        for (int t = 0; t < 50; t++) {
            assertArrayEquals(all[AlrnnEvaluation.TRANSIENT + t], run[t], 0.0);
        }
        double[][] observed = AlrnnEvaluation.freeRunObservations(model, x0, 50);
        for (int t = 0; t < 50; t++) {
            assertArrayEquals(new double[] {run[t][0]}, observed[t], 0.0);
        }
        // By hand: z2 after k steps is 2 − 5·0.5^k, so it is negative for k ≤ 1 and positive from k = 2.
        assertEquals(-3.0, all[0][1], 0.0);
        assertEquals(-0.5, all[1][1], 0.0);
        assertEquals(0.75, all[2][1], 0.0);
    }

    @Test
    void regionsAndLyapunovExponentsDescribeTheAttractorNotTheWayThere() {
        AlrnnModel model = settlingModel();
        double[][] data = new double[2000][];
        for (int t = 0; t < data.length; t++) {
            data[t] = new double[] {t == 0 ? 3 : Math.sin(0.1 * t)};
        }
        AlrnnEvaluation e = AlrnnEvaluation.of(model, data, 0.5);
        // The run from x = 3 visits region 0 for its first two steps only.
        assertEquals(1, e.regionsUsed());
        assertEquals(1, e.regionsVisited());
        assertEquals(0.0, e.regionVisits()[0], 0.0);
        assertEquals(1.0, e.regionVisits()[1], 0.0);
        // Jacobian diag(0.5, 0.5) in region 1: both exponents are log 0.5 per step, 2 log 0.5 per time unit
        // (to the rounding of sums of 8 × 40 000 logarithms).
        assertEquals(Math.log(0.5), e.lyapunovPerStep()[0], 1e-11);
        assertEquals(Math.log(0.5), e.lyapunovPerStep()[1], 1e-11);
        assertEquals(2 * Math.log(0.5), e.lyapunovMaxPerTime(), 1e-11);
        // Every run, wherever it starts, ends on the same fixed point: no spread.
        assertEquals(0.0, e.lyapunovMaxStandardError(), 1e-12);
        assertEquals(2000, e.generated().length);
        assertTrue(e.fixedPoints().stream().anyMatch(p -> p.region() == 1 && p.real() && p.stable()));
    }

    @Test
    void aDivergingModelHasNothingToMeasure() {
        // z1 <- 2 z1: from x = 1 it doubles every step and overflows after about 1024 steps, inside the run.
        AlrnnModel model = AlrnnModel.of(1, 1, new double[] {2, 0.5}, new double[4], new double[] {0, 1}, new double[] {0});
        double[][] data = new double[3000][];
        for (int t = 0; t < data.length; t++) {
            data[t] = new double[] {t == 0 ? 1 : Math.sin(0.1 * t)};
        }
        DivergenceException e = assertThrows(DivergenceException.class, () -> AlrnnEvaluation.of(model, data, 1.0));
        // 2^1024 is the first power of two past Double.MAX_VALUE.
        assertTrue(e.getMessage().contains("not finite at step 1024"), e.getMessage());
    }

    @Test
    void lyapunovStretchesContinueTheFreeRunFromTheFirstDataPoint() {
        // A rotation by 0.3 rad in the linear unit pair, fed by a ReLU unit: a map that never settles.
        double c = Math.cos(0.3), sn = Math.sin(0.3);
        double[] w = {c, -sn, 0.1, sn, c, 0, 0, 0.5, 0};
        AlrnnModel model = AlrnnModel.of(1, 1, new double[3], w, new double[] {0, 0, 0.2}, new double[] {0.7, -0.4});
        java.util.List<double[]> starts = AlrnnEvaluation.stretchStarts(model, new double[] {0.9});
        assertEquals(AlrnnEvaluation.LYAPUNOV_STARTS, starts.size());
        int stride = AlrnnEvaluation.TRANSIENT + AlrnnEvaluation.LYAPUNOV_STEPS;
        double[][] run = model.generateLatent(new double[] {0.9}, AlrnnEvaluation.TRANSIENT + 2 * stride + 1);
        assertArrayEquals(run[AlrnnEvaluation.TRANSIENT], starts.get(0), 0.0);
        assertArrayEquals(run[AlrnnEvaluation.TRANSIENT + stride], starts.get(1), 0.0);
        assertArrayEquals(run[AlrnnEvaluation.TRANSIENT + 2 * stride], starts.get(2), 0.0);
    }
}
