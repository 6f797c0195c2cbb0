package org.qrc4j.simulator;

import org.apache.commons.math3.complex.Complex;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.circuit.Operation;

/**
 * An independent, deliberately naive simulator for tests: each gate's matrix is written here from
 * its textbook definition with Commons Math complex numbers, and applied by looping over all pairs of
 * basis states. It shares no code with the engine's kernels or GateMatrices.
 */
public final class ReferenceSimulator {

    private ReferenceSimulator() {
    }

    /** The textbook matrix of a one-qubit gate (or the target part of a controlled gate). */
    public static Complex[][] matrix(Operation op, double[] p) {
        double a = op.angleCount() > 0 ? op.angleValue(0, p) : 0;
        double b = op.angleCount() > 1 ? op.angleValue(1, p) : 0;
        double c = op.angleCount() > 2 ? op.angleValue(2, p) : 0;
        Complex i = Complex.I;
        Complex one = Complex.ONE, zero = Complex.ZERO;
        double r = Math.sqrt(0.5);
        switch (op.type()) {
            case I: return new Complex[][] {{one, zero}, {zero, one}};
            case X: case CX: return new Complex[][] {{zero, one}, {one, zero}};
            case Y: case CY: return new Complex[][] {{zero, i.negate()}, {i, zero}};
            case Z: case CZ: return new Complex[][] {{one, zero}, {zero, one.negate()}};
            case H: case CH: return new Complex[][] {{new Complex(r), new Complex(r)}, {new Complex(r), new Complex(-r)}};
            case S: return new Complex[][] {{one, zero}, {zero, i}};
            case SDG: return new Complex[][] {{one, zero}, {zero, i.negate()}};
            case T: return new Complex[][] {{one, zero}, {zero, expI(Math.PI / 4)}};
            case TDG: return new Complex[][] {{one, zero}, {zero, expI(-Math.PI / 4)}};
            case SX: return new Complex[][] {{new Complex(0.5, 0.5), new Complex(0.5, -0.5)},
                    {new Complex(0.5, -0.5), new Complex(0.5, 0.5)}};
            case SXDG: return new Complex[][] {{new Complex(0.5, -0.5), new Complex(0.5, 0.5)},
                    {new Complex(0.5, 0.5), new Complex(0.5, -0.5)}};
            case RX: case CRX: return new Complex[][] {{new Complex(Math.cos(a / 2)), new Complex(0, -Math.sin(a / 2))},
                    {new Complex(0, -Math.sin(a / 2)), new Complex(Math.cos(a / 2))}};
            case RY: case CRY: return new Complex[][] {{new Complex(Math.cos(a / 2)), new Complex(-Math.sin(a / 2))},
                    {new Complex(Math.sin(a / 2)), new Complex(Math.cos(a / 2))}};
            case RZ: case CRZ: return new Complex[][] {{expI(-a / 2), zero}, {zero, expI(a / 2)}};
            case P: case CP: return new Complex[][] {{one, zero}, {zero, expI(a)}};
            case U3: case CU3: return new Complex[][] {
                    {new Complex(Math.cos(a / 2)), expI(c).multiply(-Math.sin(a / 2))},
                    {expI(b).multiply(Math.sin(a / 2)), expI(b + c).multiply(Math.cos(a / 2))}};
            case ROT: {
                // RZ(ω)·RY(θ)·RZ(φ), multiplied out here with (φ, θ, ω) = (a, b, c).
                Complex[][] rzPhi = {{expI(-a / 2), zero}, {zero, expI(a / 2)}};
                Complex[][] ry = {{new Complex(Math.cos(b / 2)), new Complex(-Math.sin(b / 2))},
                        {new Complex(Math.sin(b / 2)), new Complex(Math.cos(b / 2))}};
                Complex[][] rzOmega = {{expI(-c / 2), zero}, {zero, expI(c / 2)}};
                return multiply(rzOmega, multiply(ry, rzPhi));
            }
            default: throw new IllegalArgumentException("no textbook matrix for " + op.type());
        }
    }

    static Complex expI(double phi) {
        return new Complex(Math.cos(phi), Math.sin(phi));
    }

    static Complex[][] multiply(Complex[][] x, Complex[][] y) {
        int n = x.length;
        Complex[][] out = new Complex[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Complex s = Complex.ZERO;
                for (int k = 0; k < n; k++) {
                    s = s.add(x[r][k].multiply(y[k][c]));
                }
                out[r][c] = s;
            }
        }
        return out;
    }

    /** The full 2^n × 2^n matrix of an operation, built entry by entry from basis-state actions. */
    public static Complex[][] fullMatrix(Operation op, int n, double[] p) {
        int dim = 1 << n;
        Complex[][] full = new Complex[dim][dim];
        for (int row = 0; row < dim; row++) {
            for (int col = 0; col < dim; col++) {
                full[row][col] = entry(op, row, col, p);
            }
        }
        return full;
    }

    private static Complex entry(Operation op, int row, int col, double[] p) {
        int[] q = op.qubits();
        int touched = 0;
        for (int k : q) {
            touched |= 1 << k;
        }
        if ((row & ~touched) != (col & ~touched)) {
            return Complex.ZERO;
        }
        switch (op.type()) {
            case SWAP: {
                int a = q[0], b = q[1];
                int swapped = col & ~touched | (((col >> a) & 1) << b) | (((col >> b) & 1) << a);
                return row == swapped ? Complex.ONE : Complex.ZERO;
            }
            case CCX: {
                boolean on = ((col >> q[0]) & 1) == 1 && ((col >> q[1]) & 1) == 1;
                int target = on ? col ^ (1 << q[2]) : col;
                return row == target ? Complex.ONE : Complex.ZERO;
            }
            case UNITARY1: case UNITARY2: {
                double[] m = new double[op.arity() == 1 ? 8 : 32];
                op.matrix(p, m);
                int d = 1 << op.arity();
                int r = 0, c = 0;
                for (int j = 0; j < q.length; j++) {
                    r |= ((row >> q[j]) & 1) << j;
                    c |= ((col >> q[j]) & 1) << j;
                }
                return new Complex(m[2 * (r * d + c)], m[2 * (r * d + c) + 1]);
            }
            default:
                break;
        }
        Complex[][] m = matrix(op, p);
        if (op.arity() == 1) {
            return m[(row >> q[0]) & 1][(col >> q[0]) & 1];
        }
        int control = q[0], target = q[1];
        if (((row >> control) & 1) != ((col >> control) & 1)) {
            return Complex.ZERO;
        }
        if (((col >> control) & 1) == 0) {
            return row == col ? Complex.ONE : Complex.ZERO;
        }
        return m[(row >> target) & 1][(col >> target) & 1];
    }

    /** Runs a circuit from |0…0⟩ by dense matrix-vector products. */
    public static Complex[] run(Circuit circuit, double[] p) {
        int n = circuit.qubits();
        Complex[] state = new Complex[1 << n];
        java.util.Arrays.fill(state, Complex.ZERO);
        state[0] = Complex.ONE;
        for (Operation op : circuit.operations()) {
            state = apply(fullMatrix(op, n, p), state);
        }
        return state;
    }

    static Complex[] apply(Complex[][] m, Complex[] v) {
        Complex[] out = new Complex[v.length];
        for (int r = 0; r < v.length; r++) {
            Complex s = Complex.ZERO;
            for (int c = 0; c < v.length; c++) {
                if (m[r][c].getReal() != 0 || m[r][c].getImaginary() != 0) {
                    s = s.add(m[r][c].multiply(v[c]));
                }
            }
            out[r] = s;
        }
        return out;
    }
}
