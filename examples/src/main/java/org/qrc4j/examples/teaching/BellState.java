package org.qrc4j.examples.teaching;

import java.util.Map;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.observable.PauliString;
import org.qrc4j.simulator.sampling.ShotSampler;

/**
 * Teaching example: entangle two qubits and look at the state three ways — amplitudes,
 * correlations, and measurement shots.
 *
 * <p>Run: {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.BellState}
 */
public final class BellState {

    private BellState() {
    }

    /** H on qubit 0, then CNOT from 0 to 1: (|00⟩ + |11⟩)/√2. */
    public static StateVector prepare() {
        Circuit bell = new Circuit(2).h(0).cx(0, 1);
        return StateVector.zero(2).apply(bell);
    }

    /** Prints the amplitudes, ⟨Z0⟩, ⟨Z0 Z1⟩, ⟨X0 X1⟩ and 1000 seeded shots. */
    public static void main(String[] args) {
        StateVector state = prepare();
        System.out.println("Amplitudes (qubit 0 is the rightmost bit):");
        for (int i = 0; i < state.dimension(); i++) {
            System.out.printf("  |%s>  %+.6f %+.6fi%n", StateVector.basisLabel(i, 2), state.real(i), state.imag(i));
        }
        // Each qubit alone looks random (<Z0> = 0), yet the two always agree (<Z0 Z1> = 1).
        for (String label : new String[] {"Z0", "Z0 Z1", "X0 X1"}) {
            System.out.printf("<%s> = %.6f%n", label, PauliString.parse(label).expectation(state));
        }
        Map<String, Integer> counts = ShotSampler.sample(state, 1000, 42L).asBitStrings(2);
        System.out.println("1000 shots, seed 42: " + counts);
    }
}
