package org.qrc4j.examples.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qrc4j.reservoir.experiment.ExperimentResult;
import org.qrc4j.reservoir.quantum.Vqc;
import org.qrc4j.simulator.StateVector;

class TeachingExamplesTest {

    @Test
    void bellStateHasEqualWeightOnZeroZeroAndOneOne() {
        StateVector s = BellState.prepare();
        assertEquals(0.5, s.probability(0), 1e-15);
        assertEquals(0.5, s.probability(3), 1e-15);
        assertEquals(0.0, s.probability(1) + s.probability(2), 1e-15);
    }

    @Test
    void rotationSweepFollowsCosine() {
        double[] thetas = {0, 0.5, 1.7, Math.PI, 5.0};
        double[] z = RotationSweep.sweep(thetas);
        for (int k = 0; k < thetas.length; k++) {
            assertEquals(Math.cos(thetas[k]), z[k], 1e-14);
        }
    }

    @Test
    void vqcTourShortWayEqualsGateByGate() {
        Vqc vqc = VqcTour.circuit();
        assertEquals(4, vqc.qubits());
        assertEquals(2, vqc.layers());
        for (double[] v : new double[][] {VqcTour.INPUT, {0, 0, 0, 0}, {-3.5, 10, 0.25, -0.7}}) {
            VqcTour.Outputs out = VqcTour.outputs(vqc, v);
            assertEquals(4, out.shortWay().length);
            assertEquals(4, out.gateByGate().length);
            for (int k = 0; k < 4; k++) {
                assertEquals(out.gateByGate()[k], out.shortWay()[k], 1e-12, "wire " + k);
                assertTrue(out.shortWay()[k] >= -1 && out.shortWay()[k] <= 1, "<Z" + k + "> = " + out.shortWay()[k]);
                assertTrue(out.gateByGate()[k] >= -1 && out.gateByGate()[k] <= 1);
            }
        }
    }

    @Test
    void vqcTourEncodingIsAProductStateWithTheExpectedMarginals() {
        double[] v = VqcTour.INPUT;
        StateVector encoded = StateVector.zero(4).apply(VqcTour.encoding(VqcTour.circuit(), v));
        // After H and RY(a), P(1) = (1 + sin a) / 2; RZ only changes phases.
        double[] pOne = new double[4];
        for (int i = 0; i < 4; i++) {
            pOne[i] = (1 + Math.sin(Math.atan(v[i]))) / 2;
        }
        for (int x = 0; x < 16; x++) {
            double product = 1;
            for (int i = 0; i < 4; i++) {
                product *= ((x >>> i) & 1) == 1 ? pOne[i] : 1 - pOne[i];
            }
            assertEquals(product, encoded.probability(x), 1e-14, "basis state " + x);
        }
    }

    @Test
    void qlstmOnBesselWritesBothPlotsWithThePapersSplit(@TempDir Path dir) throws Exception {
        ExperimentResult result = QlstmOnBessel.run(dir);
        assertEquals(168, result.trainCount());
        assertEquals(83, result.testCount());
        assertEquals("qlstm", result.config().model());
        assertEquals(100, result.history().epochs());
        assertTrue(Double.isFinite(result.trainMse()) && Double.isFinite(result.testMse()));
        for (String name : new String[] {QlstmOnBessel.PREDICTION_PNG, QlstmOnBessel.LOSS_PNG}) {
            Path png = dir.resolve(name);
            assertTrue(Files.size(png) > 1000, name + " is missing or nearly empty");
            byte[] head = Files.readAllBytes(png);
            // The PNG signature: 0x89 'P' 'N' 'G'.
            assertEquals((byte) 0x89, head[0]);
            assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void alrnnOnLorenzWritesItsPlotsAndReadsTheCode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        org.qrc4j.alrnn.AlrnnOptions tiny = org.qrc4j.alrnn.AlrnnOptions.lorenz63().withLatent(6).withEpochs(4)
                .withBatches(4, 3).withSequenceLength(30).withEvaluateEvery(2).withThreads(1);
        org.qrc4j.alrnn.AlrnnEvaluation e = AlrnnOnLorenz.run(tiny, 3000, dir, false);
        for (String png : new String[] {"alrnn-lorenz-attractor.png", "alrnn-lorenz-symbols.png",
            "alrnn-lorenz-transitions.png"}) {
            assertTrue(java.nio.file.Files.size(dir.resolve(png)) > 1000, png);
        }
        // P = 2: four regions, each with a fixed point unless its matrix is singular; visits sum to 1.
        assertEquals(4, e.regionVisits().length);
        double sum = 0;
        for (double v : e.regionVisits()) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
        assertTrue(e.fixedPoints().size() <= 4);
    }
}
