/**
 * JMH benchmarks of training, one question per class:
 *
 * <ul>
 *   <li>{@link org.qrc4j.benchmarks.training.MatMulBenchmark}: how fast is the tensor layer's
 *       matrix product, against EJML on the same data?</li>
 *   <li>{@link org.qrc4j.benchmarks.training.AlrnnStepBenchmark}: how long does one AL-RNN
 *       training step of the authors' Lorenz-63 configuration take, and so how long do 2000 epochs
 *       take?</li>
 * </ul>
 *
 * <p>{@link org.qrc4j.benchmarks.report.TrainingTable} turns their JSON results into the tables of
 * {@code benchmarks/README.md}.
 */
package org.qrc4j.benchmarks.training;
