package org.qrc4j.examples.teaching;

import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.gate.Angle;
import org.qrc4j.simulator.observable.PauliString;

/**
 * Teaching example: one circuit with a parameter angle, built once and run for many angles — the
 * pattern quantum reservoirs use millions of times. ⟨Z⟩ after RY(θ) follows cos θ.
 *
 * <p>Run: {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.RotationSweep}
 */
public final class RotationSweep {

    private RotationSweep() {
    }

    /** ⟨Z0⟩ after RY(θ)|0⟩ for each θ, reusing one circuit and one state vector. */
    public static double[] sweep(double[] thetas) {
        Circuit circuit = new Circuit(1).ry(0, Angle.parameter(0));
        StateVector state = StateVector.zero(1);
        PauliString z = PauliString.z(0);
        double[] parameter = new double[1];
        double[] out = new double[thetas.length];
        for (int k = 0; k < thetas.length; k++) {
            parameter[0] = thetas[k];
            state.reset().apply(circuit, parameter);
            out[k] = z.expectation(state);
        }
        return out;
    }

    /** Prints θ, ⟨Z⟩ and cos θ side by side. */
    public static void main(String[] args) {
        double[] thetas = new double[9];
        for (int k = 0; k < thetas.length; k++) {
            thetas[k] = k * Math.PI / 4;
        }
        double[] z = sweep(thetas);
        System.out.println("theta      <Z>        cos(theta)");
        for (int k = 0; k < thetas.length; k++) {
            System.out.printf("%-10.4f %+.6f  %+.6f%n", thetas[k], z[k], Math.cos(thetas[k]));
        }
    }
}
