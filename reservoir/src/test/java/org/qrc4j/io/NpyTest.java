package org.qrc4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    @TempDir
    Path dir;

    /** A .npy file built by hand: magic, version, header length, header dict, data. */
    private Path file(String name, int major, String dict, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        byte[] header = (dict + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer len = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            len.putShort((short) header.length);
        } else {
            len.putInt(header.length);
        }
        out.write(len.array());
        out.write(header);
        out.write(data);
        Path p = dir.resolve(name);
        Files.write(p, out.toByteArray());
        return p;
    }

    private static byte[] floats(float... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    private static byte[] doubles(double... v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double d : v) {
            b.putDouble(d);
        }
        return b.array();
    }

    @Test
    void roundTrip() throws IOException {
        double[][] data = {{1.5, -2, Math.PI}, {Double.NaN, 1e-300, Double.NEGATIVE_INFINITY}};
        Path p = dir.resolve("sub/x.npy");
        Npy.write(p, data);
        double[][] back = Npy.read(p);
        assertEquals(2, back.length);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(data[i], back[i], 0.0);
        }
        byte[] bytes = Files.readAllBytes(p);
        // NumPy's layout: the data starts at a multiple of 64, the header ends with a newline.
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        assertEquals('\n', bytes[10 + headerLength - 1]);
        assertEquals(10 + headerLength + 6 * 8, bytes.length);
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"), header);
    }

    @Test
    void float32Version1() throws IOException {
        Path p = file("f4.npy", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
                floats(1, 2, 3, 4, 5, 6.25f));
        double[][] x = Npy.read(p);
        assertArrayEquals(new double[] {1, 2, 3}, x[0], 0.0);
        assertArrayEquals(new double[] {4, 5, 6.25}, x[1], 0.0);
    }

    @Test
    void float64Version2() throws IOException {
        Path p = file("f8.npy", 2, "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }", doubles(0.1, -7));
        assertArrayEquals(new double[] {0.1, -7}, Npy.read(p)[0], 0.0);
    }

    @Test
    void oneDimensionalIsAColumn() throws IOException {
        Path p = file("v.npy", 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", doubles(1, 2, 3));
        double[][] x = Npy.read(p);
        assertEquals(3, x.length);
        assertArrayEquals(new double[] {2}, x[1], 0.0);
    }

    @Test
    void integers() throws IOException {
        ByteBuffer i4 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(-3).putInt(7);
        assertArrayEquals(new double[] {-3, 7},
                Npy.read(file("i4.npy", 1, "{'descr': '<i4', 'fortran_order': False, 'shape': (1, 2), }", i4.array()))[0],
                0.0);
        ByteBuffer i8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1L << 40).putLong(-1);
        double[][] x = Npy.read(file("i8.npy", 1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }",
                i8.array()));
        assertArrayEquals(new double[] {1L << 40}, x[0], 0.0);
        assertArrayEquals(new double[] {-1}, x[1], 0.0);
    }

    private void assertRejected(Path p, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(p));
        assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' not in: " + e.getMessage());
        }
    }

    @Test
    void errors() throws IOException {
        assertRejected(file("fortran.npy", 1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }",
                doubles(1, 2, 3, 4)), "Fortran", "C order");
        assertRejected(file("big.npy", 1, "{'descr': '>f8', 'fortran_order': False, 'shape': (1, 1), }",
                doubles(1)), "'>f8'", "big-endian", "'<f8'");
        assertRejected(file("complex.npy", 1, "{'descr': '<c16', 'fortran_order': False, 'shape': (1, 1), }",
                doubles(1, 2)), "'<c16'", "allowed");
        assertRejected(file("cube.npy", 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 1), }",
                doubles(1)), "3-D", "1-D and 2-D");
        assertRejected(file("scalar.npy", 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
                doubles(1)), "0-D");
        assertRejected(file("short.npy", 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }",
                doubles(1, 2, 3)), "24 data bytes", "needs 32");
        assertRejected(file("v4.npy", 4, "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1), }",
                doubles(1)), "version 4.0");
        assertRejected(file("noshape.npy", 1, "{'descr': '<f8', 'fortran_order': False, }", doubles(1)), "'shape'");
        Path text = dir.resolve("text.npy");
        Files.writeString(text, "not a numpy file at all");
        assertRejected(text, "magic");
        Path tiny = dir.resolve("tiny.npy");
        Files.writeString(tiny, "x");
        assertRejected(tiny, "too short");
    }

    @Test
    void writeRejectsRaggedRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Npy.write(dir.resolve("r.npy"), new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("r.npy")));
    }
}
