package org.qrc4j.reservoir.quantum;

import java.util.List;
import org.qrc4j.simulator.backend.Backend;

/**
 * QLSTM with six circuits, on v_t = [x_t, h_{t−1}]:
 * f = σ(VQC1(v)), i = σ(VQC2(v)), g = tanh(VQC3(v)), o = σ(VQC4(v)) (n outputs each);
 * c_t = f⊙c_{t−1} + i⊙g; h_t = VQC5(o⊙tanh c_t) (n − 1 outputs, no tanh);
 * y_t = VQC6(o⊙tanh c_t) (n outputs). State: [h (n − 1), c (n)]. Features: y_t, or VQC6's
 * correlations.
 */
public final class QlstmCell extends QuantumCell {

    private final double[] v;
    private final double[] forget;
    private final double[] in;
    private final double[] candidate;
    private final double[] outGate;
    private final double[] w;

    /** A cell around six given circuits (f, i, g, o, h, y). */
    public QlstmCell(List<Vqc> vqcs, QuantumFeatures features, Backend backend) {
        super(vqcs, 6, features, backend);
        v = new double[qubits];
        forget = new double[qubits];
        in = new double[qubits];
        candidate = new double[qubits];
        outGate = new double[qubits];
        w = new double[qubits];
    }

    /** A cell with six fresh circuits drawn in order from the seed. */
    public static QlstmCell random(int qubits, int layers, AngleDistribution distribution, QuantumFeatures features,
                                   Backend backend, long seed) {
        return new QlstmCell(draw(6, qubits, layers, distribution, seed), features, backend);
    }

    @Override
    public String name() {
        return "qlstm";
    }

    @Override
    public int stateSize() {
        return hidden + qubits;
    }

    @Override
    public int featureSize() {
        return features == QuantumFeatures.HIDDEN ? qubits : correlationCount();
    }

    @Override
    public void step(double input, double[] state, double[] out) {
        v[0] = input;
        System.arraycopy(state, 0, v, 1, hidden);
        runners[0].run(v).zs(qubits, forget, 0);
        runners[1].run(v).zs(qubits, in, 0);
        runners[2].run(v).zs(qubits, candidate, 0);
        runners[3].run(v).zs(qubits, outGate, 0);
        for (int k = 0; k < qubits; k++) {
            double c = sigmoid(forget[k]) * state[hidden + k] + sigmoid(in[k]) * Math.tanh(candidate[k]);
            state[hidden + k] = c;
            w[k] = sigmoid(outGate[k]) * Math.tanh(c);
        }
        runners[4].run(w).zs(hidden, state, 0);
        VqcRunner y = runners[5].run(w);
        if (features == QuantumFeatures.HIDDEN) {
            y.zs(qubits, out, 0);
        } else {
            y.correlations(out, 0);
        }
    }

    @Override
    public QlstmCell fork() {
        return new QlstmCell(vqcs(), features, backend);
    }
}
