package org.qrc4j.reservoir.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qrc4j.io.AtomicFiles;
import org.qrc4j.reservoir.readout.FitHistory;

/** Writes an experiment's result as JSON and its predictions as CSV, atomically. */
public final class ResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultFiles() {
    }

    /**
     * The result as an ordered map: task, model, readout, seed, train_mse, test_mse, test_nrmse,
     * loss_per_epoch (train, test), seconds, then the details (counts, timings, configuration).
     */
    public static Map<String, Object> toMap(ExperimentResult r) {
        ExperimentConfig c = r.config();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", c.task());
        m.put("model", c.model());
        m.put("readout", c.model().equals("persistence") ? "none" : c.readout());
        m.put("seed", c.seed());
        m.put("train_mse", r.trainMse());
        m.put("test_mse", r.testMse());
        m.put("test_nrmse", r.testNrmse());
        Map<String, Object> loss = new LinkedHashMap<>();
        FitHistory h = r.history();
        loss.put("train", h == null ? new double[0] : h.trainLoss());
        loss.put("test", h == null ? new double[0] : h.testLoss());
        m.put("loss_per_epoch", loss);
        m.put("seconds", r.seconds());
        if (h != null) {
            m.put("epochs_to_within_10_percent", h.epochsToWithin10Percent());
            if (c.readout().equals("ridge")) {
                m.put("lambda", h.lambda());
            }
        }
        m.put("samples", r.samples());
        m.put("train_samples", r.trainCount());
        m.put("test_samples", r.testCount());
        m.put("feature_seconds", r.featureSeconds());
        m.put("fit_seconds", r.fitSeconds());
        m.put("config", c.toMap());
        return m;
    }

    /** Writes {@link #toMap} as JSON. */
    public static void writeJson(Path file, ExperimentResult r) throws IOException {
        AtomicFiles.write(file, out -> JSON.writeValue(out, toMap(r)));
    }

    /** Writes {@code index,time,truth,prediction,split} for every point of the series (prediction empty where none). */
    public static void writePredictionsCsv(Path file, ExperimentResult r) throws IOException {
        StringBuilder csv = new StringBuilder("index,time,truth,prediction,split\n");
        for (int i = 0; i < r.time().length; i++) {
            boolean predicted = !Double.isNaN(r.prediction()[i]);
            csv.append(i).append(',').append(r.time()[i]).append(',').append(r.truth()[i]).append(',')
                    .append(predicted ? Double.toString(r.prediction()[i]) : "").append(',')
                    .append(!predicted ? "" : i < r.firstTest() ? "train" : "test").append('\n');
        }
        AtomicFiles.write(file, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
