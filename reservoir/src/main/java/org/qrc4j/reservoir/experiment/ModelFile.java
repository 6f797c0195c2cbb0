package org.qrc4j.reservoir.experiment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qrc4j.io.AtomicFiles;
import org.qrc4j.reservoir.Cell;
import org.qrc4j.reservoir.classical.DelayLineCell;
import org.qrc4j.reservoir.classical.EchoStateNetwork;
import org.qrc4j.reservoir.classical.GruCell;
import org.qrc4j.reservoir.classical.LstmCell;
import org.qrc4j.reservoir.classical.RnnCell;
import org.qrc4j.reservoir.classical.TorchStyleCell;
import org.qrc4j.reservoir.quantum.QgruCell;
import org.qrc4j.reservoir.quantum.QlstmCell;
import org.qrc4j.reservoir.quantum.QrnnCell;
import org.qrc4j.reservoir.quantum.QuantumCell;
import org.qrc4j.reservoir.quantum.Vqc;
import org.qrc4j.reservoir.readout.Readout;
import org.qrc4j.reservoir.readout.Readouts;
import org.qrc4j.simulator.backend.Backends;

/**
 * A trained model as a JSON file: the configuration, the frozen reservoir and the readout. Loading
 * it gives the same predictions to the last bit (JSON numbers are written in the shortest form that
 * reads back to the same double).
 *
 * <pre>
 * {
 *   "format": "qrc4j-model", "version": 1,
 *   "config": { "task": ..., "model": "qlstm", "qubits": 4, "layers": 2, ... },
 *   "reservoir": { "kind": "qlstm", "vqc": [ [ [ [φ, θ, ω], ... wires ], ... layers ], ... circuits ] },
 *   "readout": { "name": "rmsprop", "weights": [ ... ], "bias": ... }
 * }
 * </pre>
 * {@code vqc[c][layer][wire] = [φ, θ, ω]} with Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ). Classical cells
 * store {@code "weights"} by PyTorch's names ({@code weight_ih_l0}, ...; an echo state network:
 * {@code W}, {@code W_in}, {@code b}, dense, and {@code "leak_rate"}); linear AR stores its window.
 */
public final class ModelFile {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "qrc4j-model";
    /** The format version written. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    /** A model read from a file: run it with {@code Experiment.run(config, cell, readout, false)}. */
    public record Loaded(ExperimentConfig config, Cell cell, Readout readout) {
    }

    /** Writes the model of a finished experiment to {@code file}, atomically. */
    public static void save(Path file, ExperimentResult result) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("config", result.config().toMap());
        root.put("reservoir", reservoir(result.config(), result.cell()));
        if (result.readout() != null) {
            Map<String, Object> readout = new LinkedHashMap<>();
            readout.put("name", result.readout().name());
            readout.put("weights", result.readout().weights());
            readout.put("bias", result.readout().bias());
            root.put("readout", readout);
        }
        AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    }

    private static Map<String, Object> reservoir(ExperimentConfig config, Cell cell) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", config.model());
        if (cell instanceof QuantumCell q) {
            List<double[][][]> vqc = new ArrayList<>();
            for (Vqc circuit : q.vqcs()) {
                vqc.add(circuit.angles());
            }
            m.put("vqc", vqc);
        } else if (cell instanceof TorchStyleCell t) {
            m.put("weights", t.weights());
        } else if (cell instanceof EchoStateNetwork esn) {
            m.put("leak_rate", esn.leakRate());
            m.put("weights", esn.weights());
        } else if (cell instanceof DelayLineCell d) {
            m.put("window", d.length());
        }
        return m;
    }

    /**
     * Reads a model file.
     *
     * @throws IllegalArgumentException if it is not a qrc4j model or a part is missing or malformed,
     *                                  with the file and the part named
     */
    public static Loaded load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "model file not found");
        }
        Map<String, Object> root;
        try {
            root = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (!FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException(file + " is not a qrc4j model (\"format\" must be \"" + FORMAT + "\")");
        }
        if (!Integer.valueOf(VERSION).equals(root.get("version"))) {
            throw new IllegalArgumentException(file + ": model version must be " + VERSION + ", got " + root.get("version"));
        }
        try {
            ExperimentConfig config = ExperimentConfig.fromMap(map(root, "config"));
            Cell cell = cell(config, map(root, "reservoir"));
            Readout readout = null;
            if (!config.model().equals("persistence")) {
                Map<String, Object> r = map(root, "readout");
                readout = Readouts.load(String.valueOf(r.get("name")), doubles(r.get("weights"), "readout.weights"),
                        ((Number) r.get("bias")).doubleValue());
            }
            return new Loaded(config, cell, readout);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(file + ": malformed model file (" + e.getMessage() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("model file: \"" + key + "\" must be an object");
        }
        return (Map<String, Object>) value;
    }

    private static Cell cell(ExperimentConfig config, Map<String, Object> m) {
        String kind = String.valueOf(m.get("kind"));
        if (!kind.equals(config.model())) {
            throw new IllegalArgumentException("model file: reservoir kind " + kind + " does not match model " + config.model());
        }
        switch (kind) {
            case "qrnn", "qlstm", "qgru" -> {
                List<?> circuits = (List<?>) m.get("vqc");
                List<Vqc> vqcs = new ArrayList<>();
                for (Object c : circuits) {
                    double[][][] angles = angles(c);
                    vqcs.add(new Vqc(angles[0].length, angles[0].length, angles));
                }
                var backend = Backends.byName(config.backend());
                return switch (kind) {
                    case "qrnn" -> new QrnnCell(vqcs, config.features(), backend);
                    case "qlstm" -> new QlstmCell(vqcs, config.features(), backend);
                    default -> new QgruCell(vqcs, config.features(), backend);
                };
            }
            case "rnn" -> {
                return RnnCell.fromWeights(weights(m));
            }
            case "lstm" -> {
                return LstmCell.fromWeights(weights(m));
            }
            case "gru" -> {
                return GruCell.fromWeights(weights(m));
            }
            case "esn" -> {
                return EchoStateNetwork.fromWeights(weights(m), ((Number) m.get("leak_rate")).doubleValue());
            }
            case "linear-ar" -> {
                return new DelayLineCell(((Number) m.get("window")).intValue());
            }
            case "persistence" -> {
                return null;
            }
            default -> throw new IllegalArgumentException("model file: unknown reservoir kind " + kind);
        }
    }

    private static double[][][] angles(Object circuit) {
        List<?> layers = (List<?>) circuit;
        double[][][] angles = new double[layers.size()][][];
        for (int l = 0; l < layers.size(); l++) {
            List<?> wires = (List<?>) layers.get(l);
            angles[l] = new double[wires.size()][];
            for (int w = 0; w < wires.size(); w++) {
                angles[l][w] = doubles(wires.get(w), "vqc angles");
            }
        }
        return angles;
    }

    private static Map<String, double[]> weights(Map<String, Object> m) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map(m, "weights").entrySet()) {
            out.put(e.getKey(), doubles(e.getValue(), "weights." + e.getKey()));
        }
        return out;
    }

    private static double[] doubles(Object list, String what) {
        if (!(list instanceof List<?> values)) {
            throw new IllegalArgumentException("model file: " + what + " must be a list of numbers");
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).doubleValue();
        }
        return out;
    }
}
