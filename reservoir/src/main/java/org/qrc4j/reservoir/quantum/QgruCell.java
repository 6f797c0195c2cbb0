package org.qrc4j.reservoir.quantum;

import java.util.List;
import org.qrc4j.simulator.backend.Backend;

/**
 * QGRU with three circuits, on v_t = [x_t, h_{t−1}]: r = σ(VQC1(v)), z = σ(VQC2(v)),
 * h̃ = tanh(VQC3([x_t, r⊙h_{t−1}])), h_t = (1 − z)⊙h̃ + z⊙h_{t−1} (n − 1 values each).
 * Features: h_t, or VQC3's correlations.
 */
public final class QgruCell extends QuantumCell {

    private final double[] v;
    private final double[] reset;
    private final double[] update;
    private final double[] candidate;

    /** A cell around three given circuits (r, z, h̃). */
    public QgruCell(List<Vqc> vqcs, QuantumFeatures features, Backend backend) {
        super(vqcs, 3, features, backend);
        v = new double[qubits];
        reset = new double[hidden];
        update = new double[hidden];
        candidate = new double[hidden];
    }

    /** A cell with three fresh circuits drawn in order from the seed. */
    public static QgruCell random(int qubits, int layers, AngleDistribution distribution, QuantumFeatures features,
                                  Backend backend, long seed) {
        return new QgruCell(draw(3, qubits, layers, distribution, seed), features, backend);
    }

    @Override
    public String name() {
        return "qgru";
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
        runners[0].run(v).zs(hidden, reset, 0);
        runners[1].run(v).zs(hidden, update, 0);
        for (int k = 0; k < hidden; k++) {
            v[1 + k] = sigmoid(reset[k]) * state[k];
        }
        VqcRunner h = runners[2].run(v);
        h.zs(hidden, candidate, 0);
        for (int k = 0; k < hidden; k++) {
            double z = sigmoid(update[k]);
            state[k] = (1 - z) * Math.tanh(candidate[k]) + z * state[k];
        }
        if (features == QuantumFeatures.HIDDEN) {
            System.arraycopy(state, 0, out, 0, hidden);
        } else {
            h.correlations(out, 0);
        }
    }

    @Override
    public QgruCell fork() {
        return new QgruCell(vqcs(), features, backend);
    }
}
