package org.qrc4j.tensor;

/**
 * A scope in which operations build no autodiff graph, for inference and for optimiser updates.
 * Obtain one with {@link Tensor#noGrad()} and close it with try-with-resources:
 *
 * <pre>{@code
 * try (NoGrad g = Tensor.noGrad()) {
 *     Tensor y = model.forward(x);   // y.requiresGrad() is false, no closures are kept
 * }
 * }</pre>
 *
 * <p>Scopes nest and are per thread: closing restores the state before opening. A scope must be
 * closed on the thread that opened it.
 */
public final class NoGrad implements AutoCloseable {

    /** Nesting depth per thread; an int[] so the common path does no boxing. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private boolean closed;

    NoGrad() {
        DEPTH.get()[0]++;
    }

    /** Whether operations on the current thread record a graph (no open no-grad scope). */
    static boolean gradEnabled() {
        return DEPTH.get()[0] == 0;
    }

    /** Ends the scope; closing twice is harmless. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            DEPTH.get()[0]--;
        }
    }
}
