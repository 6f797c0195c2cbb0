package org.qrc4j.reservoir.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qrc4j.reservoir.task.TaskSeries;
import org.qrc4j.reservoir.task.Tasks;

class ExperimentTest {

    @TempDir
    Path dir;

    @Test
    void persistencePredictsThePreviousValue() {
        ExperimentResult r = Experiment.run(ExperimentConfig.builder().task("damped-shm").model("persistence").build());
        TaskSeries s = Tasks.byName("damped-shm");
        double[] x = s.targets();
        // Windows of 4 predict x[s+4] by x[s+3]; 235 windows, the first 157 train.
        double sum = 0;
        for (int w = 157; w < 235; w++) {
            double e = x[w + 4] - x[w + 3];
            sum += e * e;
        }
        assertEquals(sum / 78, r.testMse(), 1e-15);
        assertEquals(157, r.trainCount());
        assertEquals(78, r.testCount());
        assertEquals(157 + 4, r.firstTest());
    }

    @Test
    void linearAutoregressionIsExactOnASine() {
        // sin(πt) sampled evenly obeys x[k+1] = 2cos(πΔ)·x[k] − x[k−1]: linear in the window, so
        // ridge on the window must predict it to rounding error (the scaling is affine, and the
        // readout's bias absorbs the offset).
        ExperimentResult r = Experiment.run(ExperimentConfig.builder().task("sine").model("linear-ar")
                .readout("ridge").build());
        assertTrue(r.testMse() < 1e-12, r.summary());
    }

    @Test
    void sameSeedSameNumbersOnOneAndTwoThreads() {
        for (String model : new String[] {"qlstm", "esn", "gru"}) {
            ExperimentConfig one = ExperimentConfig.builder().task("bessel-j2").model(model).seed(9).threads(1).build();
            ExperimentResult a = Experiment.run(one);
            ExperimentResult b = Experiment.run(one.toBuilder().threads(2).build());
            assertArrayEquals(a.prediction(), b.prediction(), 0.0, model);
            assertArrayEquals(a.history().trainLoss(), b.history().trainLoss(), 0.0, model);
            ExperimentResult c = Experiment.run(one.toBuilder().seed(10).build());
            assertTrue(a.testMse() != c.testMse(), model + ": another seed should give another model");
        }
    }

    @Test
    void savedModelsPredictTheSameToTheLastBit() throws IOException {
        for (String model : ExperimentConfig.models()) {
            ExperimentConfig config = ExperimentConfig.builder().task("narma5").model(model)
                    .readout(model.equals("esn") ? "ridge" : "rmsprop").seed(3).build();
            ExperimentResult trained = Experiment.run(config);
            Path file = dir.resolve(model + ".json");
            ModelFile.save(file, trained);
            ModelFile.Loaded loaded = ModelFile.load(file);
            ExperimentResult again = Experiment.run(loaded.config(), loaded.cell(), loaded.readout(), false);
            assertArrayEquals(trained.prediction(), again.prediction(), 0.0, model);
            assertEquals(trained.testMse(), again.testMse(), 0.0, model);
        }
    }

    @Test
    void streamModeUsesEveryStepAfterTheWashout() {
        ExperimentResult r = Experiment.run(ExperimentConfig.builder().task("narma10").model("esn").mode(Mode.STREAM)
                .washout(50).readout("ridge").build());
        // 300 steps: rows 50..298 predict the next value: 249 samples, (int)(0.67·249) = 166 train.
        assertEquals(249, r.samples());
        assertEquals(166, r.trainCount());
        assertEquals(50 + 166 + 1, r.firstTest());
    }

    @Test
    void badModelFilesAreRefusedClearly() throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"format\": \"other\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains("is not a qrc4j model"), e.getMessage());
        Path broken = Files.writeString(dir.resolve("y.json"), "{ not json");
        e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(broken));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ExperimentConfig.builder().model("transformer"));
        assertTrue(e.getMessage().startsWith("model must be one of [qrnn, qlstm, qgru, rnn, lstm, gru, esn, persistence, linear-ar]"),
                e.getMessage());
    }
}
