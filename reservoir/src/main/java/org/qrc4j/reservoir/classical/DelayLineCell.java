package org.qrc4j.reservoir.classical;

import org.qrc4j.reservoir.Cell;

/**
 * The linear-autoregression baseline as a cell: the state is a shift register of the last w
 * inputs (oldest first, newest last) and the features are a copy of it. A linear (or ridge)
 * readout on these features is therefore exactly linear autoregression of order w; with the
 * window length as w, in window mode the features are the window itself. Before w inputs have
 * been read the leading entries are the zero start.
 */
public final class DelayLineCell implements Cell {

    private final int length;

    /**
     * @param length w, the number of inputs remembered, at least 1
     * @throws IllegalArgumentException if {@code length < 1}
     */
    public DelayLineCell(int length) {
        this.length = Checks.atLeast("delayLength", length, 1);
    }

    /** The number of inputs remembered, w. */
    public int length() {
        return length;
    }

    @Override
    public String name() {
        return "delay";
    }

    @Override
    public int stateSize() {
        return length;
    }

    @Override
    public int featureSize() {
        return length;
    }

    @Override
    public void step(double input, double[] state, double[] features) {
        System.arraycopy(state, 1, state, 0, length - 1);
        state[length - 1] = input;
        System.arraycopy(state, 0, features, 0, length);
    }

    /** A new instance; the cell has no scratch, but the contract promises a separate one. */
    @Override
    public Cell fork() {
        return new DelayLineCell(length);
    }

    @Override
    public String toString() {
        return "delay(w=" + length + ")";
    }
}
