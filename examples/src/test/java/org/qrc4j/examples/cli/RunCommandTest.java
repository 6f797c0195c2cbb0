package org.qrc4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runWritesResultPredictionsPlotsAndAModelThatLoadsBack() throws IOException {
        Path out = dir.resolve("run");
        Path model = dir.resolve("model.json");
        SimulateCommandTest.Run r = SimulateCommandTest.run("run", "--task", "narma5", "--model", "qgru", "--seed", "4",
                "--epochs", "20", "--out", out.toString(), "--save-model", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("narma5 / qgru / rmsprop, seed 4: train MSE"), r.out());
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        for (String field : List.of("task", "model", "readout", "seed", "train_mse", "test_mse", "test_nrmse",
                "loss_per_epoch", "seconds")) {
            assertTrue(result.has(field), field);
        }
        assertEquals(20, result.get("loss_per_epoch").get("train").size());
        assertEquals(20, result.get("loss_per_epoch").get("test").size());
        assertEquals(197, result.get("train_samples").asInt());
        for (String png : List.of("prediction.png", "loss.png")) {
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
        }
        List<String> csv = Files.readAllLines(out.resolve("predictions.csv"));
        assertEquals("index,time,truth,prediction,split", csv.get(0));
        assertEquals(301, csv.size());

        SimulateCommandTest.Run loaded = SimulateCommandTest.run("run", "--load-model", model.toString());
        assertEquals(0, loaded.code(), loaded.err());
        // Same model, same data: the same test MSE, to every printed digit.
        assertEquals(r.out().lines().findFirst().orElseThrow().replaceAll(", [0-9.]+ s\\)", ""),
                loaded.out().lines().findFirst().orElseThrow().replaceAll(", [0-9.]+ s\\)", ""));
    }

    @Test
    void reproduceWritesTheReport() throws IOException {
        Path out = dir.resolve("repro");
        SimulateCommandTest.Run r = SimulateCommandTest.run("reproduce", "--seeds", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String report = Files.readString(out.resolve("report.md"));
        for (String task : List.of("damped-shm", "bessel-j2", "delayed-qc", "narma5", "narma10", "sine",
                "population-inversion", "mackey-glass")) {
            assertTrue(report.contains("\n## " + task + "\n"), task);
            assertTrue(Files.exists(out.resolve("figures").resolve(task + "-test-mse.png")), task);
        }
        // 8 tasks x (7 models x 2 readouts + persistence + linear AR x 2) = 136 rows and a header.
        assertEquals(137, Files.readAllLines(out.resolve("results.csv")).size());
        assertEquals(136, new ObjectMapper().readTree(out.resolve("results.json").toFile()).size());
    }

    @Test
    void badOptionsGiveOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {
            {"run", "--model", "transformer"},
            {"run", "--task", "lorenz"},
            {"run", "--qubits", "1"},
            {"run", "--angles", "gauss"},
            {"run", "--mode", "batch"},
            {"run", "--load-model", dir.resolve("none.json").toString()},
            {"reproduce", "--seeds", "0"}}) {
            SimulateCommandTest.Run r = SimulateCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            String err = r.err().strip();
            assertFalse(err.contains("\n"), err);
            assertFalse(err.contains("Exception"), err);
        }
    }
}
