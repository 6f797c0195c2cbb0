package org.qrc4j.dynamics;

/** Argument checks shared by the measures, so that every message names the argument and what was found. */
final class Checks {

    private Checks() {
    }

    /** Checks that {@code data} is a non-empty rectangular T × N matrix of finite numbers and returns N. */
    static int columns(String name, double[][] data) {
        if (data == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (data.length == 0) {
            throw new IllegalArgumentException(name + " has no rows");
        }
        if (data[0] == null || data[0].length == 0) {
            throw new IllegalArgumentException(name + " row 0 has no columns");
        }
        int n = data[0].length;
        for (int t = 0; t < data.length; t++) {
            if (data[t] == null || data[t].length != n) {
                throw new IllegalArgumentException(name + " is not rectangular: row 0 has " + n
                        + " columns, row " + t + " has " + (data[t] == null ? "none" : data[t].length));
            }
        }
        return n;
    }

    /** Checks that every entry is finite; a diverged model trajectory is reported, not silently binned. */
    static void finite(String name, double[][] data) {
        for (int t = 0; t < data.length; t++) {
            for (int i = 0; i < data[t].length; i++) {
                if (!Double.isFinite(data[t][i])) {
                    throw new IllegalArgumentException(name + " has a non-finite value " + data[t][i]
                            + " at row " + t + ", column " + i);
                }
            }
        }
    }
}
