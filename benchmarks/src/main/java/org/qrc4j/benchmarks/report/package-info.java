/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into the Markdown tables of
 * {@code benchmarks/README.md}: {@link org.qrc4j.benchmarks.report.JmhTable} for the simulator
 * benchmarks, {@link org.qrc4j.benchmarks.report.ReservoirTable} for the reservoir benchmarks,
 * {@link org.qrc4j.benchmarks.report.TrainingTable} for the training benchmarks (matrix product and
 * AL-RNN step).
 */
package org.qrc4j.benchmarks.report;
