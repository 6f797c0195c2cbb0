/**
 * Reading OpenQASM 2.0 programs into qrc4j circuits.
 *
 * <p>{@link org.qrc4j.simulator.qasm.QasmReader} parses a program into a
 * {@link org.qrc4j.simulator.qasm.QasmProgram}: a {@link org.qrc4j.simulator.circuit.Circuit} with
 * constant angles, the register layout (declaration order, as Qiskit lays registers out) and the
 * final measurements, which map sampled basis states to Qiskit-style classical keys.
 *
 * <p>The gates of {@code qelib1.inc} are built in, not read from a file, and follow Qiskit's
 * matrices exactly, so a statevector read from QASM equals Qiskit's, phase included. Programs that
 * need mid-circuit measurement ({@code reset}, {@code if}, gates after {@code measure}) or opaque
 * gates are refused with a {@link org.qrc4j.simulator.qasm.QasmSyntaxException}: qrc4j evolves one
 * pure state and samples shots only from the final state.
 */
package org.qrc4j.simulator.qasm;
