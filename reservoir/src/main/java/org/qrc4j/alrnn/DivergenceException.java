package org.qrc4j.alrnn;

/**
 * A model or its training left the finite numbers: the training loss became NaN or infinite before
 * any checkpoint worth keeping, or a model's free run overflows, so it has no attractor to measure.
 * The cause is usually a setting (a learning rate too large for the data), not a bug, so the message
 * says what diverged and where.
 */
public final class DivergenceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** @param message what diverged, and at which epoch or step */
    public DivergenceException(String message) {
        super(message);
    }
}
