package org.qrc4j.simulator.backend;

import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * Runs circuits on Strange 0.1.3 (org.redfx), in single precision, as a second opinion on the
 * native engine. PLACEHOLDER: the translation is being written.
 */
public final class StrangeBackend implements Backend {

    /** The backend's name on the command line. */
    public static final String NAME = "strange";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Circuit circuit, double[] parameters, StateVector target) {
        throw new UnsupportedOperationException("the strange backend is not written yet");
    }
}
