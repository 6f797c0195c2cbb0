package org.qrc4j.simulator.backend;

import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * Something that runs a circuit from |0…0⟩ and yields the final state. Results (probabilities,
 * expectations, shots) are then read from the {@link StateVector} the same way for every backend.
 */
public interface Backend {

    /** Short name used on the command line: {@code native} or {@code strange}. */
    String name();

    /**
     * Runs {@code circuit} from |0…0⟩ with the given parameter values (may be null if it has none),
     * writing the final state into {@code target}, which must have as many qubits as the circuit.
     * Reusing one target over many runs allocates no new state vector.
     */
    void run(Circuit circuit, double[] parameters, StateVector target);

    /** Runs {@code circuit} from |0…0⟩ into a new state vector. */
    default StateVector run(Circuit circuit, double[] parameters) {
        StateVector target = StateVector.zero(circuit.qubits());
        run(circuit, parameters, target);
        return target;
    }

    /** Runs a circuit without parameters into a new state vector. */
    default StateVector run(Circuit circuit) {
        return run(circuit, null);
    }
}
