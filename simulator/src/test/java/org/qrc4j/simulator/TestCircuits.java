package org.qrc4j.simulator;

import java.util.Random;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.Angle;
import org.qrc4j.simulator.gate.GateType;

/** Seeded random circuits over every gate type, for tests. */
public final class TestCircuits {

    private TestCircuits() {
    }

    /** A random unitary of dimension d (interleaved re/im), by Gram–Schmidt on a random complex matrix. */
    public static double[] randomUnitary(int d, Random random) {
        double[][] re = new double[d][d], im = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                re[r][c] = random.nextGaussian();
                im[r][c] = random.nextGaussian();
            }
        }
        // Orthonormalise the rows.
        for (int r = 0; r < d; r++) {
            for (int k = 0; k < r; k++) {
                double dr = 0, di = 0; // <row k, row r> = Σ conj(k)·r
                for (int c = 0; c < d; c++) {
                    dr += re[k][c] * re[r][c] + im[k][c] * im[r][c];
                    di += re[k][c] * im[r][c] - im[k][c] * re[r][c];
                }
                for (int c = 0; c < d; c++) {
                    re[r][c] -= dr * re[k][c] - di * im[k][c];
                    im[r][c] -= dr * im[k][c] + di * re[k][c];
                }
            }
            double norm = 0;
            for (int c = 0; c < d; c++) {
                norm += re[r][c] * re[r][c] + im[r][c] * im[r][c];
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < d; c++) {
                re[r][c] /= norm;
                im[r][c] /= norm;
            }
        }
        double[] m = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                m[2 * (r * d + c)] = re[r][c];
                m[2 * (r * d + c) + 1] = im[r][c];
            }
        }
        return m;
    }

    /**
     * A random circuit of {@code gates} gates drawn from every type that fits in {@code n} qubits;
     * with {@code useParameters}, some angles are parameters p[0..parameterCount-1].
     */
    public static Circuit random(int n, int gates, Random random, boolean useParameters, int parameterCount) {
        Circuit circuit = new Circuit(n);
        GateType[] types = GateType.values();
        while (circuit.size() < gates) {
            GateType type = types[random.nextInt(types.length)];
            if (type.arity() > n) {
                continue;
            }
            int[] q = distinctQubits(n, type.arity(), random);
            if (type == GateType.UNITARY1) {
                circuit.unitary(q[0], randomUnitary(2, random));
            } else if (type == GateType.UNITARY2) {
                circuit.unitary(q[0], q[1], randomUnitary(4, random));
            } else {
                Angle[] angles = new Angle[type.angleCount()];
                for (int a = 0; a < angles.length; a++) {
                    angles[a] = useParameters && random.nextBoolean()
                            ? new Angle(random.nextInt(parameterCount), random.nextBoolean() ? 1 : -2.5, random.nextDouble())
                            : Angle.of((random.nextDouble() - 0.5) * 4 * Math.PI);
                }
                circuit.gate(type, q, angles);
            }
        }
        return circuit;
    }

    /** {@code count} distinct qubits of {@code n}, in random order. */
    public static int[] distinctQubits(int n, int count, Random random) {
        int[] q = new int[count];
        for (int i = 0; i < count; i++) {
            boolean fresh;
            do {
                q[i] = random.nextInt(n);
                fresh = true;
                for (int j = 0; j < i; j++) {
                    fresh &= q[j] != q[i];
                }
            } while (!fresh);
        }
        return q;
    }
}
