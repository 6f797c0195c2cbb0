package org.qrc4j.reservoir.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One numeric column read from a small CSV file, for {@link Tasks#csv(Path, String)}.
 *
 * <p>Format: UTF-8 text, cells separated by commas and trimmed, a pair of double quotes around a
 * cell removed (quoted commas are not supported). Blank lines and lines starting with {@code #} are
 * skipped. Only the chosen column has to be numeric, so a file may carry, say, a date column too.
 *
 * <p>Choosing the column: null means the file must have exactly one column. Otherwise a column that
 * reads as a number is a 0-based index (a number-like cell on the first line could be data, so it
 * cannot name a header), and any other is a header name on the first line. The first line is a
 * header when the chosen column's cell on it is not a number; a header is thus recognised only by
 * the column read, so a non-numeric column elsewhere (a date, say) does not make data look like one.
 *
 * <p>Every problem is an {@link IllegalArgumentException} naming the file and, for a bad cell, its
 * line number (1-based, counting every line of the file).
 */
final class CsvColumn {

    /**
     * Fewest numeric rows accepted: with window 1 a series of 4 points gives 2 samples, the least
     * that splits into one training and one test sample.
     */
    static final int MIN_ROWS = 4;

    private final double[] values;
    private final String label;

    private CsvColumn(double[] values, String label) {
        this.values = values;
        this.label = label;
    }

    double[] values() {
        return values;
    }

    /** Says which column was read, such as {@code column 'price' (index 2)}. */
    String label() {
        return label;
    }

    private record Line(int number, String[] cells) {
    }

    static CsvColumn read(Path path, String column) {
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("csv file " + path + " does not exist", e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("csv file " + path + " is not UTF-8 text", e);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new IllegalArgumentException("csv file " + path + " is a directory, not a file", e);
            }
            throw new UncheckedIOException("cannot read csv file " + path, e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String s = text.get(i);
            if (i == 0 && s.startsWith("\uFEFF")) {
                s = s.substring(1); // byte-order mark some spreadsheet programs write
            }
            String trimmed = s.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            lines.add(new Line(i + 1, cells(s)));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("csv file " + path + " has no data rows; at least " + MIN_ROWS
                    + " are needed");
        }

        String[] first = lines.get(0).cells();
        int index;
        boolean header;
        if (column == null) {
            if (first.length != 1) {
                throw new IllegalArgumentException("csv file " + path + " has " + first.length + " columns ("
                        + String.join(", ", first) + "); choose one with a column (a header name or an index 0.."
                        + (first.length - 1) + ")");
            }
            index = 0;
            header = !isNumber(first[0]);
        } else {
            String wanted = column.trim();
            int byName = indexOf(first, wanted);
            if (byName >= 0 && !isNumber(wanted)) {
                index = byName;
                header = true;
            } else {
                Integer parsed = parseIndex(wanted);
                if (parsed == null) {
                    throw new IllegalArgumentException("csv column '" + column + "' is neither a header name of "
                            + path + " (first line: " + String.join(", ", first) + ") nor a column index 0.."
                            + (first.length - 1));
                }
                if (parsed >= first.length) {
                    throw new IllegalArgumentException("csv column index " + parsed + " is out of range for " + path
                            + ", whose first line has " + first.length + " columns (indices 0.." + (first.length - 1)
                            + ")");
                }
                index = parsed;
                header = !isNumber(first[index]);
            }
        }

        List<Line> data = header ? lines.subList(1, lines.size()) : lines;
        double[] values = new double[data.size()];
        for (int r = 0; r < values.length; r++) {
            Line line = data.get(r);
            if (index >= line.cells().length) {
                throw new IllegalArgumentException("csv file " + path + " line " + line.number() + " has "
                        + line.cells().length + " cells; column index " + index + " needs at least " + (index + 1));
            }
            String cell = line.cells()[index];
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("csv file " + path + " line " + line.number() + ", column index "
                        + index + ": '" + cell + "' is not a number", e);
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("csv file " + path + " line " + line.number() + ", column index "
                        + index + ": '" + cell + "' is not a finite number");
            }
            values[r] = v;
        }
        if (values.length < MIN_ROWS) {
            throw new IllegalArgumentException("csv file " + path + " has " + values.length + " data rows; at least "
                    + MIN_ROWS + " are needed");
        }
        String label = header ? "column '" + first[index] + "' (index " + index + ")" : "column index " + index;
        return new CsvColumn(values, label);
    }

    private static String[] cells(String line) {
        String[] parts = line.split(",", -1);
        for (int k = 0; k < parts.length; k++) {
            String c = parts[k].trim();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).trim();
            }
            parts[k] = c;
        }
        return parts;
    }

    private static int indexOf(String[] cells, String name) {
        for (int k = 0; k < cells.length; k++) {
            if (cells[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Integer parseIndex(String s) {
        if (!s.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(s);
    }
}
