package org.qrc4j.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes a numeric matrix as comma-separated text: one row per line (a time point), one
 * column per field (a dimension), so users can bring their own recordings.
 *
 * <p>Reading rules: fields are separated by commas and trimmed; blank lines and lines starting with
 * {@code #} are skipped; the first remaining line is a header if any of its fields is not a number
 * (it must then have as many fields as the data). A number is a decimal such as {@code -1.5e-3}, or
 * {@code nan}, {@code inf}, {@code -inf}, {@code infinity} in any case (as NumPy writes them); Java
 * suffixes such as {@code 1d} and hexadecimal are not numbers. Every row must have the same number of
 * fields. Breaking a rule is an {@link IllegalArgumentException} naming the file, the 1-based line
 * number (and column), what was found and what was expected. Quoted fields are not supported.
 */
public final class MatrixCsv {

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|(?i:nan|inf|infinity))");

    private MatrixCsv() {
    }

    /**
     * A matrix with its column names.
     *
     * @param header the column names, or null if the file had no header
     * @param data rows × columns
     */
    public record Table(List<String> header, double[][] data) {
    }

    /** The data of {@link #readTable}, without the header. */
    public static double[][] read(Path file) throws IOException {
        return readTable(file).data();
    }

    /** Reads a matrix and its optional header; see the class comment. */
    public static Table readTable(Path file) throws IOException {
        List<String> header = null;
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        int firstDataLine = -1;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                if (first) {
                    first = false;
                    if (!Arrays.stream(fields).allMatch(f -> NUMBER.matcher(f).matches())) {
                        header = List.of(fields);
                        columns = fields.length;
                        firstDataLine = number;
                        continue;
                    }
                }
                if (columns < 0) {
                    columns = fields.length;
                    firstDataLine = number;
                } else if (fields.length != columns) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected " + columns
                            + " fields (as " + (header != null ? "in the header on" : "on") + " line " + firstDataLine
                            + "), found " + fields.length);
                }
                double[] row = new double[columns];
                for (int i = 0; i < columns; i++) {
                    String f = fields[i];
                    if (!NUMBER.matcher(f).matches()) {
                        throw new IllegalArgumentException(file + " line " + number + ", column " + (i + 1) + ": "
                                + (f.isEmpty() ? "empty field" : "'" + f + "' is not a number")
                                + "; expected a decimal number, nan or inf");
                    }
                    row[i] = parse(f);
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " has no data rows" + (header == null ? "" : " after its header"));
        }
        return new Table(header, rows.toArray(new double[0][]));
    }

    /**
     * Writes {@code data} (rectangular) with an optional header (null for none), atomically. Numbers
     * are written with {@link Double#toString}, which reads back to the same double; NaN and
     * infinities are written as {@code nan}, {@code inf} and {@code -inf}. Header names must not contain
     * commas or line breaks.
     */
    public static void write(Path file, double[][] data, List<String> header) throws IOException {
        int cols = data.length == 0 ? (header == null ? 0 : header.size()) : data[0].length;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == null || data[i].length != cols) {
                throw new IllegalArgumentException("cannot write " + file + ": expected " + cols + " columns, row " + i
                        + " has " + (data[i] == null ? "none" : data[i].length));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            if (header.size() != cols) {
                throw new IllegalArgumentException("cannot write " + file + ": header has " + header.size()
                        + " names for " + cols + " columns");
            }
            for (String name : header) {
                if (name.contains(",") || name.contains("\n") || name.contains("\r")) {
                    throw new IllegalArgumentException("cannot write " + file + ": header name '" + name
                            + "' contains a comma or line break");
                }
            }
            sb.append(String.join(",", header)).append('\n');
        }
        for (double[] row : data) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(format(row[i]));
            }
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    private static double parse(String f) {
        String s = f.toLowerCase();
        boolean negative = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(f);
    }
}
