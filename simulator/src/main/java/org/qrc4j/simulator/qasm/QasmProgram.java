package org.qrc4j.simulator.qasm;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.sampling.Counts;

/**
 * An OpenQASM 2 program as read by {@link QasmReader}: the circuit of its gates, its registers and
 * its final measurements. Immutable: {@link #circuit()} hands out a copy.
 *
 * <p>Registers are laid out in declaration order, as Qiskit does: the first {@code qreg} holds
 * qubits {@code 0..size-1}, the next one follows, and likewise for {@code creg}s and classical bits.
 * Qubit k of the circuit is bit k of a basis index.
 *
 * <p>The measurements do not act on the circuit: qrc4j evolves a pure state, and shots are drawn
 * from the final state, so measuring at the end is the same as sampling it. They say only which
 * classical bit reads which qubit, which {@link #classicalCounts} uses to print counts as Qiskit does.
 */
public final class QasmProgram {

    /**
     * A quantum or classical register.
     *
     * @param name   its name in the program
     * @param offset index of its bit 0 among all qubits (or all classical bits)
     * @param size   number of bits, at least 1
     */
    public record Register(String name, int offset, int size) {
        /** Checks the fields. */
        public Register {
            Objects.requireNonNull(name, "name");
            if (offset < 0 || size < 1) {
                throw new IllegalArgumentException("register needs offset >= 0 and size >= 1, got offset "
                        + offset + " and size " + size);
            }
        }
    }

    /**
     * One {@code measure} of one qubit into one classical bit.
     *
     * @param qubit the circuit qubit measured
     * @param clbit the classical bit (over all {@code creg}s, in declaration order) it is written to
     */
    public record Measurement(int qubit, int clbit) {
    }

    private final Circuit circuit;
    private final List<Register> quantumRegisters;
    private final List<Register> classicalRegisters;
    private final List<Measurement> measurements;
    private final int clbits;
    /** For each classical bit, the qubit whose value it ends up holding, or -1 if never measured into. */
    private final int[] source;

    QasmProgram(Circuit circuit, List<Register> quantumRegisters, List<Register> classicalRegisters,
                List<Measurement> measurements) {
        this.circuit = circuit.copy();
        this.quantumRegisters = List.copyOf(quantumRegisters);
        this.classicalRegisters = List.copyOf(classicalRegisters);
        this.measurements = List.copyOf(measurements);
        int bits = 0;
        for (Register register : classicalRegisters) {
            bits += register.size();
        }
        this.clbits = bits;
        this.source = new int[bits];
        java.util.Arrays.fill(source, -1);
        // A later measure into the same bit overwrites it, as it would on hardware.
        for (Measurement m : measurements) {
            source[m.clbit()] = m.qubit();
        }
    }

    /** The gates, as a new copy each call (a {@link Circuit} can be appended to). */
    public Circuit circuit() {
        return circuit.copy();
    }

    /** Number of qubits: the sum of the {@code qreg} sizes. */
    public int qubits() {
        return circuit.qubits();
    }

    /** Number of classical bits: the sum of the {@code creg} sizes. */
    public int clbits() {
        return clbits;
    }

    /** The {@code qreg}s in declaration order. */
    public List<Register> quantumRegisters() {
        return quantumRegisters;
    }

    /** The {@code creg}s in declaration order. */
    public List<Register> classicalRegisters() {
        return classicalRegisters;
    }

    /** The measurements in program order, one per measured qubit (broadcasts are expanded). */
    public List<Measurement> measurements() {
        return measurements;
    }

    /** Whether the program has any {@code measure} statement. */
    public boolean hasMeasurements() {
        return !measurements.isEmpty();
    }

    /**
     * Turns counts over basis indices of the final state (as {@code ShotSampler} gives them) into
     * counts keyed as Qiskit's {@code get_counts()} prints them.
     *
     * <ul>
     *   <li>Without {@code measure}: the key is every qubit, qubit 0 rightmost
     *       ({@link StateVector#basisLabel}).</li>
     *   <li>With {@code measure}: each classical bit reads the qubit measured into it (a bit never
     *       measured into reads 0); the key is the {@code creg}s joined by single spaces, the last
     *       declared one leftmost, bit 0 of each register rightmost. Outcomes that give the same key
     *       are added up.</li>
     * </ul>
     *
     * @return key to count, sorted by key, unmodifiable
     * @throws IllegalArgumentException if an outcome is not a basis index of this program's qubits
     */
    public Map<String, Integer> classicalCounts(Counts counts) {
        Objects.requireNonNull(counts, "counts");
        Map<String, Integer> keyed = new TreeMap<>();
        for (Map.Entry<Integer, Integer> entry : counts.asMap().entrySet()) {
            int outcome = entry.getKey();
            if (outcome < 0 || (qubits() < 31 && outcome >= (1 << qubits()))) {
                throw new IllegalArgumentException("outcome " + outcome + " is not a basis index of "
                        + qubits() + " qubits");
            }
            keyed.merge(key(outcome), entry.getValue(), Integer::sum);
        }
        return Collections.unmodifiableMap(keyed);
    }

    private String key(int outcome) {
        if (measurements.isEmpty()) {
            return StateVector.basisLabel(outcome, qubits());
        }
        StringBuilder key = new StringBuilder(clbits + classicalRegisters.size());
        for (int r = classicalRegisters.size() - 1; r >= 0; r--) {
            Register register = classicalRegisters.get(r);
            if (key.length() > 0) {
                key.append(' ');
            }
            for (int b = register.size() - 1; b >= 0; b--) {
                int qubit = source[register.offset() + b];
                key.append(qubit >= 0 && ((outcome >>> qubit) & 1) == 1 ? '1' : '0');
            }
        }
        return key.toString();
    }

    /** A short summary: qubits, registers, gate count and measurements. */
    @Override
    public String toString() {
        return "QasmProgram(" + qubits() + " qubits, qregs " + quantumRegisters + ", cregs " + classicalRegisters
                + ", " + circuit.size() + " gates, " + measurements.size() + " measurements)";
    }
}
