/**
 * JMH benchmarks of the reservoirs, one question per class:
 *
 * <ul>
 *   <li>{@link org.qrc4j.benchmarks.reservoir.FeatureExtractionBenchmark}: how many windows per
 *       second does one core turn into features, for each quantum and classical model?</li>
 *   <li>{@link org.qrc4j.benchmarks.reservoir.QuantumBackendBenchmark}: how much faster than
 *       Strange is the native engine at the quantum models' feature extraction (goal: 100×)?</li>
 *   <li>{@link org.qrc4j.benchmarks.reservoir.ReadoutTrainingBenchmark}: how long does a readout
 *       fit take, ridge regression against RMSprop?</li>
 * </ul>
 *
 * <p>All run the paper's window mode (windows of 4) on the {@code delayed-qc} task with cells
 * from one fixed seed ({@link org.qrc4j.benchmarks.reservoir.Models}), on one thread, so every
 * score is per core. {@link org.qrc4j.benchmarks.report.ReservoirTable} turns their JSON results
 * into the tables of {@code benchmarks/README.md}.
 */
package org.qrc4j.benchmarks.reservoir;
