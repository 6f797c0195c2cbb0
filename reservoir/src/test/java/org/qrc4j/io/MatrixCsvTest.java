package org.qrc4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCsvTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path p = dir.resolve("data.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsWithHeaderCommentsAndBlankLines() throws IOException {
        MatrixCsv.Table t = MatrixCsv.readTable(csv("\uFEFF# Lorenz\nx, y\n1, 2.5\n\n-3e-1,nan\n  .5 , -inf\n"));
        assertEquals(List.of("x", "y"), t.header());
        assertEquals(3, t.data().length);
        assertArrayEquals(new double[] {1, 2.5}, t.data()[0], 0.0);
        assertEquals(-0.3, t.data()[1][0], 0.0);
        assertTrue(Double.isNaN(t.data()[1][1]));
        assertArrayEquals(new double[] {0.5, Double.NEGATIVE_INFINITY}, t.data()[2], 0.0);
    }

    @Test
    void readsWithoutHeader() throws IOException {
        MatrixCsv.Table t = MatrixCsv.readTable(csv("1,2,3\n4,5,6"));
        assertNull(t.header());
        assertArrayEquals(new double[] {4, 5, 6}, t.data()[1], 0.0);
    }

    @Test
    void roundTrip() throws IOException {
        double[][] data = {{0.1, -1e-300, Double.NaN}, {Double.POSITIVE_INFINITY, 3, Math.E}};
        Path p = dir.resolve("out/m.csv");
        MatrixCsv.write(p, data, List.of("a", "b", "c"));
        MatrixCsv.Table t = MatrixCsv.readTable(p);
        assertEquals(List.of("a", "b", "c"), t.header());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(data[i], t.data()[i], 0.0);
        }
        MatrixCsv.write(p, data, null);
        assertNull(MatrixCsv.readTable(p).header());
    }

    private void assertRejected(String text, String... fragments) throws IOException {
        Path p = csv(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixCsv.read(p));
        assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' not in: " + e.getMessage());
        }
    }

    @Test
    void errorsNameTheLine() throws IOException {
        assertRejected("x,y\n1,2\n3\n", "line 3", "expected 2 fields", "header on line 1", "found 1");
        assertRejected("1,2\n\n3,4,5\n", "line 3", "expected 2 fields (as on line 1)", "found 3");
        assertRejected("1,2\n3,abc\n", "line 2, column 2", "'abc' is not a number");
        assertRejected("1,2\n3,\n", "line 2, column 2", "empty field");
        assertRejected("1,2\n\n# c\n3,1d\n", "line 4, column 2", "'1d'");
        assertRejected("x,y,z\n1,2\n", "line 2", "expected 3 fields", "header on line 1");
        assertRejected("x,y\n", "no data rows", "header");
        assertRejected("", "no data rows");
    }

    @Test
    void writeChecksShapeAndHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> MatrixCsv.write(dir.resolve("a.csv"), new double[][] {{1, 2}, {3}}, null));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixCsv.write(dir.resolve("a.csv"), new double[][] {{1, 2}}, List.of("x")));
        assertThrows(IllegalArgumentException.class,
                () -> MatrixCsv.write(dir.resolve("a.csv"), new double[][] {{1}}, List.of("x,y")));
    }
}
