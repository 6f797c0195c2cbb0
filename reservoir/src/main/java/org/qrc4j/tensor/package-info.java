/**
 * Dense double tensors with reverse-mode automatic differentiation: the common layer under every
 * trained model of qrc4j (the AL-RNN, later a small vision transformer).
 *
 * <h2>Design</h2>
 * <ul>
 * <li>{@link org.qrc4j.tensor.Tensor}: a shape and a row-major {@code double[]}; a lazily allocated
 * gradient; a graph node (operation name, inputs, backward closure) when it was made by an
 * operation on inputs that require grad. Operations are methods on {@code Tensor}; each writes a
 * fresh output array with plain loops over primitive arrays and captures what its backward pass
 * needs. There is no dispatch layer, no boxing, no per-element allocation: on the small matrices of
 * the AL-RNN the fixed cost of an operation is one output array, one closure and one tensor.</li>
 * <li>{@link org.qrc4j.tensor.Tensor#backward()} sorts the graph iteratively (deep BPTT graphs
 * cannot overflow the stack), propagates, adds into the gradients of leaves and frees the
 * intermediate gradient buffers. Gradients accumulate until zeroed.</li>
 * <li>{@link org.qrc4j.tensor.NoGrad} scopes (thread-local) build no graph;
 * {@link org.qrc4j.tensor.Tensor#detach()} is the stop-gradient (teacher forcing).</li>
 * <li>{@link org.qrc4j.tensor.MatMul}: blocked i-k-j kernels, split by rows over the common
 * fork-join pool for large products only, bit-identical to one thread.</li>
 * <li>{@link org.qrc4j.tensor.ParameterSet}: named parameters, saved and loaded as JSON (exact:
 * shortest round-trip decimal form of each double) or a compact binary form, and compared.</li>
 * <li>Optimisers, learning-rate schedules and gradient clipping live in
 * {@link org.qrc4j.tensor.optim}.</li>
 * </ul>
 *
 * <p>Randomness (initialisation, dropout, drop-path) always comes from a caller-supplied
 * {@link java.util.random.RandomGenerator} (e.g. {@link java.util.SplittableRandom} with a seed), so
 * runs are reproducible.
 */
package org.qrc4j.tensor;
