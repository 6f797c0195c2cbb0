package org.qrc4j.reservoir.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ReadoutsTest {

    private static void assertMessage(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }

    @Test
    void byNameBuildsBothAndRejectsOthers() {
        assertInstanceOf(RidgeReadout.class, Readouts.byName("ridge", ReadoutOptions.defaults(), 0));
        Readout rmsprop = Readouts.byName("rmsprop", ReadoutOptions.defaults(), 9);
        assertEquals("rmsprop", rmsprop.name());
        assertEquals(9, ((RmspropReadout) rmsprop).seed());
        assertMessage(() -> Readouts.byName("lasso", ReadoutOptions.defaults(), 0), "readout", "'lasso'", "ridge", "rmsprop");
        assertMessage(() -> Readouts.byName(null, ReadoutOptions.defaults(), 0), "readout", "null");
        assertMessage(() -> Readouts.byName("ridge", null, 0), "options");
    }

    @Test
    void defaultsAreThePapersProtocol() {
        ReadoutOptions d = ReadoutOptions.defaults();
        assertEquals(0.01, d.learningRate());
        assertEquals(100, d.epochs());
        assertEquals(10, d.batchSize());
        assertEquals(0.99, d.alpha());
        assertEquals(1e-8, d.epsilon());
        assertEquals(0.2, d.validationFraction());
        assertFalse(d.hasFixedLambda());
        double[] grid = d.lambdaGrid();
        assertEquals(11, grid.length);
        for (int k = 0; k < grid.length; k++) {
            assertEquals(Math.pow(10, k - 8), grid[k], 1e-12 * grid[k]);
        }
    }

    @Test
    void optionErrorsNameParameterValueAndAllowedRange() {
        ReadoutOptions d = ReadoutOptions.defaults();
        assertMessage(() -> d.withLearningRate(-1), "learningRate", "-1.0", "> 0");
        assertMessage(() -> d.withLearningRate(Double.NaN), "learningRate", "NaN");
        assertMessage(() -> d.withEpochs(0), "epochs", "got 0", ">= 1");
        assertMessage(() -> d.withBatchSize(-3), "batchSize", "-3", ">= 1");
        assertMessage(() -> d.withAlpha(1.0), "alpha", "1.0", "[0, 1)");
        assertMessage(() -> d.withEpsilon(0), "epsilon", "0.0", "> 0");
        assertMessage(() -> d.withLambda(-1e-3), "lambda", "-0.001", ">= 0");
        assertMessage(() -> d.withLambdaGrid(), "lambdaGrid", "at least one");
        assertMessage(() -> d.withLambdaGrid(1, Double.POSITIVE_INFINITY), "lambdaGrid", "Infinity", "finite numbers >= 0");
        assertMessage(() -> d.withValidationFraction(1.0), "validationFraction", "1.0", "(0, 1)");
    }

    @Test
    void withersReturnNewOptionsAndGridIsSortedAndClearsFixedLambda() {
        ReadoutOptions fixed = ReadoutOptions.defaults().withLambda(0.5);
        assertTrue(fixed.hasFixedLambda());
        assertFalse(ReadoutOptions.defaults().hasFixedLambda());
        ReadoutOptions grid = fixed.withLambdaGrid(10, 0.1, 1);
        assertFalse(grid.hasFixedLambda());
        assertArrayEquals(new double[] {0.1, 1, 10}, grid.lambdaGrid());
    }

    @Test
    void loadGivesAPredictingReadoutAndValidates() {
        Readout loaded = Readouts.load("rmsprop", new double[] {2, -1}, 0.5);
        assertTrue(loaded.isFitted());
        assertEquals(2, loaded.featureCount());
        assertEquals(2 * 3 - 4 + 0.5, loaded.predict(new double[] {3, 4}), 0.0);
        assertArrayEquals(new double[] {2.5, 0.5}, loaded.predict(new double[][] {{1, 0}, {0, 0}}), 0.0);
        double[] w = loaded.weights();
        w[0] = 99; // a copy
        assertEquals(2, loaded.weights()[0]);

        // Round trip of a fitted ridge readout through its saved parameters.
        Readout ridge = new RidgeReadout(ReadoutOptions.defaults().withLambda(0.1));
        ridge.fit(new double[][] {{1, 2}, {2, 1}, {3, 5}, {0, 1}}, new double[] {1, 2, 3, 4});
        Readout copy = Readouts.load(ridge.name(), ridge.weights(), ridge.bias());
        assertEquals(ridge.predict(new double[] {0.3, 0.7}), copy.predict(new double[] {0.3, 0.7}), 0.0);

        assertMessage(() -> Readouts.load("ridge", new double[0], 0), "weights", "at least one");
        assertMessage(() -> Readouts.load("ridge", new double[] {1, Double.NaN}, 0), "weights[1]", "NaN");
        assertMessage(() -> Readouts.load("ridge", new double[] {1}, Double.POSITIVE_INFINITY), "bias", "Infinity");
        assertMessage(() -> Readouts.load("ols", new double[] {1}, 0), "readout", "'ols'");
    }

    @Test
    void unfittedReadoutRefusesToPredict() {
        Readout ridge = Readouts.byName("ridge", ReadoutOptions.defaults(), 0);
        assertFalse(ridge.isFitted());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ridge.predict(new double[] {1}));
        assertTrue(e.getMessage().contains("ridge") && e.getMessage().contains("fit"), e.getMessage());
        assertThrows(IllegalStateException.class, ridge::weights);
        assertThrows(IllegalStateException.class, ridge::bias);
    }

    @Test
    void fitAndPredictArgumentErrors() {
        for (String name : Readouts.NAMES) {
            Readout r = Readouts.byName(name, ReadoutOptions.defaults().withEpochs(1), 0);
            double[][] x = {{1, 2}, {3, 4}, {5, 6}};
            double[] y = {1, 2, 3};
            assertMessage(() -> r.fit(x, new double[] {1, 2}), "trainX and trainY", "3 rows and 2 targets");
            assertMessage(() -> r.fit(new double[0][], new double[0]), "trainX", "at least one row");
            assertMessage(() -> r.fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}), "trainX rows", "2 features", "row 1 has 1");
            assertMessage(() -> r.fit(new double[][] {{1, 2}, {3, Double.NaN}}, new double[] {1, 2}), "trainX[1][1]", "NaN");
            assertMessage(() -> r.fit(x, new double[] {1, Double.POSITIVE_INFINITY, 3}), "trainY[1]", "Infinity");
            assertMessage(() -> r.fit(x, y, new double[][] {{1, 2, 3}}, new double[] {1}), "testX rows", "2 features");
            assertMessage(() -> r.fit(x, y, new double[][] {{1, 2}}, new double[0]), "testX and testY");
            assertMessage(() -> r.fit(x, y, null, null), "must not be null");
            r.fit(x, y);
            assertMessage(() -> r.predict(new double[] {1, 2, 3}), "features", "length 2", "got 3");
        }
    }

    @Test
    void epochsToWithinTenPercentOfTheFinalLoss() {
        FitHistory h = new FitHistory("rmsprop", new double[] {10, 5, 1.2, 1.05, 1.0}, new double[0], 20, Double.NaN,
                Double.NaN, new double[0], new double[0]);
        assertEquals(4, h.epochsToWithin10Percent()); // 1.2 > 1.1, 1.05 <= 1.1
        assertEquals(3, h.epochsToWithin(0.2)); // 1.2 <= 1.2: the bound is inclusive
        assertEquals(5, h.epochsToWithin(0.0));
        assertEquals(1, h.epochsToWithin(10));
        assertEquals(5, h.epochs());
        assertEquals(1.0, h.finalTrainLoss());
        FitHistory diverged = new FitHistory("rmsprop", new double[] {1, Double.NaN}, new double[0], 2, Double.NaN,
                Double.NaN, new double[0], new double[0]);
        assertEquals(-1, diverged.epochsToWithin10Percent());
        assertMessage(() -> h.epochsToWithin(-0.1), "relative", "-0.1", ">= 0");
    }
}
