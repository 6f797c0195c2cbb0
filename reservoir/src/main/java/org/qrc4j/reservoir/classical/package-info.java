/**
 * Classical reservoirs and trivial baselines, so that every results table shows what the quantum
 * reservoirs add over cheap classical ones.
 *
 * <ul>
 *   <li>{@link org.qrc4j.reservoir.classical.RnnCell}, {@link org.qrc4j.reservoir.classical.LstmCell}
 *       and {@link org.qrc4j.reservoir.classical.GruCell}: PyTorch's {@code nn.RNN} (tanh),
 *       {@code nn.LSTM} and {@code nn.GRU} equations with input size 1, frozen at PyTorch's
 *       initial distribution (every weight and bias uniform on [−1/√H, 1/√H)).</li>
 *   <li>{@link org.qrc4j.reservoir.classical.EchoStateNetwork}: a leaky-integrator echo state
 *       network with a sparse recurrent matrix rescaled to a chosen spectral radius.</li>
 *   <li>{@link org.qrc4j.reservoir.classical.DelayLineCell}: the last w inputs as features, so a
 *       linear readout on it is linear autoregression on the window.</li>
 * </ul>
 *
 * <p>{@link org.qrc4j.reservoir.classical.ClassicalCells#byName} builds any of the cells from a name,
 * {@link org.qrc4j.reservoir.classical.ClassicalOptions} and a seed. All randomness comes from
 * {@link java.util.Random}, whose algorithm the Java specification fixes, so a seed gives the same
 * cell on every JVM.
 */
package org.qrc4j.reservoir.classical;
