/**
 * Files in and out: atomic writes ({@link org.qrc4j.io.AtomicFiles}), numeric matrices as CSV
 * ({@link org.qrc4j.io.MatrixCsv}) and NumPy {@code .npy} ({@link org.qrc4j.io.Npy}); IDX files in a
 * later issue.
 */
package org.qrc4j.io;
