/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into the Markdown table of
 * {@code benchmarks/README.md}: {@link org.qrc4j.benchmarks.report.JmhTable}.
 */
package org.qrc4j.benchmarks.report;
