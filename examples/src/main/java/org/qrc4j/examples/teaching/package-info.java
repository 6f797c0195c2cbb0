/**
 * Short teaching examples: each a {@code main} that shows one idea, runnable with one command after
 * {@code mvn -q -DskipTests package}, for example
 * {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.VqcTour}.
 *
 * <p>The simulator:
 * <ul>
 * <li>{@link org.qrc4j.examples.teaching.BellState}: entangle two qubits; amplitudes, correlations, shots;</li>
 * <li>{@link org.qrc4j.examples.teaching.RotationSweep}: one parameterised circuit run for many angles.</li>
 * </ul>
 *
 * <p>Quantum reservoir computing:
 * <ul>
 * <li>{@link org.qrc4j.examples.teaching.VqcTour}: one variational circuit step by step — encoding,
 *     layers, ⟨Z⟩ outputs — and the fast way to evaluate it, checked against the gate-by-gate way;</li>
 * <li>{@link org.qrc4j.examples.teaching.QlstmOnBessel}: the paper's QLSTM reservoir on Bessel J2,
 *     with its loss per epoch and a plot of prediction against truth ({@code [DIR]} for the PNGs);</li>
 * <li>{@link org.qrc4j.examples.teaching.QuantumVersusClassical}: quantum and classical reservoirs
 *     against persistence and linear autoregression on one task ({@code [TASK]}, default narma10).</li>
 * </ul>
 */
package org.qrc4j.examples.teaching;
