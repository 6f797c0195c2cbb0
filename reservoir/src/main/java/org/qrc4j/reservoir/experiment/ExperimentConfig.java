package org.qrc4j.reservoir.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qrc4j.reservoir.quantum.AngleDistribution;
import org.qrc4j.reservoir.quantum.QuantumFeatures;
import org.qrc4j.reservoir.readout.ReadoutOptions;
import org.qrc4j.reservoir.task.Windows;

/**
 * Everything one experiment needs: task × model × readout × seed and their settings. Immutable;
 * build it with {@link #builder()}. Defaults follow the paper: 4 qubits, 2 layers, angles normal
 * with σ = 0.01, windows of 4, 67% train, RMSprop readout (lr 0.01, batch 10, 100 epochs).
 */
public final class ExperimentConfig {

    /** Quantum models. */
    public static final List<String> QUANTUM_MODELS = List.of("qrnn", "qlstm", "qgru");
    /** Classical reservoirs. */
    public static final List<String> CLASSICAL_MODELS = List.of("rnn", "lstm", "gru", "esn");
    /** Trivial baselines. */
    public static final List<String> BASELINES = List.of("persistence", "linear-ar");

    private final String task;
    private final String column;
    private final String model;
    private final int qubits;
    private final int layers;
    private final AngleDistribution angles;
    private final QuantumFeatures features;
    private final String backend;
    private final int hidden;
    private final int esnSize;
    private final double spectralRadius;
    private final double leakRate;
    private final double inputScaling;
    private final double sparsity;
    private final int washout;
    private final String readout;
    private final ReadoutOptions readoutOptions;
    private final int window;
    private final double trainFraction;
    private final Mode mode;
    private final long seed;
    private final int threads;

    private ExperimentConfig(Builder b) {
        this.task = b.task;
        this.column = b.column;
        this.model = b.model;
        this.qubits = b.qubits;
        this.layers = b.layers;
        this.angles = b.angles;
        this.features = b.features;
        this.backend = b.backend;
        this.hidden = b.hidden;
        this.esnSize = b.esnSize;
        this.spectralRadius = b.spectralRadius;
        this.leakRate = b.leakRate;
        this.inputScaling = b.inputScaling;
        this.sparsity = b.sparsity;
        this.washout = b.washout;
        this.readout = b.readout;
        this.readoutOptions = b.readoutOptions;
        this.window = b.window;
        this.trainFraction = b.trainFraction;
        this.mode = b.mode;
        this.seed = b.seed;
        this.threads = b.threads;
    }

    /** All model names, in the order reports list them. */
    public static List<String> models() {
        List<String> all = new java.util.ArrayList<>(QUANTUM_MODELS);
        all.addAll(CLASSICAL_MODELS);
        all.addAll(BASELINES);
        return List.copyOf(all);
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.task = task;
        b.column = column;
        b.model = model;
        b.qubits = qubits;
        b.layers = layers;
        b.angles = angles;
        b.features = features;
        b.backend = backend;
        b.hidden = hidden;
        b.esnSize = esnSize;
        b.spectralRadius = spectralRadius;
        b.leakRate = leakRate;
        b.inputScaling = inputScaling;
        b.sparsity = sparsity;
        b.washout = washout;
        b.readout = readout;
        b.readoutOptions = readoutOptions;
        b.window = window;
        b.trainFraction = trainFraction;
        b.mode = mode;
        b.seed = seed;
        b.threads = threads;
        return b;
    }

    /** The task spec, e.g. {@code bessel-j2} or {@code csv:data.csv}. */
    public String task() { return task; }

    /** The CSV column (index or header), or null. */
    public String column() { return column; }

    /** The model name. */
    public String model() { return model; }

    /** Qubits of each quantum circuit. */
    public int qubits() { return qubits; }

    /** Variational layers of each quantum circuit. */
    public int layers() { return layers; }

    /** Distribution of the frozen angles. */
    public AngleDistribution angles() { return angles; }

    /** Which values quantum cells hand to the readout. */
    public QuantumFeatures features() { return features; }

    /** Simulator backend name of quantum cells. */
    public String backend() { return backend; }

    /** Hidden size of the classical RNN/LSTM/GRU cells. */
    public int hidden() { return hidden; }

    /** Echo state network size. */
    public int esnSize() { return esnSize; }

    /** Echo state network spectral radius. */
    public double spectralRadius() { return spectralRadius; }

    /** Echo state network leak rate. */
    public double leakRate() { return leakRate; }

    /** Echo state network input scaling. */
    public double inputScaling() { return inputScaling; }

    /** Echo state network sparsity (fraction of zero recurrent weights). */
    public double sparsity() { return sparsity; }

    /** Steps dropped at the start in stream mode. */
    public int washout() { return washout; }

    /** The readout name. */
    public String readout() { return readout; }

    /** The readout's settings. */
    public ReadoutOptions readoutOptions() { return readoutOptions; }

    /** Steps per window. */
    public int window() { return window; }

    /** Fraction of samples, in time order, that train. */
    public double trainFraction() { return trainFraction; }

    /** Window or stream mode. */
    public Mode mode() { return mode; }

    /** The seed everything random derives from. */
    public long seed() { return seed; }

    /** Threads for feature extraction (results do not depend on it). */
    public int threads() { return threads; }

    /** Whether the model is one of the quantum cells. */
    public boolean isQuantum() {
        return QUANTUM_MODELS.contains(model);
    }

    /** The settings as an ordered map, for JSON files (every field that shapes the result). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", task);
        if (column != null) {
            m.put("column", column);
        }
        m.put("model", model);
        m.put("mode", mode.label());
        m.put("window", window);
        m.put("train_fraction", trainFraction);
        m.put("washout", washout);
        m.put("seed", seed);
        if (isQuantum()) {
            m.put("qubits", qubits);
            m.put("layers", layers);
            m.put("angles", angles.toString());
            m.put("features", features.name().toLowerCase(Locale.ROOT));
            m.put("backend", backend);
        } else if (model.equals("esn")) {
            m.put("esn_size", esnSize);
            m.put("spectral_radius", spectralRadius);
            m.put("leak_rate", leakRate);
            m.put("input_scaling", inputScaling);
            m.put("sparsity", sparsity);
        } else if (CLASSICAL_MODELS.contains(model)) {
            m.put("hidden", hidden);
        }
        if (!model.equals("persistence")) {
            m.put("readout", readout);
            if (readout.equals("rmsprop")) {
                m.put("epochs", readoutOptions.epochs());
                m.put("learning_rate", readoutOptions.learningRate());
                m.put("batch_size", readoutOptions.batchSize());
            }
        }
        return m;
    }

    /**
     * The configuration {@link #toMap()} wrote (missing keys take their defaults).
     *
     * @throws IllegalArgumentException naming a key whose value is not allowed
     */
    public static ExperimentConfig fromMap(Map<String, ?> m) {
        Builder b = builder();
        if (m.containsKey("task")) {
            b.task(String.valueOf(m.get("task")));
        }
        if (m.containsKey("column")) {
            b.column(String.valueOf(m.get("column")));
        }
        if (m.containsKey("model")) {
            b.model(String.valueOf(m.get("model")));
        }
        if (m.containsKey("mode")) {
            b.mode(Mode.parse(String.valueOf(m.get("mode"))));
        }
        if (m.containsKey("window")) {
            b.window(number(m, "window").intValue());
        }
        if (m.containsKey("train_fraction")) {
            b.trainFraction(number(m, "train_fraction").doubleValue());
        }
        if (m.containsKey("washout")) {
            b.washout(number(m, "washout").intValue());
        }
        if (m.containsKey("seed")) {
            b.seed(number(m, "seed").longValue());
        }
        if (m.containsKey("qubits")) {
            b.qubits(number(m, "qubits").intValue());
        }
        if (m.containsKey("layers")) {
            b.layers(number(m, "layers").intValue());
        }
        if (m.containsKey("angles")) {
            b.angles(AngleDistribution.parse(String.valueOf(m.get("angles"))));
        }
        if (m.containsKey("features")) {
            b.features(parseFeatures(String.valueOf(m.get("features"))));
        }
        if (m.containsKey("backend")) {
            b.backend(String.valueOf(m.get("backend")));
        }
        if (m.containsKey("hidden")) {
            b.hidden(number(m, "hidden").intValue());
        }
        if (m.containsKey("esn_size")) {
            b.esnSize(number(m, "esn_size").intValue());
        }
        if (m.containsKey("spectral_radius")) {
            b.spectralRadius(number(m, "spectral_radius").doubleValue());
        }
        if (m.containsKey("leak_rate")) {
            b.leakRate(number(m, "leak_rate").doubleValue());
        }
        if (m.containsKey("input_scaling")) {
            b.inputScaling(number(m, "input_scaling").doubleValue());
        }
        if (m.containsKey("sparsity")) {
            b.sparsity(number(m, "sparsity").doubleValue());
        }
        if (m.containsKey("readout")) {
            b.readout(String.valueOf(m.get("readout")));
        }
        ReadoutOptions options = ReadoutOptions.defaults();
        if (m.containsKey("epochs")) {
            options = options.withEpochs(number(m, "epochs").intValue());
        }
        if (m.containsKey("learning_rate")) {
            options = options.withLearningRate(number(m, "learning_rate").doubleValue());
        }
        if (m.containsKey("batch_size")) {
            options = options.withBatchSize(number(m, "batch_size").intValue());
        }
        return b.readoutOptions(options).build();
    }

    /** Parses {@code hidden} or {@code correlations}. */
    public static QuantumFeatures parseFeatures(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "hidden" -> QuantumFeatures.HIDDEN;
            case "correlations" -> QuantumFeatures.CORRELATIONS;
            default -> throw new IllegalArgumentException("features must be hidden or correlations, got \"" + text + "\"");
        };
    }

    private static Number number(Map<String, ?> m, String key) {
        Object value = m.get(key);
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException(key + " must be a number, got " + value);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Builds a configuration; every setter checks its value and names it in the message. */
    public static final class Builder {
        private String task = "bessel-j2";
        private String column;
        private String model = "qlstm";
        private int qubits = 4;
        private int layers = 2;
        private AngleDistribution angles = AngleDistribution.DEFAULT;
        private QuantumFeatures features = QuantumFeatures.HIDDEN;
        private String backend = "native";
        private int hidden = 4;
        private int esnSize = 100;
        private double spectralRadius = 0.9;
        private double leakRate = 1.0;
        private double inputScaling = 1.0;
        private double sparsity = 0.9;
        private int washout = 50;
        private String readout = "rmsprop";
        private ReadoutOptions readoutOptions = ReadoutOptions.defaults();
        private int window = Windows.DEFAULT_WINDOW;
        private double trainFraction = Windows.DEFAULT_TRAIN_FRACTION;
        private Mode mode = Mode.WINDOW;
        private long seed = 1;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        /** The task spec. */
        public Builder task(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("task must be a task name or csv:PATH, got an empty value");
            }
            task = value.trim();
            return this;
        }

        /** The CSV column (index or header name), or null for the only column. */
        public Builder column(String value) {
            column = value;
            return this;
        }

        /** The model: one of {@link ExperimentConfig#models()}. */
        public Builder model(String value) {
            String m = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (!models().contains(m)) {
                throw new IllegalArgumentException("model must be one of " + models() + ", got \"" + value + "\"");
            }
            model = m;
            return this;
        }

        /** Qubits per circuit, 2 to 10. */
        public Builder qubits(int value) {
            if (value < 2 || value > 10) {
                throw new IllegalArgumentException("qubits must be between 2 and 10, got " + value);
            }
            qubits = value;
            return this;
        }

        /** Layers per circuit, at least 1. */
        public Builder layers(int value) {
            if (value < 1 || value > 100) {
                throw new IllegalArgumentException("layers must be between 1 and 100, got " + value);
            }
            layers = value;
            return this;
        }

        /** Distribution of the frozen angles. */
        public Builder angles(AngleDistribution value) {
            angles = java.util.Objects.requireNonNull(value, "angles");
            return this;
        }

        /** Which values quantum cells hand to the readout. */
        public Builder features(QuantumFeatures value) {
            features = java.util.Objects.requireNonNull(value, "features");
            return this;
        }

        /** Backend of quantum cells: native or strange. */
        public Builder backend(String value) {
            String b = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (!org.qrc4j.simulator.backend.Backends.NAMES.contains(b)) {
                throw new IllegalArgumentException("backend must be one of " + org.qrc4j.simulator.backend.Backends.NAMES
                        + ", got \"" + value + "\"");
            }
            backend = b;
            return this;
        }

        /** Hidden size of classical cells, 1 to 1000. */
        public Builder hidden(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("hidden must be between 1 and 1000, got " + value);
            }
            hidden = value;
            return this;
        }

        /** Echo state network size, 1 to 10000. */
        public Builder esnSize(int value) {
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("esn size must be between 1 and 10000, got " + value);
            }
            esnSize = value;
            return this;
        }

        /** Echo state network spectral radius, > 0. */
        public Builder spectralRadius(double value) {
            if (!(value > 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException("spectral radius must be a finite number > 0, got " + value);
            }
            spectralRadius = value;
            return this;
        }

        /** Echo state network leak rate, in (0, 1]. */
        public Builder leakRate(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("leak rate must be in (0, 1], got " + value);
            }
            leakRate = value;
            return this;
        }

        /** Echo state network input scaling, > 0. */
        public Builder inputScaling(double value) {
            if (!(value > 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException("input scaling must be a finite number > 0, got " + value);
            }
            inputScaling = value;
            return this;
        }

        /** Echo state network sparsity, in [0, 1). */
        public Builder sparsity(double value) {
            if (!(value >= 0 && value < 1)) {
                throw new IllegalArgumentException("sparsity must be in [0, 1), got " + value);
            }
            sparsity = value;
            return this;
        }

        /** Stream-mode washout, >= 0. */
        public Builder washout(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("washout must be >= 0, got " + value);
            }
            washout = value;
            return this;
        }

        /** The readout: ridge or rmsprop. */
        public Builder readout(String value) {
            String r = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (!org.qrc4j.reservoir.readout.Readouts.NAMES.contains(r)) {
                throw new IllegalArgumentException("readout must be one of " + org.qrc4j.reservoir.readout.Readouts.NAMES
                        + ", got \"" + value + "\"");
            }
            readout = r;
            return this;
        }

        /** The readout's settings. */
        public Builder readoutOptions(ReadoutOptions value) {
            readoutOptions = java.util.Objects.requireNonNull(value, "readoutOptions");
            return this;
        }

        /** Steps per window, 1 to 1000. */
        public Builder window(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("window must be between 1 and 1000, got " + value);
            }
            window = value;
            return this;
        }

        /** Train fraction, in (0, 1). */
        public Builder trainFraction(double value) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("train fraction must be in (0, 1), got " + value);
            }
            trainFraction = value;
            return this;
        }

        /** Window or stream mode. */
        public Builder mode(Mode value) {
            mode = java.util.Objects.requireNonNull(value, "mode");
            return this;
        }

        /** The seed. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Threads for feature extraction, >= 1. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + value);
            }
            threads = value;
            return this;
        }

        /** The configuration. */
        public ExperimentConfig build() {
            return new ExperimentConfig(this);
        }
    }
}
