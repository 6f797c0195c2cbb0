/**
 * JMH benchmarks of the state-vector simulator, one question per class:
 *
 * <ul>
 *   <li>{@link org.qrc4j.benchmarks.simulator.LayerBenchmark}: how long does one layer (RY on
 *       every qubit, then a CNOT ring) take on an existing state, in place?</li>
 *   <li>{@link org.qrc4j.benchmarks.simulator.MemoryBandwidthBenchmark}: how long does it take
 *       just to stream a state vector's bytes through memory once (the yardstick a memory-bound
 *       gate is compared against)?</li>
 *   <li>{@link org.qrc4j.benchmarks.simulator.StrangeLayerBenchmark}: how much faster is the native
 *       engine than Strange at a full run of the same layer from |0…0⟩?</li>
 * </ul>
 *
 * <p>All three use the circuit of {@link org.qrc4j.benchmarks.simulator.Layers} and report average
 * time per operation in microseconds, so that
 * {@link org.qrc4j.benchmarks.report.JmhTable} can put them side by side.
 */
package org.qrc4j.benchmarks.simulator;
