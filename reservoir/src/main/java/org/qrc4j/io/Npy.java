package org.qrc4j.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes NumPy {@code .npy} files holding 1-D or 2-D numeric arrays, so that recordings
 * saved with {@code numpy.save} can be measured and modelled here.
 *
 * <p>Reading accepts format versions 1.0, 2.0 and 3.0 (3.0 differs only in a UTF-8 header), the
 * little-endian types {@code '<f8'}, {@code '<f4'}, {@code '<i8'} and {@code '<i4'} (converted to
 * double; 64-bit integers beyond 2^53 lose precision), and C (row-major) order. A 2-D array of shape
 * (T, N) becomes T rows of N; a 1-D array of length T becomes T rows of 1 (a one-dimensional time
 * series). Anything else (big-endian, other types, Fortran order for 2-D, other ranks, a file shorter
 * or longer than its header says) is an {@link IllegalArgumentException} naming the file, what was
 * found and what is allowed. Object arrays (pickles) are never read.
 *
 * <p>Writing produces version 1.0, {@code '<f8'}, C order, shape (rows, columns), with the header
 * padded so the data starts at a multiple of 64 bytes as NumPy does; the file is written atomically
 * ({@link AtomicFiles}).
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");
    private static final String ALLOWED = "'<f8', '<f4', '<i8' or '<i4'";

    private Npy() {
    }

    /** Reads a 1-D or 2-D array as rows × columns; see the class comment. */
    public static double[][] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 10) {
            throw error(file, "is " + bytes.length + " bytes long, too short for a .npy header");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw error(file, "does not start with the .npy magic \\x93NUMPY");
            }
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength;
        int headerStart;
        if (major == 1 && minor == 0) {
            headerLength = buf.getShort(8) & 0xffff;
            headerStart = 10;
        } else if ((major == 2 || major == 3) && minor == 0) {
            if (bytes.length < 12) {
                throw error(file, "is too short for a version " + major + ".0 header");
            }
            headerLength = buf.getInt(8) & 0xffffffffL;
            headerStart = 12;
        } else {
            throw error(file, "has .npy format version " + major + "." + minor + "; allowed are 1.0, 2.0 and 3.0");
        }
        if (headerStart + headerLength > bytes.length) {
            throw error(file, "declares a " + headerLength + "-byte header but has only "
                    + (bytes.length - headerStart) + " bytes after the header length");
        }
        String header = new String(bytes, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = find(file, DESCR, header, "descr");
        String fortran = find(file, FORTRAN, header, "fortran_order");
        String shapeText = find(file, SHAPE, header, "shape");

        int itemSize;
        switch (descr) {
            case "<f8", "<i8" -> itemSize = 8;
            case "<f4", "<i4" -> itemSize = 4;
            default -> {
                String why = descr.startsWith(">") ? " (big-endian)" : "";
                throw error(file, "has dtype '" + descr + "'" + why + "; allowed are " + ALLOWED);
            }
        }
        long[] shape = parseShape(file, shapeText);
        if (shape.length != 1 && shape.length != 2) {
            throw error(file, "has a " + shape.length + "-D array of shape (" + shapeText.trim()
                    + "); allowed are 1-D and 2-D arrays");
        }
        long rows = shape[0];
        long cols = shape.length == 2 ? shape[1] : 1;
        // For 1-D arrays, and 2-D arrays with a single row or column, Fortran order is the same layout.
        if (fortran.equals("True") && rows > 1 && cols > 1) {
            throw error(file, "is in Fortran (column-major) order; only C order is allowed"
                    + " (save numpy.ascontiguousarray(x))");
        }
        if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE) {
            throw error(file, "has shape (" + shapeText.trim() + "), too large for Java arrays");
        }
        long dataStart = headerStart + headerLength;
        long expected = rows * cols * itemSize;
        long found = bytes.length - dataStart;
        if (found != expected) {
            throw error(file, "has " + found + " data bytes, but shape (" + shapeText.trim() + ") of '" + descr
                    + "' needs " + expected);
        }
        double[][] result = new double[(int) rows][(int) cols];
        int pos = (int) dataStart;
        for (double[] row : result) {
            for (int j = 0; j < row.length; j++) {
                row[j] = switch (descr) {
                    case "<f8" -> buf.getDouble(pos);
                    case "<f4" -> buf.getFloat(pos);
                    case "<i8" -> buf.getLong(pos);
                    default -> buf.getInt(pos);
                };
                pos += itemSize;
            }
        }
        return result;
    }

    /**
     * Writes {@code data} (rectangular, rows × columns) as a 2-D {@code '<f8'} array in C order,
     * atomically. Zero rows give shape (0, 0).
     */
    public static void write(Path file, double[][] data) throws IOException {
        int rows = data.length;
        int cols = rows == 0 ? 0 : data[0].length;
        for (int i = 0; i < rows; i++) {
            if (data[i] == null || data[i].length != cols) {
                throw new IllegalArgumentException("cannot write " + file + ": row 0 has " + cols + " columns, row " + i
                        + " has " + (data[i] == null ? "none" : data[i].length));
            }
        }
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        // Pad with spaces and end with a newline so that magic + version + length + header is a multiple of 64.
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.ISO_8859_1);
        AtomicFiles.write(file, raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            out.write(MAGIC);
            out.write(1);
            out.write(0);
            out.write(headerBytes.length & 0xff);
            out.write(headerBytes.length >>> 8);
            out.write(headerBytes);
            ByteBuffer row = ByteBuffer.allocate(8 * cols).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] r : data) {
                row.clear();
                for (double v : r) {
                    row.putDouble(v);
                }
                out.write(row.array(), 0, row.position());
            }
            out.flush();
        });
    }

    private static String find(Path file, Pattern pattern, String header, String key) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw error(file, "has no valid '" + key + "' in its header " + header.trim());
        }
        return m.group(1);
    }

    private static long[] parseShape(Path file, String text) {
        String[] parts = text.split(",");
        int n = 0;
        long[] shape = new long[parts.length];
        for (String p : parts) {
            String s = p.trim();
            if (s.isEmpty()) {
                continue;
            }
            // NumPy on some platforms writes 3L for Python 2 longs.
            if (s.endsWith("L")) {
                s = s.substring(0, s.length() - 1);
            }
            try {
                shape[n] = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw error(file, "has a shape entry '" + s + "' that is not an integer");
            }
            if (shape[n] < 0) {
                throw error(file, "has a negative shape entry " + shape[n]);
            }
            n++;
        }
        return java.util.Arrays.copyOf(shape, n);
    }

    private static IllegalArgumentException error(Path file, String what) {
        return new IllegalArgumentException(file + " " + what);
    }
}
