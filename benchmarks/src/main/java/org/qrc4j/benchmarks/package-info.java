/**
 * JMH benchmarks of qrc4j, built into {@code benchmarks/target/benchmarks.jar}.
 *
 * <p>Sub-packages: {@code simulator} (the state-vector engine against Strange and against a plain
 * memory copy), {@code reservoir} (feature extraction of the quantum and classical reservoirs,
 * native against Strange, and readout training), {@code report} (turns JMH's JSON results into the
 * Markdown tables of {@code benchmarks/README.md}).
 */
package org.qrc4j.benchmarks;
