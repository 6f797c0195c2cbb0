package org.qrc4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlrnnCommandTest {

    private static final String[] SHORT = {"alrnn", "--epochs", "6", "--batches-per-epoch", "3", "--seq-len", "30",
        "--latent", "6", "--points", "3000", "--evaluate-every", "3", "--threads", "2"};

    @TempDir
    Path dir;

    private static SimulateCommandTest.Run run(String[] base, String... more) {
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return SimulateCommandTest.run(args);
    }

    private static BufferedImage png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
                file + " is not a PNG");
        return ImageIO.read(file.toFile());
    }

    @Test
    void shortRunWritesResultAndPlots() throws IOException {
        Path out = dir.resolve("out");
        SimulateCommandTest.Run r = run(SHORT, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("D_stsp"), r.out());
        assertTrue(r.out().contains("best epoch"), r.out());
        assertTrue(r.err().contains("alrnn: epoch 6/6"), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        for (String field : List.of("d_stsp", "d_h", "pe20", "lyapunov_max", "lyapunov_max_per_step",
                "lyapunov_max_standard_error", "lyapunov_stretches", "lyapunov_steps_per_stretch",
                "lyapunov_spectrum", "regions_used", "region_visits", "fixed_points", "cycles", "transitions",
                "seconds", "best_epoch", "loss_per_epoch", "dstsp_per_evaluation", "options", "data")) {
            assertTrue(json.has(field), "result.json lacks " + field);
        }
        assertEquals(6, json.get("loss_per_epoch").size());
        assertEquals(6, json.get("lyapunov_spectrum").size());
        assertEquals("[3,6]", json.get("dstsp_per_evaluation").get("epochs").toString());
        // One per region (2^2) unless a region's I − A − W·D is singular.
        assertTrue(json.get("fixed_points").size() <= 4 && json.get("fixed_points").size() >= 1);
        JsonNode fp = json.get("fixed_points").get(0);
        assertTrue(fp.has("real") && fp.has("stable") && fp.get("region").asText().length() == 2, fp.toString());
        assertEquals("lorenz63", json.get("data").get("source").asText());
        assertEquals(0.01, json.get("data").get("dt").asDouble());
        assertEquals(json.get("lyapunov_max_per_step").asDouble() / 0.01, json.get("lyapunov_max").asDouble(), 1e-9);

        BufferedImage attractor = png(out.resolve("attractor.png"));
        assertEquals(AlrnnPlots.ATTRACTOR_WIDTH, attractor.getWidth());
        assertEquals(AlrnnPlots.ATTRACTOR_HEIGHT, attractor.getHeight());
        png(out.resolve("attractor-02.png"));
        BufferedImage symbols = png(out.resolve("symbols.png"));
        assertEquals(AlrnnPlots.SYMBOLS_WIDTH, symbols.getWidth());
        assertEquals(AlrnnPlots.SYMBOLS_HEIGHT, symbols.getHeight());
        BufferedImage graph = png(out.resolve("transitions.png"));
        assertEquals(AlrnnPlots.GRAPH_SIZE, graph.getWidth());
        assertEquals(AlrnnPlots.GRAPH_SIZE, graph.getHeight());
    }

    @Test
    void savedModelEvaluatesToTheSameDstsp() throws IOException {
        Path model = dir.resolve("model.json");
        SimulateCommandTest.Run trained = run(SHORT, "--save-model", model.toString());
        assertEquals(0, trained.code(), trained.err());
        assertTrue(Files.isRegularFile(model));
        SimulateCommandTest.Run loaded = SimulateCommandTest.run("alrnn", "--load-model", model.toString());
        assertEquals(0, loaded.code(), loaded.err());
        assertTrue(loaded.out().contains("loaded, not trained"), loaded.out());
        assertEquals(line(trained.out(), "D_stsp"), line(loaded.out(), "D_stsp"));
        assertEquals(line(trained.out(), "lambda_max"), line(loaded.out(), "lambda_max"));
        assertTrue(loaded.err().isEmpty(), loaded.err());
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void csvDataIsZScoredAndUsesDt() throws IOException {
        // A noisy circle with an offset and scale the z-scoring must remove.
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int t = 0; t < 600; t++) {
            csv.append(100 + 5 * Math.cos(0.3 * t)).append(',').append(-7 + 2 * Math.sin(0.3 * t)).append('\n');
        }
        Path file = dir.resolve("circle.csv");
        Files.writeString(file, csv.toString());
        Path out = dir.resolve("csv");
        SimulateCommandTest.Run r = run(SHORT, "--data", file.toString(), "--dt", "0.5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("z-scored each of the 2 columns"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals(0.5, json.get("data").get("dt").asDouble());
        assertEquals(2, json.get("data").get("observations").asInt());
        assertTrue(Files.isRegularFile(out.resolve("attractor.png")));
        assertTrue(!Files.exists(out.resolve("attractor-02.png")));
    }

    @Test
    void aSavedModelFindsItsDataFileByAbsolutePathOrSaysItIsGone() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int t = 0; t < 600; t++) {
            csv.append(Math.cos(0.3 * t)).append(',').append(Math.sin(0.3 * t)).append('\n');
        }
        Path file = dir.resolve("circle.csv");
        Files.writeString(file, csv.toString());
        Path model = dir.resolve("model.json");
        SimulateCommandTest.Run r = run(SHORT, "--data", file.toString(), "--save-model", model.toString());
        assertEquals(0, r.code(), r.err());
        String source = new ObjectMapper().readTree(model.toFile()).get("data").get("source").asText();
        assertEquals(file.toAbsolutePath().normalize().toString(), source);
        assertTrue(Path.of(source).isAbsolute());
        assertEquals(0, SimulateCommandTest.run("alrnn", "--load-model", model.toString()).code());
        Files.delete(file);
        SimulateCommandTest.Run gone = SimulateCommandTest.run("alrnn", "--load-model", model.toString());
        assertEquals(Qrc4j.EXIT_BAD_INPUT, gone.code(), gone.err());
        assertTrue(gone.err().contains("the model's data file " + source + " is not there; pass the recording with --data"),
                gone.err());
    }

    @Test
    void badOptionsExitWithOneLine() {
        String[][] bad = {
            {"alrnn", "--data", "nothing.csv"},
            {"alrnn", "--data", "nothing"},
            {"alrnn", "--relus", "30"},
            {"alrnn", "--latent", "0"},
            {"alrnn", "--epochs", "0"},
            {"alrnn", "--latent", "2", "--relus", "1", "--points", "500"},
            {"alrnn", "--load-model", "missing.json"},
            {"alrnn", "--seq-len", "0"},
            {"alrnn", "--threads", "0"},
        };
        for (String[] args : bad) {
            SimulateCommandTest.Run r = SimulateCommandTest.run(args);
            assertEquals(Qrc4j.EXIT_BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("qrc4j alrnn: "), r.err());
        }
        assertTrue(SimulateCommandTest.run("alrnn", "--seq-len", "0").err().contains("--seq-len must be >= 1"));
    }

    @Test
    void transitionGraphDrawsCirclesAndArrows() {
        int[][] transitions = {
            {50, 10, 0, 0},
            {0, 30, 12, 0},
            {0, 0, 5, 8},
            {9, 0, 0, 1},
        };
        double[] visits = {0.4, 0.3, 0.2, 0.1};
        BufferedImage image = AlrnnPlots.transitionGraph("test", transitions, visits, 2);
        assertEquals(AlrnnPlots.GRAPH_SIZE, image.getWidth());
        int circle = 0, arrow = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == (AlrnnPlots.CIRCLE_COLOR.getRGB() & 0xffffff)) {
                    circle++;
                } else if (rgb == (AlrnnPlots.ARROW_COLOR.getRGB() & 0xffffff)) {
                    arrow++;
                }
            }
        }
        // Four circles of radius ≥ 10 px and six arrows of width ≥ 1.5 px, some hundreds of pixels each.
        assertTrue(circle > 4 * 250, "circle pixels: " + circle);
        assertTrue(arrow > 6 * 100, "arrow pixels: " + arrow);
        // The most visited region (0, at the top of the ring) is filled at its centre.
        int top = image.getRGB(AlrnnPlots.GRAPH_SIZE / 2, (int) (AlrnnPlots.GRAPH_SIZE / 2.0 - (400 - 70 - 96)));
        assertEquals(AlrnnPlots.CIRCLE_COLOR.getRGB() & 0xffffff, top & 0xffffff);
        assertArrayEquals(new int[] {50, 10, 0, 0}, transitions[0]); // not modified
        assertEquals("01", AlrnnPlots.code(1, 2));
        assertEquals("linear", AlrnnPlots.code(0, 0));
        assertEquals("0.0030%", AlrnnPlots.percent(3e-5));
        assertEquals("40.0%", AlrnnPlots.percent(0.4));
    }

    @Test
    void divergingTrainingIsOneLineAndExitCode2() {
        SimulateCommandTest.Run r = run(SHORT, "--lr-start", "1e6", "--lr-end", "1e6");
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("qrc4j alrnn: training diverged: the loss became NaN at epoch 1 of 6"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    }
}
