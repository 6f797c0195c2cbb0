package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PredictionErrorTest {

    private static double[][] henonData(int t) {
        DiscreteMap map = Maps.henon(1.4, 0.3);
        double[][] x = new double[t][];
        double[] z = {0.1, 0.1};
        for (int i = 0; i < 100; i++) {
            double[] next = new double[2];
            map.step(z, next);
            z = next;
        }
        for (int i = 0; i < t; i++) {
            x[i] = z;
            double[] next = new double[2];
            map.step(z, next);
            z = next;
        }
        return x;
    }

    @Test
    void perfectModelHasZeroError() {
        double[][] x = henonData(500);
        assertEquals(0.0, PredictionError.meanSquared(ObservedModel.fullyObserved(Maps.henon(1.4, 0.3)), x), 0.0);
    }

    @Test
    void persistenceOnARampByHand() {
        // x_t = (t, −2t), model z → z: the n-step prediction misses by (n, −2n): squared error (n² + 4n²) / 2.
        double[][] x = new double[50][];
        for (int t = 0; t < 50; t++) {
            x[t] = new double[] {t, -2 * t};
        }
        DiscreteMap identity = Maps.linear(2, 1, 0, 0, 1);
        assertEquals(2.5 * 400, PredictionError.meanSquared(ObservedModel.fullyObserved(identity), x), 1e-9);
        assertEquals(2.5 * 9, PredictionError.meanSquared(ObservedModel.fullyObserved(identity), x, 3), 1e-9);
    }

    @Test
    void latentUnitsBeyondTheObservations() {
        // Latent (x, v) with v started at 1 and x' = x + v: a perfect model of the ramp x_t = t,
        // though the velocity is not observed.
        ObservedModel model = new ObservedModel() {
            @Override
            public int latentDimension() {
                return 2;
            }

            @Override
            public int observationDimension() {
                return 1;
            }

            @Override
            public double[] initialState(double[] x) {
                return new double[] {x[0], 1};
            }

            @Override
            public void step(double[] z, double[] out) {
                out[0] = z[0] + z[1];
                out[1] = z[1];
            }
        };
        double[][] x = new double[40][];
        for (int t = 0; t < 40; t++) {
            x[t] = new double[] {t};
        }
        assertEquals(0.0, PredictionError.meanSquared(model, x, 20), 0.0);
        double[][] generated = model.generate(new double[] {3}, 4);
        assertEquals(6.0, generated[3][0], 0.0);
    }

    @Test
    void errors() {
        double[][] x = henonData(30);
        ObservedModel model = ObservedModel.fullyObserved(Maps.henon(1.4, 0.3));
        assertThrows(IllegalArgumentException.class, () -> PredictionError.meanSquared(model, x, 30));
        assertThrows(IllegalArgumentException.class, () -> PredictionError.meanSquared(model, x, 0));
        assertThrows(IllegalArgumentException.class,
                () -> PredictionError.meanSquared(model, new double[][] {{1}, {2}, {3}}, 1));
    }
}
