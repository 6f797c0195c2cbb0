/**
 * The AL-RNN (Brenner et al., NeurIPS 2024): a piecewise-linear RNN for dynamical systems
 * reconstruction whose ReLU units give a symbolic code. {@link org.qrc4j.alrnn.AlrnnMap} is the map
 * with fixed parameters; {@link org.qrc4j.alrnn.SymbolicDynamics} analyses it (regions, fixed points,
 * cycles, visits). Training comes with the tensor layer.
 */
package org.qrc4j.alrnn;
