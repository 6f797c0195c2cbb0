package org.qrc4j.simulator.backend;

import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;

/** Our own double-precision engine: the state vector's in-place kernels. The default backend. */
public final class NativeBackend implements Backend {

    /** The backend's name on the command line. */
    public static final String NAME = "native";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Circuit circuit, double[] parameters, StateVector target) {
        if (target.qubits() != circuit.qubits()) {
            throw new IllegalArgumentException("target has " + target.qubits() + " qubits but the circuit has "
                    + circuit.qubits());
        }
        target.reset().apply(circuit, parameters);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
