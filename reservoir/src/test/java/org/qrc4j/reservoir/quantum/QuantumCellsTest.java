package org.qrc4j.reservoir.quantum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.Features;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.observable.PauliString;

/** The cell algebra, recomputed here from circuits run gate by gate on the plain state vector. */
class QuantumCellsTest {

    private static final double EPS = 1e-12;

    /** ⟨Z_0..Z_{m-1}⟩ of a circuit for input v, by the whole circuit on a state vector. */
    private static double[] z(Vqc vqc, double[] v, int m) {
        double[] p = new double[2 * vqc.inputSize()];
        vqc.encodingParameters(v, p);
        StateVector s = StateVector.zero(vqc.qubits()).apply(vqc.circuit(), p);
        double[] out = new double[m];
        for (int k = 0; k < m; k++) {
            out[k] = PauliString.z(k).expectation(s);
        }
        return out;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static List<Vqc> circuits(int count, long seed) {
        Random random = new Random(seed);
        Vqc[] vqcs = new Vqc[count];
        for (int i = 0; i < count; i++) {
            vqcs[i] = Vqc.random(4, 2, 4, AngleDistribution.uniform(), random);
        }
        return List.of(vqcs);
    }

    @Test
    void qrnnTwoSteps() {
        List<Vqc> vqcs = circuits(1, 1);
        QrnnCell cell = new QrnnCell(vqcs, QuantumFeatures.HIDDEN, null);
        double[] state = new double[3], features = new double[3];
        double[] h = new double[3];
        for (double x : new double[] {0.4, -0.9}) {
            cell.step(x, state, features);
            double[] zs = z(vqcs.get(0), new double[] {x, h[0], h[1], h[2]}, 3);
            for (int k = 0; k < 3; k++) {
                h[k] = Math.tanh(zs[k]);
            }
            assertArrayEquals(h, state, EPS);
            assertArrayEquals(h, features, EPS);
        }
    }

    @Test
    void qlstmTwoSteps() {
        List<Vqc> vqcs = circuits(6, 2);
        QlstmCell cell = new QlstmCell(vqcs, QuantumFeatures.HIDDEN, null);
        double[] state = new double[7], features = new double[4];
        double[] h = new double[3], c = new double[4];
        for (double x : new double[] {0.25, 0.8}) {
            cell.step(x, state, features);
            double[] v = {x, h[0], h[1], h[2]};
            double[] f = z(vqcs.get(0), v, 4), i = z(vqcs.get(1), v, 4), g = z(vqcs.get(2), v, 4), o = z(vqcs.get(3), v, 4);
            double[] w = new double[4];
            for (int k = 0; k < 4; k++) {
                c[k] = sigmoid(f[k]) * c[k] + sigmoid(i[k]) * Math.tanh(g[k]);
                w[k] = sigmoid(o[k]) * Math.tanh(c[k]);
            }
            h = z(vqcs.get(4), w, 3);
            double[] y = z(vqcs.get(5), w, 4);
            assertArrayEquals(h, java.util.Arrays.copyOfRange(state, 0, 3), EPS);
            assertArrayEquals(c, java.util.Arrays.copyOfRange(state, 3, 7), EPS);
            assertArrayEquals(y, features, EPS);
        }
    }

    @Test
    void qgruTwoSteps() {
        List<Vqc> vqcs = circuits(3, 3);
        QgruCell cell = new QgruCell(vqcs, QuantumFeatures.HIDDEN, null);
        double[] state = new double[3], features = new double[3];
        double[] h = new double[3];
        for (double x : new double[] {-0.3, 0.6}) {
            cell.step(x, state, features);
            double[] v = {x, h[0], h[1], h[2]};
            double[] r = z(vqcs.get(0), v, 3), zg = z(vqcs.get(1), v, 3);
            double[] gated = {x, sigmoid(r[0]) * h[0], sigmoid(r[1]) * h[1], sigmoid(r[2]) * h[2]};
            double[] cand = z(vqcs.get(2), gated, 3);
            for (int k = 0; k < 3; k++) {
                double zk = sigmoid(zg[k]);
                h[k] = (1 - zk) * Math.tanh(cand[k]) + zk * h[k];
            }
            assertArrayEquals(h, state, EPS);
            assertArrayEquals(h, features, EPS);
        }
    }

    @Test
    void correlationFeaturesComeFromTheOutputCircuit() {
        List<Vqc> vqcs = circuits(1, 4);
        QrnnCell cell = new QrnnCell(vqcs, QuantumFeatures.CORRELATIONS, null);
        double[] state = new double[3], features = new double[cell.featureSize()];
        assertEquals(10, features.length);
        cell.step(0.5, state, features);
        double[] v = {0.5, 0, 0, 0};
        double[] p = new double[8];
        vqcs.get(0).encodingParameters(v, p);
        StateVector s = StateVector.zero(4).apply(vqcs.get(0).circuit(), p);
        assertEquals(PauliString.parse("Z3").expectation(s), features[3], EPS);
        assertEquals(PauliString.parse("Z0 Z1").expectation(s), features[4], EPS);
        assertEquals(PauliString.parse("Z2 Z3").expectation(s), features[9], EPS);
    }

    @Test
    void windowFeaturesAreTheSameOnOneAndTwoThreads() {
        double[] series = new double[60];
        for (int t = 0; t < series.length; t++) {
            series[t] = Math.sin(0.3 * t);
        }
        for (Cell cell : new Cell[] {
            QrnnCell.random(4, 2, AngleDistribution.DEFAULT, QuantumFeatures.HIDDEN, null, 5),
            QlstmCell.random(4, 2, AngleDistribution.uniform(), QuantumFeatures.HIDDEN, null, 5),
            QgruCell.random(4, 2, AngleDistribution.uniform(), QuantumFeatures.CORRELATIONS, null, 5)}) {
            double[][] one = Features.windows(cell, series, 4, 55, 1);
            double[][] two = Features.windows(cell, series, 4, 55, 2);
            for (int s = 0; s < one.length; s++) {
                assertArrayEquals(one[s], two[s], 0.0, cell.name() + " sample " + s);
            }
        }
    }

    @Test
    void sameSeedSameCircuits() {
        QlstmCell a = QlstmCell.random(4, 2, AngleDistribution.DEFAULT, QuantumFeatures.HIDDEN, null, 42);
        QlstmCell b = QlstmCell.random(4, 2, AngleDistribution.DEFAULT, QuantumFeatures.HIDDEN, null, 42);
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(a.vqcs().get(i).angles()[1][2], b.vqcs().get(i).angles()[1][2], 0.0);
        }
    }
}
