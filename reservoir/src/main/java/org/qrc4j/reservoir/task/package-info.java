/**
 * Benchmark tasks: the series a reservoir reads and the targets its readout predicts, after Chen et
 * al., "Reservoir Computing via Quantum Recurrent Neural Networks" (arXiv 2211.02612).
 *
 * <p>{@link org.qrc4j.reservoir.task.Tasks} builds a {@link org.qrc4j.reservoir.task.TaskSeries} by
 * name (or from a CSV file); {@link org.qrc4j.reservoir.task.Windows} cuts it into the paper's
 * samples (windows of inputs predicting the next target) with a time-ordered train/test split;
 * {@link org.qrc4j.reservoir.task.StreamSplit} does the same for stream mode (one pass, washout);
 * {@link org.qrc4j.reservoir.task.MinMax} is the scaling to [-1, 1] and its inverse. Nothing here is
 * random: every series is a deterministic function of its definition.
 */
package org.qrc4j.reservoir.task;
