package org.qrc4j.reservoir.quantum;

import java.util.List;
import org.qrc4j.simulator.backend.Backend;

/**
 * QRNN: h_t = tanh(VQC([x_t, h_{t−1}])), reading the first n − 1 ⟨Z⟩ as the new hidden state.
 * Features: h_t, or the circuit's correlations.
 */
public final class QrnnCell extends QuantumCell {

    private final double[] v;

    /** A cell around one given circuit. */
    public QrnnCell(List<Vqc> vqcs, QuantumFeatures features, Backend backend) {
        super(vqcs, 1, features, backend);
        this.v = new double[qubits];
    }

    /** A cell with a fresh circuit drawn from the seed. */
    public static QrnnCell random(int qubits, int layers, AngleDistribution distribution, QuantumFeatures features,
                                  Backend backend, long seed) {
        return new QrnnCell(draw(1, qubits, layers, distribution, seed), features, backend);
    }

    @Override
    public String name() {
        return "qrnn";
    }

    @Override
    public int stateSize() {
        return hidden;
    }

    @Override
    public int featureSize() {
        return features == QuantumFeatures.HIDDEN ? hidden : correlationCount();
    }

    @Override
    public void step(double input, double[] state, double[] out) {
        v[0] = input;
        System.arraycopy(state, 0, v, 1, hidden);
        VqcRunner runner = runners[0].run(v);
        for (int k = 0; k < hidden; k++) {
            state[k] = Math.tanh(runner.z(k));
        }
        if (features == QuantumFeatures.HIDDEN) {
            System.arraycopy(state, 0, out, 0, hidden);
        } else {
            runner.correlations(out, 0);
        }
    }

    @Override
    public QrnnCell fork() {
        return new QrnnCell(vqcs(), features, backend);
    }
}
