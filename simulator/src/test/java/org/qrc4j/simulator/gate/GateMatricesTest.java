package org.qrc4j.simulator.gate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GateMatricesTest {

    @Test
    void everyAngleGateIsUnitaryForRandomAngles() {
        java.util.Random random = new java.util.Random(1);
        for (GateType type : GateType.values()) {
            if (type.isMatrixGate() || type.arity() > 2) {
                continue;
            }
            for (int trial = 0; trial < 10; trial++) {
                double[] m = new double[type.arity() == 1 ? 8 : 32];
                GateMatrices.full(type, random.nextGaussian() * 5, random.nextGaussian() * 5, random.nextGaussian() * 5, m);
                assertDoesNotThrow(() -> GateMatrices.checkUnitary(type.symbol(), m, 1 << type.arity()), type.symbol());
            }
        }
    }

    @Test
    void squareRootsAndInversesCloseUp() {
        double[] sx = new double[8], sxdg = new double[8], s = new double[8], t = new double[8];
        GateMatrices.singleQubit(GateType.SX, 0, 0, 0, sx);
        GateMatrices.singleQubit(GateType.SXDG, 0, 0, 0, sxdg);
        GateMatrices.singleQubit(GateType.S, 0, 0, 0, s);
        GateMatrices.singleQubit(GateType.T, 0, 0, 0, t);
        assertMatrix(new double[] {0, 0, 1, 0, 1, 0, 0, 0}, times(sx, sx));   // SX² = X
        assertMatrix(new double[] {1, 0, 0, 0, 0, 0, 1, 0}, times(sx, sxdg)); // SX·SX† = I
        assertMatrix(s, times(t, t));                                         // T² = S
    }

    @Test
    void nonUnitaryMatricesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GateMatrices.checkUnitary("matrix", new double[] {1, 0, 1, 0, 0, 0, 1, 0}, 2));
        assertTrue(e.getMessage().startsWith("matrix must be unitary"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GateMatrices.checkUnitary("matrix", new double[] {1, 0, 0, 0}, 2));
        assertTrue(e.getMessage().contains("must hold 8 doubles"), e.getMessage());
    }

    private static double[] times(double[] a, double[] b) {
        double[] out = new double[8];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double re = 0, im = 0;
                for (int k = 0; k < 2; k++) {
                    double ar = a[4 * r + 2 * k], ai = a[4 * r + 2 * k + 1];
                    double br = b[4 * k + 2 * c], bi = b[4 * k + 2 * c + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                out[4 * r + 2 * c] = re;
                out[4 * r + 2 * c + 1] = im;
            }
        }
        return out;
    }

    private static void assertMatrix(double[] expected, double[] actual) {
        for (int i = 0; i < 8; i++) {
            assertEquals(expected[i], actual[i], 1e-15, "entry " + i);
        }
    }
}
