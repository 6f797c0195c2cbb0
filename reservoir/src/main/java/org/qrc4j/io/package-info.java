/** Files in and out: atomic writes now; data formats (CSV, NumPy, IDX, JSON models) in later issues. */
package org.qrc4j.io;
