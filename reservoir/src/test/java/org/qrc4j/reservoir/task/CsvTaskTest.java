package org.qrc4j.reservoir.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTaskTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void oneColumnWithoutHeader() throws IOException {
        Path p = write("plain.csv", "1\n3\n\n2\n5\n");
        TaskSeries s = Tasks.byName("csv:" + p);
        assertEquals("csv:" + p, s.name());
        assertEquals(4, s.length());
        assertArrayEquals(new double[] {-1.0, 0.0, -0.5, 1.0}, s.inputs(), 1e-15);
        assertArrayEquals(new double[] {1, 3, 2, 5}, s.unscale(s.inputs()), 1e-15);
        assertArrayEquals(new double[] {0, 1, 2, 3}, s.time(), 0.0);
        assertTrue(s.autoregressive());
        assertEquals(new MinMax(1, 5), s.scaling().orElseThrow());
    }

    @Test
    void oneColumnWithHeaderBomCommentsAndQuotes() throws IOException {
        Path p = write("header.csv", "\uFEFF\"value\"\n# a comment\n 0.5 \n\"1.5\"\n-2.5e0\n4\n");
        TaskSeries s = Tasks.csv(p, null);
        assertArrayEquals(new double[] {0.5, 1.5, -2.5, 4}, s.unscale(s.inputs()), 1e-15);
        assertTrue(s.description().contains("column 'value' (index 0)"), s.description());
    }

    @Test
    void columnByHeaderNameOrIndex() throws IOException {
        Path p = write("multi.csv", "date,price,volume\n2024-01-01,10,7\n2024-01-02,12,8\n2024-01-03,11,9\n"
                + "2024-01-04,15,6\n");
        TaskSeries byName = Tasks.byName("csv:" + p, "price");
        assertArrayEquals(new double[] {10, 12, 11, 15}, byName.unscale(byName.inputs()), 1e-14);
        assertEquals("csv:" + p + "[price]", byName.name());
        TaskSeries byIndex = Tasks.byName("csv:" + p, "2");
        assertArrayEquals(new double[] {7, 8, 9, 6}, byIndex.unscale(byIndex.inputs()), 1e-14);
        assertTrue(byIndex.description().contains("column 'volume' (index 2)"), byIndex.description());
    }

    @Test
    void indexIntoAFileWithoutHeaderKeepsTheFirstRow() throws IOException {
        // The date column is not numeric, but the chosen column's first cell is: no header.
        Path p = write("noheader.csv", "2024-01-01,10\n2024-01-02,12\n2024-01-03,11\n2024-01-04,15\n");
        TaskSeries s = Tasks.csv(p, "1");
        assertArrayEquals(new double[] {10, 12, 11, 15}, s.unscale(s.inputs()), 1e-14);
    }

    @Test
    void errorsNameTheParameterTheValueAndWhatIsAllowed() throws IOException {
        Path multi = write("multi.csv", "a,b\n1,2\n3,4\n5,6\n7,8\n");
        String noColumn = message(() -> Tasks.byName("csv:" + multi));
        assertTrue(noColumn.contains("has 2 columns (a, b)") && noColumn.contains("index 0..1"), noColumn);
        String unknownColumn = message(() -> Tasks.byName("csv:" + multi, "c"));
        assertTrue(unknownColumn.contains("csv column 'c' is neither a header name") && unknownColumn.contains("a, b")
                && unknownColumn.contains("index 0..1"), unknownColumn);
        String outOfRange = message(() -> Tasks.byName("csv:" + multi, "2"));
        assertTrue(outOfRange.contains("csv column index 2 is out of range") && outOfRange.contains("0..1"),
                outOfRange);

        Path missing = dir.resolve("nope.csv");
        String noFile = message(() -> Tasks.byName("csv:" + missing));
        assertTrue(noFile.contains("csv file " + missing + " does not exist"), noFile);
        assertTrue(message(() -> Tasks.byName("csv:")).contains("needs a file"));
        assertTrue(message(() -> Tasks.csv(dir, null)).contains("is a directory"));

        // Line numbers count every line of the file, blank and comment lines too.
        Path bad = write("bad.csv", "x\n1\n\n# note\n2\nabc\n4\n");
        String nonNumeric = message(() -> Tasks.csv(bad, null));
        assertTrue(nonNumeric.contains("line 6") && nonNumeric.contains("'abc' is not a number"), nonNumeric);
        Path nan = write("nan.csv", "1\n2\nNaN\n4\n");
        assertTrue(message(() -> Tasks.csv(nan, null)).contains("line 3, column index 0: 'NaN' is not a finite number"));
        Path ragged = write("ragged.csv", "a,b\n1,2\n3\n5,6\n7,8\n");
        String shortRow = message(() -> Tasks.csv(ragged, "b"));
        assertTrue(shortRow.contains("line 3 has 1 cells; column index 1 needs at least 2"), shortRow);

        Path few = write("few.csv", "v\n1\n2\n3\n");
        String tooFew = message(() -> Tasks.csv(few, null));
        assertTrue(tooFew.contains("has 3 data rows; at least 4 are needed"), tooFew);
        Path empty = write("empty.csv", "\n# only a comment\n");
        assertTrue(message(() -> Tasks.csv(empty, null)).contains("has no data rows"));
        Path constant = write("constant.csv", "2\n2\n2\n2\n");
        String flat = message(() -> Tasks.csv(constant, null));
        assertTrue(flat.contains("cannot be min-max scaled") && flat.contains("constant"), flat);
    }
}
