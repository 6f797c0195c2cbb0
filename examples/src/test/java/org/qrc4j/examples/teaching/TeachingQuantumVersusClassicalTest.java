package org.qrc4j.examples.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qrc4j.reservoir.task.TaskSeries;
import org.qrc4j.reservoir.task.Tasks;
import org.qrc4j.reservoir.task.Windows;

class TeachingQuantumVersusClassicalTest {

    private static List<QuantumVersusClassical.Row> rows;

    @BeforeAll
    static void runOnce() {
        rows = QuantumVersusClassical.compare(QuantumVersusClassical.DEFAULT_TASK, 3);
    }

    @Test
    void oneRowPerModelAndReadoutWithFiniteErrors() {
        // 8 models with two readouts each, plus persistence without a readout.
        assertEquals(8 * 2 + 1, rows.size());
        Set<String> labels = new HashSet<>();
        for (QuantumVersusClassical.Row r : rows) {
            assertTrue(labels.add(r.label()), "duplicate row " + r.label());
            assertEquals(3, r.testMse().length);
            for (int s = 0; s < 3; s++) {
                assertTrue(Double.isFinite(r.testMse()[s]) && r.testMse()[s] >= 0, r.label() + " test MSE");
                assertTrue(Double.isFinite(r.trainMse()[s]) && r.trainMse()[s] >= 0, r.label() + " train MSE");
            }
        }
        for (String model : QuantumVersusClassical.MODELS) {
            if (model.equals("persistence")) {
                assertTrue(labels.contains("persistence"));
            } else {
                for (String readout : QuantumVersusClassical.READOUTS) {
                    assertTrue(labels.contains(model + "/" + readout), "missing " + model + "/" + readout);
                }
            }
        }
    }

    @Test
    void rowsAreSortedByMeanTestMse() {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).meanTestMse() <= rows.get(i).meanTestMse());
        }
    }

    @Test
    void persistenceMatchesPreviousValueForecastComputedFromTheSeries() {
        TaskSeries series = Tasks.byName(QuantumVersusClassical.DEFAULT_TASK);
        Windows windows = Windows.of(series); // the paper's split, as the example uses
        double[] y = series.targets();
        double sum = 0;
        int n = 0;
        for (int s = windows.trainCount(); s < windows.count(); s++) {
            int t = s + windows.window(); // sample s predicts y[s + window]
            double error = y[t] - y[t - 1];
            sum += error * error;
            n++;
        }
        double expected = sum / n;
        QuantumVersusClassical.Row persistence =
                rows.stream().filter(r -> r.model().equals("persistence")).findFirst().orElseThrow();
        for (double mse : persistence.testMse()) {
            assertEquals(expected, mse, 1e-15 + 1e-12 * expected);
        }
        assertTrue(expected > 0);
    }

    @Test
    void readingNamesBothBaselines() {
        String text = QuantumVersusClassical.reading(rows);
        assertTrue(text.contains("Persistence"));
        assertTrue(text.contains("linear AR"));
        String table = QuantumVersusClassical.table(rows);
        assertEquals(rows.size() + 1, table.split("\n").length);
    }
}
