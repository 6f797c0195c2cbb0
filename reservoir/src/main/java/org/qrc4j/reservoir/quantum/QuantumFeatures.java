package org.qrc4j.reservoir.quantum;

/** Which measured values a quantum cell hands to the readout at each step. */
public enum QuantumFeatures {
    /** The cell's output as the paper defines it: y for QLSTM, h for QRNN and QGRU. */
    HIDDEN,
    /** Richer: every ⟨Z_i⟩ and ⟨Z_i Z_j⟩ (i &lt; j) of the cell's output circuit. */
    CORRELATIONS
}
