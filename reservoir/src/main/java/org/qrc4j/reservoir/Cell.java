package org.qrc4j.reservoir;

/**
 * A recurrent cell with frozen parameters: the unit every reservoir is built from, quantum or
 * classical. One {@link #step} reads a scalar input and the current state, overwrites the state with
 * the next one and writes the features a readout sees at that step.
 *
 * <p>A cell owns scratch space, so one instance serves one thread; {@link #fork()} gives another
 * thread its own instance with the same frozen parameters. The state starts at zero (all entries 0)
 * unless a model says otherwise.
 */
public interface Cell {

    /** Short name, such as {@code qlstm} or {@code esn}. */
    String name();

    /** Length of the state vector carried from step to step (for an LSTM, h and c together). */
    int stateSize();

    /** Number of features written by each step. */
    int featureSize();

    /**
     * Advances one step.
     *
     * @param input    the input at this step
     * @param state    the state, read and then overwritten with the next state (length {@link #stateSize()})
     * @param features written with this step's features (length {@link #featureSize()})
     */
    void step(double input, double[] state, double[] features);

    /** A cell with the same frozen parameters and its own scratch space, for use on another thread. */
    Cell fork();
}
