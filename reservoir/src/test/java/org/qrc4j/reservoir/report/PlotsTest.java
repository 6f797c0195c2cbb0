package org.qrc4j.reservoir.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

class PlotsTest {

    @TempDir
    Path dir;

    /** A wavy truth and a prediction offset from it, so that both lines show. */
    private static double[][] series(int n, int missing) {
        double[] t = new double[n];
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            y[i] = Math.sin(i * 0.08);
            p[i] = i < missing ? Double.NaN : y[i] + 0.3;
        }
        return new double[][] {t, y, p};
    }

    private static BufferedImage read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "not a readable image: " + png);
        assertEquals(Plots.WIDTH, image.getWidth());
        assertEquals(Plots.HEIGHT, image.getHeight());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        return image;
    }

    private static boolean near(int rgb, Color c) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - c.getRed()) <= 10 && Math.abs(g - c.getGreen()) <= 10 && Math.abs(b - c.getBlue()) <= 10;
    }

    private static int count(BufferedImage image, Color c, int x0, int x1) {
        int n = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (near(image.getRGB(x, y), c)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(BufferedImage image, Color c) {
        return count(image, c, 0, image.getWidth());
    }

    /** The pixel column holding the most pixels of colour {@code c}. */
    private static int busiestColumn(BufferedImage image, Color c) {
        int best = -1;
        int bestCount = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            int n = count(image, c, x, x + 1);
            if (n > bestCount) {
                best = x;
                bestCount = n;
            }
        }
        return best;
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void predictionWritesPngWithBothSeriesAndTheBoundary() throws IOException {
        double[][] s = series(200, 0);
        Path png = dir.resolve("out/prediction.png");
        Plots.prediction(png, "prediction", s[0], s[1], s[2], 120);

        BufferedImage image = read(png);
        assertTrue(count(image, Plots.TRUTH_COLOR) > 500, "truth line pixels: " + count(image, Plots.TRUTH_COLOR));
        assertTrue(count(image, Plots.PREDICTION_COLOR) > 300,
                "prediction line pixels: " + count(image, Plots.PREDICTION_COLOR));
        // The dashed line at time 120 of 0..199 lies about 60% across the plot, which spans most of
        // the 800 px width.
        int column = busiestColumn(image, Plots.BOUNDARY_COLOR);
        assertTrue(count(image, Plots.BOUNDARY_COLOR, column, column + 1) > 100, "boundary line too short");
        assertTrue(column > 0.6 * 800 - 80 && column < 0.6 * 800 + 40, "boundary at column " + column);
        assertTrue(GraphicsEnvironment.isHeadless(), "plots must work headless");
        assertEquals(List.of("out"), filesIn(dir));
        assertEquals(List.of("prediction.png"), filesIn(dir.resolve("out")), "temporary file left behind");
    }

    @Test
    void boundaryMovesWithFirstTest() throws IOException {
        double[][] s = series(200, 0);
        Path early = dir.resolve("early.png");
        Path late = dir.resolve("late.png");
        Plots.prediction(early, "early", s[0], s[1], s[2], 20);
        Plots.prediction(late, "late", s[0], s[1], s[2], 180);
        int a = busiestColumn(read(early), Plots.BOUNDARY_COLOR);
        int b = busiestColumn(read(late), Plots.BOUNDARY_COLOR);
        // 160 of 199 time steps apart on a plot at least 600 px wide.
        assertTrue(b - a > 0.8 * 600, "boundary columns " + a + " and " + b);
    }

    @Test
    void predictionSkipsNaNAndDrawsNothingOfItInTheGap() throws IOException {
        // No prediction for the first half: its colour must not appear in the left part of the
        // plot, while the truth does.
        double[][] s = series(200, 100);
        Path png = dir.resolve("nan.png");
        Plots.prediction(png, null, s[0], s[1], s[2], 150);
        BufferedImage image = read(png);
        assertTrue(count(image, Plots.TRUTH_COLOR, 100, 300) > 200);
        assertEquals(0, count(image, Plots.PREDICTION_COLOR, 100, 300));
        assertTrue(count(image, Plots.PREDICTION_COLOR, 450, 780) > 200);
    }

    @Test
    void predictionWithScatteredNaNAndSingleValues() throws IOException {
        double[][] s = series(50, 0);
        for (int i = 0; i < 50; i += 2) {
            s[2][i] = Double.NaN; // every other point missing: runs of one point each
        }
        Path png = dir.resolve("sparse.png");
        Plots.prediction(png, "sparse", s[0], s[1], s[2], 0);
        assertTrue(count(read(png), Plots.PREDICTION_COLOR) > 50);

        double[] allNaN = {Double.NaN, Double.NaN, Double.NaN};
        Plots.prediction(dir.resolve("none.png"), "none", new double[] {0, 1, 2}, new double[] {1, 2, 3}, allNaN, 2);
        Plots.prediction(dir.resolve("one.png"), "one", new double[] {5}, new double[] {1}, new double[] {1.5}, 0);
        read(dir.resolve("none.png"));
        read(dir.resolve("one.png"));
    }

    @Test
    void lossWritesPngWithBothCurves() throws IOException {
        double[] train = new double[60];
        double[] test = new double[60];
        for (int e = 0; e < 60; e++) {
            train[e] = Math.exp(-e / 10.0);
            test[e] = 2 * Math.exp(-e / 12.0);
        }
        Path png = dir.resolve("loss.png");
        Plots.loss(png, "loss", train, test);
        BufferedImage image = read(png);
        assertTrue(count(image, Plots.TRUTH_COLOR) > 300);
        assertTrue(count(image, Plots.PREDICTION_COLOR) > 300);
        assertEquals(List.of("loss.png"), filesIn(dir));
    }

    @Test
    void lossWithoutTestWithOneEpochAndWithNonPositiveValues() throws IOException {
        Path trainOnly = dir.resolve("train-only.png");
        Plots.loss(trainOnly, "ridge", new double[] {0.25, 0.1, 0.05}, new double[0]);
        BufferedImage image = read(trainOnly);
        assertTrue(count(image, Plots.TRUTH_COLOR) > 50);
        // The legend shows only series that exist, so no test colour at all.
        assertEquals(0, count(image, Plots.PREDICTION_COLOR));

        Plots.loss(dir.resolve("one.png"), "one epoch", new double[] {0.01}, new double[] {0.02});
        assertTrue(count(read(dir.resolve("one.png")), Plots.PREDICTION_COLOR) > 20);

        // Zero cannot go on a log axis; the plot falls back to a linear one instead of failing.
        Plots.loss(dir.resolve("zero.png"), "zero", new double[] {1, 0.5, 0}, new double[] {1, Double.NaN, 0.2});
        read(dir.resolve("zero.png"));
    }

    @Test
    void barsWritesPngLinearAndLog() throws IOException {
        Path linear = dir.resolve("bars.png");
        Plots.bars(linear, "NRMSE", List.of("a", "b", "c"), new double[] {0.2, 0.5, 0.3},
                new double[] {0.02, 0.05, Double.NaN});
        BufferedImage image = read(linear);
        assertTrue(count(image, Plots.BAR_COLOR) > 10_000, "bar pixels: " + count(image, Plots.BAR_COLOR));

        Path log = dir.resolve("bars-log.png");
        Plots.bars(log, "MSE", List.of("quantum", "esn", "linear"), new double[] {1e-5, 1e-3, 0.1},
                new double[] {2e-5, 1e-4, 0.01});
        assertTrue(count(read(log), Plots.BAR_COLOR) > 10_000);
        assertEquals(List.of("bars-log.png", "bars.png"), filesIn(dir));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path png = dir.resolve("again.png");
        Files.writeString(png, "not a png");
        Plots.bars(png, "x", List.of("a"), new double[] {1}, new double[] {0.1});
        read(png);
        assertEquals(List.of("again.png"), filesIn(dir));
    }

    private void assertMessage(Executable call, String... parts) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
        }
        assertEquals(List.of(), filesIn(dir), "a rejected call must write nothing");
    }

    @Test
    void predictionArgumentErrors() throws IOException {
        Path png = dir.resolve("p.png");
        double[] three = {0, 1, 2};
        assertMessage(() -> Plots.prediction(png, "t", new double[0], new double[0], new double[0], 0),
                "time", "at least one");
        assertMessage(() -> Plots.prediction(png, "t", three, new double[] {1, 2}, three, 0),
                "truth", "as long as time (3)", "length 2");
        assertMessage(() -> Plots.prediction(png, "t", three, three, new double[] {1}, 0),
                "prediction", "length 1");
        assertMessage(() -> Plots.prediction(png, "t", three, three, three, 3),
                "firstTest", "[0, 2]", "got 3");
        assertMessage(() -> Plots.prediction(png, "t", three, three, three, -1), "firstTest", "got -1");
        assertMessage(() -> Plots.prediction(png, "t", three, new double[] {0, Double.NaN, 1}, three, 0),
                "truth[1]", "finite", "NaN");
        assertMessage(() -> Plots.prediction(png, "t", three, three, new double[] {0, Double.POSITIVE_INFINITY, 1}, 0),
                "prediction[1]", "Infinity");
        assertMessage(() -> Plots.prediction(png, "t", new double[] {0, 2, 1}, three, three, 0),
                "time", "non-decreasing", "time[2] = 1.0");
    }

    @Test
    void lossAndBarsArgumentErrors() throws IOException {
        Path png = dir.resolve("l.png");
        assertMessage(() -> Plots.loss(png, "t", new double[0], new double[0]), "trainLoss", "at least one");
        assertMessage(() -> Plots.loss(png, "t", new double[] {1, 2}, new double[] {1}),
                "testLoss", "empty or as long as trainLoss (2)", "length 1");
        assertMessage(() -> Plots.loss(png, "t", new double[] {Double.NaN}, new double[0]), "no finite value");

        assertMessage(() -> Plots.bars(png, "t", List.of(), new double[0], new double[0]), "labels", "empty");
        assertMessage(() -> Plots.bars(png, "t", List.of("a", "b"), new double[] {1}, new double[] {1, 1}),
                "means", "one value per label (2)", "length 1");
        assertMessage(() -> Plots.bars(png, "t", List.of("a", "b"), new double[] {1, 2}, new double[] {1}),
                "sds", "length 1");
        assertMessage(() -> Plots.bars(png, "t", List.of("a"), new double[] {Double.NaN}, new double[] {1}),
                "means[0]", "finite");
        assertMessage(() -> Plots.bars(png, "t", List.of("a"), new double[] {1}, new double[] {-0.5}),
                "sds[0]", ">= 0", "-0.5");
    }
}
