/**
 * Quantum recurrent reservoirs after Chen et al. (arXiv 2211.02612): the variational circuit
 * {@link org.qrc4j.reservoir.quantum.Vqc} with random frozen angles, and the QRNN, QLSTM and QGRU
 * cells built from it.
 */
package org.qrc4j.reservoir.quantum;
