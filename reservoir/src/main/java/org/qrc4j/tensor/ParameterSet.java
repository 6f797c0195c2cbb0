package org.qrc4j.tensor;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qrc4j.io.AtomicFiles;

/**
 * The named parameters of a model, in insertion order: what optimisers update and what is saved.
 *
 * <p><b>JSON form</b> (exact round trip: each double is written in Java's shortest decimal form
 * that parses back to the same bits; NaN and infinities as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}):
 *
 * <pre>{@code
 * {"format": "qrc4j-parameters", "version": 1,
 *  "parameters": [{"name": "W", "shape": [20, 20], "data": [0.1, ...]}, ...]}
 * }</pre>
 *
 * <p><b>Binary form</b> ({@link #saveBinary(Path)}): the magic {@code "QRC4JPS1"}, then a count and
 * per parameter its name (modified UTF-8), rank, dimensions and the raw IEEE bits of its data,
 * all big-endian ({@link DataOutputStream}). About a third of the JSON size and bit-exact.
 *
 * <p>Files are written atomically ({@link AtomicFiles}).
 */
public final class ParameterSet implements Iterable<Map.Entry<String, Tensor>> {

    static final String FORMAT = "qrc4j-parameters";
    static final int VERSION = 1;
    private static final byte[] MAGIC = "QRC4JPS1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final LinkedHashMap<String, Tensor> params = new LinkedHashMap<>();

    /** An empty set. */
    public ParameterSet() {
    }

    /**
     * Adds a parameter under a new name and marks it as requiring grad.
     *
     * @return the tensor, for {@code Tensor w = params.add("W", Tensor.randn(...))}
     */
    public Tensor add(String name, Tensor tensor) {
        if (params.containsKey(name)) {
            throw new IllegalArgumentException("duplicate parameter name: " + name);
        }
        if (!tensor.isLeaf()) {
            throw new IllegalArgumentException("parameter " + name + " must be a leaf; detach() it first");
        }
        params.put(name, tensor.requiresGrad(true));
        return tensor;
    }

    /** The parameter called {@code name}. */
    public Tensor get(String name) {
        Tensor t = params.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no parameter " + name + "; have " + params.keySet());
        }
        return t;
    }

    /** Whether a parameter is called {@code name}. */
    public boolean contains(String name) {
        return params.containsKey(name);
    }

    /** The names in insertion order (unmodifiable view). */
    public Set<String> names() {
        return Collections.unmodifiableSet(params.keySet());
    }

    /** The parameters in insertion order (a copy). */
    public List<Tensor> tensors() {
        return new ArrayList<>(params.values());
    }

    /** Name to tensor in insertion order (unmodifiable view). */
    public Map<String, Tensor> asMap() {
        return Collections.unmodifiableMap(params);
    }

    /** The number of parameters (tensors). */
    public int size() {
        return params.size();
    }

    /** The total number of scalar parameters. */
    public long elementCount() {
        long n = 0;
        for (Tensor t : params.values()) {
            n += t.size();
        }
        return n;
    }

    @Override
    public Iterator<Map.Entry<String, Tensor>> iterator() {
        return Collections.unmodifiableMap(params).entrySet().iterator();
    }

    /** Zeroes every parameter's gradient. */
    public void zeroGrad() {
        for (Tensor t : params.values()) {
            t.zeroGrad();
        }
    }

    /**
     * Scales all gradients together so that their global L2 norm is at most {@code maxNorm}, as
     * PyTorch's {@code clip_grad_norm_}: factor {@code maxNorm / (norm + 1e-6)} when that is below 1.
     *
     * @return the global norm before clipping
     */
    public double clipGradNorm(double maxNorm) {
        double sq = 0;
        for (Tensor t : params.values()) {
            double[] g = t.grad();
            if (g != null) {
                for (double v : g) {
                    sq += v * v;
                }
            }
        }
        double norm = Math.sqrt(sq);
        double coef = maxNorm / (norm + 1e-6);
        if (coef < 1) {
            for (Tensor t : params.values()) {
                double[] g = t.grad();
                if (g != null) {
                    for (int i = 0; i < g.length; i++) {
                        g[i] *= coef;
                    }
                }
            }
        }
        return norm;
    }

    /**
     * Copies the values of {@code other} into the parameters of the same names (shapes must match;
     * every parameter of this set must be present). The tensors keep their identity, so a model
     * holding them sees the new values.
     */
    public void copyFrom(ParameterSet other) {
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            Tensor src = other.params.get(e.getKey());
            if (src == null) {
                throw new IllegalArgumentException("missing parameter " + e.getKey());
            }
            Tensor dst = e.getValue();
            if (!Arrays.equals(src.shape(), dst.shape())) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " has shape "
                        + Arrays.toString(src.shape()) + ", expected " + Arrays.toString(dst.shape()));
            }
            System.arraycopy(src.data(), 0, dst.data(), 0, dst.size());
        }
    }

    /**
     * Maximum absolute difference per name between this set and {@code other}, in this set's
     * order. A name missing from {@code other} or with a different shape maps to +infinity; NaN
     * against NaN counts as equal.
     */
    public Map<String, Double> compare(ParameterSet other) {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            Tensor o = other.params.get(e.getKey());
            if (o == null || !Arrays.equals(o.shape(), e.getValue().shape())) {
                out.put(e.getKey(), Double.POSITIVE_INFINITY);
                continue;
            }
            double[] a = e.getValue().data();
            double[] b = o.data();
            double max = 0;
            for (int i = 0; i < a.length; i++) {
                if (Double.compare(a[i], b[i]) == 0) {
                    continue;
                }
                double d = Math.abs(a[i] - b[i]);
                max = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(max, d);
            }
            out.put(e.getKey(), max);
        }
        return out;
    }

    /** The largest of {@link #compare(ParameterSet)}'s differences (0 for an empty set). */
    public double maxAbsDifference(ParameterSet other) {
        double max = 0;
        for (double d : compare(other).values()) {
            max = Math.max(max, d);
        }
        return max;
    }

    // ---------------------------------------------------------------- JSON

    /** Writes the JSON form to {@code file} atomically. */
    public void save(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeArrayFieldStart("parameters");
                for (Map.Entry<String, Tensor> e : params.entrySet()) {
                    Tensor t = e.getValue();
                    g.writeStartObject();
                    g.writeStringField("name", e.getKey());
                    g.writeArrayFieldStart("shape");
                    for (int s : t.shape()) {
                        g.writeNumber(s);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("data");
                    for (double v : t.data()) {
                        if (Double.isFinite(v)) {
                            g.writeNumber(v);
                        } else {
                            g.writeString(Double.toString(v));
                        }
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    /** Reads a set written by {@link #save(Path)}; the tensors require grad. */
    public static ParameterSet load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a " + FORMAT + " file");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IOException(file + ": unsupported version " + root.path("version"));
        }
        ParameterSet set = new ParameterSet();
        for (JsonNode p : root.path("parameters")) {
            JsonNode shapeNode = p.path("shape");
            int[] shape = new int[shapeNode.size()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = shapeNode.get(d).intValue();
            }
            JsonNode dataNode = p.path("data");
            double[] data = new double[dataNode.size()];
            for (int i = 0; i < data.length; i++) {
                JsonNode v = dataNode.get(i);
                data[i] = v.isTextual() ? Double.parseDouble(v.textValue()) : v.doubleValue();
            }
            try {
                set.add(p.path("name").asText(), Tensor.of(data, shape));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return set;
    }

    // ---------------------------------------------------------------- binary

    /** Writes the compact binary form to {@code file} atomically. */
    public void saveBinary(Path file) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.write(MAGIC);
            out.writeInt(params.size());
            for (Map.Entry<String, Tensor> e : params.entrySet()) {
                Tensor t = e.getValue();
                out.writeUTF(e.getKey());
                int[] shape = t.shape();
                out.writeInt(shape.length);
                for (int s : shape) {
                    out.writeInt(s);
                }
                for (double v : t.data()) {
                    out.writeLong(Double.doubleToRawLongBits(v));
                }
            }
            out.flush();
        });
    }

    /** Reads a set written by {@link #saveBinary(Path)}; the tensors require grad. */
    public static ParameterSet loadBinary(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a qrc4j binary parameter file");
            }
            int count = in.readInt();
            ParameterSet set = new ParameterSet();
            for (int p = 0; p < count; p++) {
                String name = in.readUTF();
                int rank = in.readInt();
                if (rank < 0 || rank > 64) {
                    throw new IOException(file + ": bad rank " + rank);
                }
                int[] shape = new int[rank];
                for (int d = 0; d < rank; d++) {
                    shape[d] = in.readInt();
                }
                double[] data = new double[(int) Tensor.checkedSize(shape)];
                for (int i = 0; i < data.length; i++) {
                    data[i] = Double.longBitsToDouble(in.readLong());
                }
                set.add(name, Tensor.of(data, shape));
            }
            return set;
        }
    }
}
