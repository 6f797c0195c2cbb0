package org.qrc4j.examples.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qrc4j.reservoir.experiment.Experiment;
import org.qrc4j.reservoir.experiment.ExperimentConfig;
import org.qrc4j.reservoir.experiment.ExperimentResult;

/**
 * Teaching example: quantum reservoirs against classical ones — and against two models so simple
 * that every reservoir must beat them to be worth its cost.
 *
 * <p>On one task, every model is run with the paper's setting (windows of 4, 67 % train, in time
 * order) over 3 seeds, with each of the two readouts:
 * <ul>
 * <li>quantum reservoirs: {@code qrnn}, {@code qlstm}, {@code qgru} (4 qubits, 2 layers, frozen angles);</li>
 * <li>classical reservoirs: {@code rnn}, {@code lstm}, {@code gru} (4 hidden units, frozen random
 *     weights) and {@code esn}, an echo state network of 100 units;</li>
 * <li>baselines: {@code persistence} (tomorrow equals today: the last value is the forecast, nothing
 *     is fitted, so it has no readout) and {@code linear-ar} (a linear readout on the 4 raw values of
 *     the window: linear autoregression, a reservoir that does nothing);</li>
 * <li>readouts: {@code ridge} (least squares with a penalty, solved exactly) and {@code rmsprop}
 *     (the paper's: gradient descent, 100 epochs).</li>
 * </ul>
 * The seed draws the reservoir's frozen parameters and the readout's starting point, so the spread
 * over seeds says how much a result is luck.
 *
 * <p>The default task, NARMA10, is a classic reservoir benchmark: its target depends on the last 10
 * inputs and outputs. Its values stay near 0.15–0.25 and are not rescaled, so its MSEs are small
 * numbers; compare them with each other, not with other tasks. Try {@code damped-shm} for a smooth
 * task where the ranking looks quite different.
 *
 * <p>Run: {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.QuantumVersusClassical [TASK]}
 * (TASK defaults to {@value #DEFAULT_TASK}; any built-in task name works, such as {@code damped-shm}).
 */
public final class QuantumVersusClassical {

    /** The task when none is given. */
    public static final String DEFAULT_TASK = "narma10";
    /** Seeds 1..SEEDS are run. */
    public static final int SEEDS = 3;
    /** Models compared, in the order they run. */
    public static final List<String> MODELS =
            List.of("qrnn", "qlstm", "qgru", "rnn", "lstm", "gru", "esn", "persistence", "linear-ar");
    /** Readouts of every model except persistence. */
    public static final List<String> READOUTS = List.of("ridge", "rmsprop");

    private QuantumVersusClassical() {
    }

    /**
     * One model with one readout, over the seeds.
     *
     * @param model    the model name
     * @param readout  the readout name, or {@code "-"} for persistence, which has none
     * @param testMse  test MSE of each seed, in seed order
     * @param trainMse train MSE of each seed, in seed order
     */
    public record Row(String model, String readout, double[] testMse, double[] trainMse) {

        /** Mean test MSE over the seeds. */
        public double meanTestMse() {
            return mean(testMse);
        }

        /** Sample standard deviation of the test MSE over the seeds (0 for a single seed). */
        public double sdTestMse() {
            return sd(testMse);
        }

        /** Mean train MSE over the seeds. */
        public double meanTrainMse() {
            return mean(trainMse);
        }

        /** Whether the model is one of the quantum cells. */
        public boolean quantum() {
            return ExperimentConfig.QUANTUM_MODELS.contains(model);
        }

        /** Whether the model is a reservoir (quantum or classical), not a baseline. */
        public boolean reservoir() {
            return !ExperimentConfig.BASELINES.contains(model);
        }

        /** {@code model/readout}, or the model alone for persistence. */
        public String label() {
            return readout.equals("-") ? model : model + "/" + readout;
        }
    }

    /** Runs every model/readout pair on {@code task} over seeds 1..{@code seeds}; rows sorted by mean test MSE, best first. */
    public static List<Row> compare(String task, int seeds) {
        List<Row> rows = new ArrayList<>();
        for (String model : MODELS) {
            // Persistence fits nothing, so a readout would change nothing: one row, not two.
            List<String> readouts = model.equals("persistence") ? List.of("-") : READOUTS;
            for (String readout : readouts) {
                double[] test = new double[seeds];
                double[] train = new double[seeds];
                for (int seed = 1; seed <= seeds; seed++) {
                    ExperimentConfig.Builder b = ExperimentConfig.builder().task(task).model(model).seed(seed);
                    if (!readout.equals("-")) {
                        b.readout(readout);
                    }
                    ExperimentResult r = Experiment.run(b.build());
                    test[seed - 1] = r.testMse();
                    train[seed - 1] = r.trainMse();
                }
                rows.add(new Row(model, readout, test, train));
            }
        }
        rows.sort(Comparator.comparingDouble(Row::meanTestMse));
        return rows;
    }

    /** Prints the table and its reading. */
    public static void main(String[] args) {
        String task = args.length > 0 ? args[0] : DEFAULT_TASK;
        System.out.printf("Task %s, windows of 4, 67%% train, seeds 1..%d: mean (sd) over seeds, best first%n%n", task,
                SEEDS);
        List<Row> rows = compare(task, SEEDS);
        System.out.println(table(rows));
        System.out.println(reading(rows));
    }

    /** The aligned table: rank, model/readout, kind, mean and sd of test MSE, mean train MSE. */
    public static String table(List<Row> rows) {
        StringBuilder text = new StringBuilder(String.format("%-4s %-20s %-10s %-12s %-12s %-12s%n", "rank",
                "model/readout", "kind", "test MSE", "(sd)", "train MSE"));
        int rank = 1;
        for (Row r : rows) {
            String kind = r.quantum() ? "quantum" : r.reservoir() ? "classical" : "baseline";
            text.append(String.format("%-4d %-20s %-10s %-12.3e %-12.1e %-12.3e%n", rank++, r.label(), kind,
                    r.meanTestMse(), r.sdTestMse(), r.meanTrainMse()));
        }
        return text.toString();
    }

    /**
     * A short reading in plain words, computed from the rows: the best reservoir against persistence
     * and against linear AR, and how many reservoirs beat each baseline.
     */
    public static String reading(List<Row> rows) {
        Row persistence = find(rows, "persistence");
        Row linearAr = find(rows, "linear-ar"); // the better of its two readouts: rows are sorted
        Row bestReservoir = rows.stream().filter(Row::reservoir).findFirst().orElseThrow();
        Row bestQuantum = rows.stream().filter(Row::quantum).findFirst().orElseThrow();
        Row bestClassical = rows.stream().filter(r -> r.reservoir() && !r.quantum()).findFirst().orElseThrow();
        long reservoirs = rows.stream().filter(Row::reservoir).count();
        long beatPersistence = rows.stream().filter(r -> r.reservoir() && r.meanTestMse() < persistence.meanTestMse()).count();
        long beatLinear = rows.stream().filter(r -> r.reservoir() && r.meanTestMse() < linearAr.meanTestMse()).count();

        StringBuilder text = new StringBuilder("What the reservoirs add over persistence and linear AR:\n");
        text.append(String.format("- Persistence (repeat the last value) scores %.3e; linear AR (best readout, %s) %.3e.%n",
                persistence.meanTestMse(), linearAr.readout(), linearAr.meanTestMse()));
        text.append(String.format("- The best reservoir, %s, scores %.3e: %s persistence and %s linear AR.%n",
                bestReservoir.label(), bestReservoir.meanTestMse(), ratio(bestReservoir, persistence),
                ratio(bestReservoir, linearAr)));
        text.append(String.format("- %d of %d reservoir/readout pairs beat persistence; %d of %d beat linear AR.%n",
                beatPersistence, reservoirs, beatLinear, reservoirs));
        text.append(String.format("- Best quantum: %s (%.3e); best classical: %s (%.3e).%n", bestQuantum.label(),
                bestQuantum.meanTestMse(), bestClassical.label(), bestClassical.meanTestMse()));
        if (beatLinear == 0) {
            text.append("- So on this task no reservoir adds anything a linear model of the last 4 values does not"
                    + " already capture.\n");
        } else {
            text.append("- Only the reservoirs above linear AR in the table add something a linear model of the last"
                    + " 4 values cannot do; the rest cost more for less.\n");
        }
        text.append("- Differences smaller than the sd column are within seed-to-seed luck.\n");
        return text.toString();
    }

    /** "3.2x lower than" or "1.5x higher than": how a row's mean test MSE compares with a baseline's. */
    private static String ratio(Row row, Row baseline) {
        double r = baseline.meanTestMse() / row.meanTestMse();
        double factor = r >= 1 ? r : 1 / r;
        // Ratios can be huge on smooth tasks (ESN on damped-shm); no one needs their decimals.
        String times = factor >= 100 ? String.format("%.0fx", factor) : String.format("%.1fx", factor);
        return times + (r >= 1 ? " lower than" : " higher than");
    }

    private static Row find(List<Row> rows, String model) {
        return rows.stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow();
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (x.length - 1));
    }
}
