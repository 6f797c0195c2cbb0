package org.qrc4j.alrnn;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qrc4j.io.AtomicFiles;

/**
 * A trained AL-RNN as a JSON file, with what it was trained on. Loading gives the same parameters to
 * the last bit (JSON numbers are written in the shortest form that reads back to the same double),
 * hence the same free runs.
 *
 * <pre>
 * {
 *   "format": "qrc4j-alrnn", "version": 1,
 *   "observations": N, "latent": M, "relus": P,
 *   "data": { "source": "lorenz63", "points": 100000, "dt": 0.01 },
 *   "options": { "latent": 20, "relus": 2, "sequence_length": 200, ... },
 *   "parameters": {
 *     "A": { "shape": [M], "values": [...] },
 *     "W": { "shape": [M, M], "values": [... row-major ...] },
 *     "h": { "shape": [M], "values": [...] },
 *     "L": { "shape": [M - N, N], "values": [... row-major ...] }
 *   }
 * }
 * </pre>
 * {@code data.source} is {@code lorenz63}, {@code rossler} or a file path (the command line writes it
 * absolute, so that the model finds its data from any working directory); {@code points} is the
 * number of generated points (0 for a file).
 */
public final class AlrnnModelFile {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "qrc4j-alrnn";
    /** The format version written and read. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AlrnnModelFile() {
    }

    /**
     * What the model was trained on.
     *
     * @param source {@code lorenz63}, {@code rossler} or the path of a CSV or .npy file
     * @param points number of generated points for a built-in system, 0 for a file
     * @param dt     time between data points, for Lyapunov exponents per time unit
     */
    public record DataSpec(String source, int points, double dt) {
        /** Checks the values. */
        public DataSpec {
            Objects.requireNonNull(source, "source");
            if (points < 0) {
                throw new IllegalArgumentException("data points must be >= 0, got " + points);
            }
            if (!(dt > 0) || Double.isInfinite(dt)) {
                throw new IllegalArgumentException("data dt must be > 0 and finite, got " + dt);
            }
        }
    }

    /**
     * A model with its training context.
     *
     * @param model   the AL-RNN
     * @param data    the data it was trained on
     * @param options the options it was trained with
     */
    public record Saved(AlrnnModel model, DataSpec data, AlrnnOptions options) {
    }

    /** Writes {@code saved} to {@code file} atomically (creating parent directories). */
    public static void save(Path file, Saved saved) throws IOException {
        AlrnnModel model = saved.model();
        int n = model.observations(), m = model.latent();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("observations", n);
        root.put("latent", m);
        root.put("relus", model.relus());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", saved.data().source());
        data.put("points", saved.data().points());
        data.put("dt", saved.data().dt());
        root.put("data", data);
        root.put("options", optionsToMap(saved.options()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("A", parameter(model, "A", m));
        parameters.put("W", parameter(model, "W", m, m));
        parameters.put("h", parameter(model, "h", m));
        parameters.put("L", parameter(model, "L", m - n, n));
        root.put("parameters", parameters);
        AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    }

    private static Map<String, Object> parameter(AlrnnModel model, String name, int... shape) {
        double[] values = model.parameters().get(name).data();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                // JSON has no NaN or infinity; a diverged model is not worth keeping anyway.
                throw new IllegalArgumentException("cannot save the model: " + name + "[" + i + "] is " + values[i]);
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("shape", shape);
        p.put("values", values.clone());
        return p;
    }

    /** The options as a JSON object with snake_case names. */
    public static Map<String, Object> optionsToMap(AlrnnOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latent", o.latent());
        m.put("relus", o.relus());
        m.put("sequence_length", o.sequenceLength());
        m.put("forcing_interval", o.forcingInterval());
        m.put("batch_size", o.batchSize());
        m.put("batches_per_epoch", o.batchesPerEpoch());
        m.put("noise", o.noise());
        m.put("learning_rate_start", o.learningRateStart());
        m.put("learning_rate_end", o.learningRateEnd());
        m.put("epochs", o.epochs());
        m.put("evaluate_every", o.evaluateEvery());
        m.put("gtf_alpha", o.gtfAlpha());
        m.put("threads", o.threads());
        m.put("seed", o.seed());
        return m;
    }

    private static AlrnnOptions optionsFromMap(Map<String, Object> m) {
        return new AlrnnOptions(integer(m, "latent", "options"), integer(m, "relus", "options"),
                integer(m, "sequence_length", "options"), integer(m, "forcing_interval", "options"),
                integer(m, "batch_size", "options"), integer(m, "batches_per_epoch", "options"),
                number(m, "noise", "options"), number(m, "learning_rate_start", "options"),
                number(m, "learning_rate_end", "options"), integer(m, "epochs", "options"),
                integer(m, "evaluate_every", "options"), number(m, "gtf_alpha", "options"),
                integer(m, "threads", "options"), longValue(m, "seed", "options"));
    }

    /**
     * Reads a model file.
     *
     * @throws NoSuchFileException      if there is no such file
     * @throws IllegalArgumentException if it is not valid JSON, not a qrc4j AL-RNN, of another
     *                                  version, or a part is missing or of the wrong size; the
     *                                  message names the file and the part
     */
    public static Saved load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "model file not found");
        }
        Map<String, Object> root;
        try {
            root = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return fromMap(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Saved fromMap(Map<String, Object> root) {
        if (!FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("not a qrc4j AL-RNN model (\"format\" must be \"" + FORMAT + "\", got "
                    + root.get("format") + ")");
        }
        if (!Integer.valueOf(VERSION).equals(root.get("version"))) {
            throw new IllegalArgumentException("model version must be " + VERSION + ", got " + root.get("version"));
        }
        int n = integer(root, "observations", null);
        int m = integer(root, "latent", null);
        int p = integer(root, "relus", null);
        if (m < 1 || n < 1 || n > m) {
            throw new IllegalArgumentException("need 1 <= observations <= latent, got observations " + n + ", latent " + m);
        }
        if (p < 0 || p > m) {
            throw new IllegalArgumentException("relus must be between 0 and latent = " + m + ", got " + p);
        }
        Map<String, Object> data = object(root, "data", null);
        Object source = data.get("source");
        if (!(source instanceof String)) {
            throw new IllegalArgumentException("\"data.source\" must be a string");
        }
        DataSpec spec = new DataSpec((String) source, integer(data, "points", "data"), number(data, "dt", "data"));
        AlrnnOptions options;
        try {
            options = optionsFromMap(object(root, "options", null));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("options: " + e.getMessage(), e);
        }
        Map<String, Object> parameters = object(root, "parameters", null);
        double[] a = values(parameters, "A", m);
        double[] w = values(parameters, "W", m, m);
        double[] h = values(parameters, "h", m);
        double[] l = values(parameters, "L", m - n, n);
        return new Saved(AlrnnModel.of(n, p, a, w, h, l), spec, options);
    }

    private static double[] values(Map<String, Object> parameters, String name, int... shape) {
        Map<String, Object> p = object(parameters, name, "parameters");
        String where = "parameters." + name;
        Object shapeValue = p.get("shape");
        if (!(shapeValue instanceof List<?> list) || list.size() != shape.length) {
            throw new IllegalArgumentException("\"" + where + ".shape\" must be " + java.util.Arrays.toString(shape)
                    + ", got " + shapeValue);
        }
        for (int i = 0; i < shape.length; i++) {
            if (!(list.get(i) instanceof Integer d) || d != shape[i]) {
                throw new IllegalArgumentException("\"" + where + ".shape\" must be " + java.util.Arrays.toString(shape)
                        + " for the model's sizes, got " + list);
            }
        }
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        Object v = p.get("values");
        if (!(v instanceof List<?> items) || items.size() != size) {
            throw new IllegalArgumentException("\"" + where + ".values\" must hold " + size + " numbers, got "
                    + (v instanceof List<?> l ? l.size() + " entries" : String.valueOf(v)));
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            if (!(items.get(i) instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                throw new IllegalArgumentException("\"" + where + ".values\"[" + i + "] must be a finite number, got "
                        + items.get(i));
            }
            out[i] = number.doubleValue();
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> parent, String key, String parentName) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("\"" + qualified(parentName, key) + "\" must be an object, got " + value);
        }
        return (Map<String, Object>) value;
    }

    private static int integer(Map<String, Object> m, String key, String parentName) {
        Object v = m.get(key);
        if (!(v instanceof Integer i)) {
            throw new IllegalArgumentException("\"" + qualified(parentName, key) + "\" must be an integer, got " + v);
        }
        return i;
    }

    private static long longValue(Map<String, Object> m, String key, String parentName) {
        Object v = m.get(key);
        if (!(v instanceof Integer || v instanceof Long)) {
            throw new IllegalArgumentException("\"" + qualified(parentName, key) + "\" must be an integer, got " + v);
        }
        return ((Number) v).longValue();
    }

    private static double number(Map<String, Object> m, String key, String parentName) {
        Object v = m.get(key);
        if (!(v instanceof Number number) || v instanceof java.math.BigInteger) {
            throw new IllegalArgumentException("\"" + qualified(parentName, key) + "\" must be a number, got " + v);
        }
        return number.doubleValue();
    }

    private static String qualified(String parent, String key) {
        return parent == null ? key : parent + "." + key;
    }
}
