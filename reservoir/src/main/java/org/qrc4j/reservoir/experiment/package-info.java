/**
 * Experiments: one configuration (task × reservoir × readout × seed) run end to end, with its
 * errors, loss curves, timings and predictions; grids of them for reports.
 */
package org.qrc4j.reservoir.experiment;
