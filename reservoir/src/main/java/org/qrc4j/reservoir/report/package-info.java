/**
 * Figures of experiment results, written as PNG files for reports.
 *
 * <p>{@link org.qrc4j.reservoir.report.Plots} draws a prediction against the truth with the
 * train/test boundary marked, the loss per epoch, and a bar chart comparing means with error bars.
 * Drawing uses XChart into an off-screen image, so it needs no display: {@code Plots} sets
 * {@code java.awt.headless=true} when the property is unset. Every file is written atomically
 * ({@link org.qrc4j.io.AtomicFiles}), so a reader never sees half an image.
 */
package org.qrc4j.reservoir.report;
