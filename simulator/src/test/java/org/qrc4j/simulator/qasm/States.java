package org.qrc4j.simulator.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;

/** Test helpers: random states and amplitude comparison. */
final class States {

    static final double TOLERANCE = 1e-12;

    private States() {
    }

    /** A normalised random state with complex amplitudes, reproducible from the seed. */
    static StateVector random(int qubits, long seed) {
        Random random = new Random(seed);
        int dim = 1 << qubits;
        double[] re = new double[dim], im = new double[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
            norm += re[i] * re[i] + im[i] * im[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < dim; i++) {
            re[i] /= norm;
            im[i] /= norm;
        }
        return StateVector.of(re, im);
    }

    /** The random state of {@code seed} after a circuit. */
    static StateVector run(Circuit circuit, int qubits, long seed) {
        return random(qubits, seed).apply(circuit);
    }

    static void assertSame(StateVector expected, StateVector actual, String what) {
        assertEquals(expected.dimension(), actual.dimension(), what + ": dimension");
        for (int i = 0; i < expected.dimension(); i++) {
            assertEquals(expected.real(i), actual.real(i), TOLERANCE, what + ": real part of amplitude " + i);
            assertEquals(expected.imag(i), actual.imag(i), TOLERANCE, what + ": imaginary part of amplitude " + i);
        }
    }

    /** Applies a row-major interleaved complex matrix to the whole state, independently of the engine. */
    static StateVector multiply(double[] m, StateVector state) {
        int dim = state.dimension();
        double[] re = new double[dim], im = new double[dim];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                double mr = m[2 * (r * dim + c)], mi = m[2 * (r * dim + c) + 1];
                re[r] += mr * state.real(c) - mi * state.imag(c);
                im[r] += mr * state.imag(c) + mi * state.real(c);
            }
        }
        return StateVector.of(re, im);
    }
}
