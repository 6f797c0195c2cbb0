package org.qrc4j.dynamics;

/** Small maps with known answers, shared by the tests. */
final class Maps {

    private Maps() {
    }

    /** The Hénon map (x, y) → (1 − a x² + y, b x); Jacobian [[−2ax, 1], [b, 0]], determinant −b. */
    static DiscreteMap henon(double a, double b) {
        return new DiscreteMap() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void step(double[] z, double[] out) {
                out[0] = 1 - a * z[0] * z[0] + z[1];
                out[1] = b * z[0];
            }

            @Override
            public void jacobian(double[] z, double[] j) {
                j[0] = -2 * a * z[0];
                j[1] = 1;
                j[2] = b;
                j[3] = 0;
            }
        };
    }

    /** The linear map z → M z, M given row-major. */
    static DiscreteMap linear(int m, double... matrix) {
        return new DiscreteMap() {
            @Override
            public int dimension() {
                return m;
            }

            @Override
            public void step(double[] z, double[] out) {
                for (int i = 0; i < m; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        s += matrix[i * m + j] * z[j];
                    }
                    out[i] = s;
                }
            }

            @Override
            public void jacobian(double[] z, double[] out) {
                System.arraycopy(matrix, 0, out, 0, m * m);
            }
        };
    }
}
