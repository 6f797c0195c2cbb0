/**
 * A double-precision state-vector simulator: {@link org.qrc4j.simulator.StateVector} holds 2^n
 * amplitudes (qubit k is bit k of the basis index) and applies circuits in place.
 *
 * <p>Sub-packages: {@code gate} (gate types, angles, matrices), {@code circuit} (the circuit
 * vocabulary), {@code kernel} (in-place O(2^n) loops over primitive arrays), {@code observable}
 * (Pauli strings and sums), {@code sampling} (seeded shots), {@code backend} (native and Strange),
 * {@code qasm} (OpenQASM 2 input).
 */
package org.qrc4j.simulator;
