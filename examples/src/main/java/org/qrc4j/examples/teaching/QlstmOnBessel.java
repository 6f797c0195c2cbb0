package org.qrc4j.examples.teaching;

import java.io.IOException;
import java.nio.file.Path;
import org.qrc4j.reservoir.experiment.Experiment;
import org.qrc4j.reservoir.experiment.ExperimentConfig;
import org.qrc4j.reservoir.experiment.ExperimentResult;
import org.qrc4j.reservoir.readout.FitHistory;
import org.qrc4j.reservoir.readout.ReadoutOptions;
import org.qrc4j.reservoir.report.Plots;

/**
 * Teaching example: the paper's QLSTM reservoir (QLSTM-RC) learns to continue the Bessel function
 * J2(x), and two pictures show how well.
 *
 * <p>What happens, in order:
 * <ol>
 * <li>the task: J2(x) at 256 points on x ∈ [2, 100], scaled to [−1, 1]. Each sample is a window of 4
 *     consecutive values, and its target is the next value: 251 samples, the first 168 (67 %, in time
 *     order) train and the last 83 test — the model never sees the future while it learns;</li>
 * <li>the reservoir: a QLSTM cell made of six 4-qubit circuits whose angles are drawn once from the
 *     seed and then frozen. It reads the 4 values of a window one by one and hands 4 numbers (its
 *     output y) to the readout;</li>
 * <li>the readout: one linear layer, the only thing trained, fitted with RMSprop for 100 epochs.</li>
 * </ol>
 * All of this is one call, {@link Experiment#run(ExperimentConfig)}; the rest of the class prints
 * and draws what it returns.
 *
 * <p>Run: {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.QlstmOnBessel [DIR]}
 * (the two PNGs go to DIR, default the current directory).
 */
public final class QlstmOnBessel {

    /** The prediction plot's file name. */
    public static final String PREDICTION_PNG = "qlstm-bessel.png";
    /** The loss plot's file name. */
    public static final String LOSS_PNG = "qlstm-bessel-loss.png";

    private QlstmOnBessel() {
    }

    /** The paper's setting, spelled out even where it is the default, so a reader sees every choice. */
    public static ExperimentConfig config() {
        return ExperimentConfig.builder()
                .task("bessel-j2")
                .model("qlstm")
                .qubits(4)
                .layers(2)
                .window(4)
                .trainFraction(0.67)
                .readout("rmsprop")
                .readoutOptions(ReadoutOptions.defaults().withEpochs(100))
                .seed(1)
                .build();
    }

    /** Runs QLSTM-RC on bessel-j2 and writes {@value #PREDICTION_PNG} and {@value #LOSS_PNG} into {@code dir}. */
    public static ExperimentResult run(Path dir) throws IOException {
        ExperimentResult result = Experiment.run(config());
        // Values are in the task's scaled units ([-1, 1]); the dashed line marks where testing starts.
        Plots.prediction(dir.resolve(PREDICTION_PNG),
                String.format("QLSTM-RC on Bessel J2 (test MSE %.2e)", result.testMse()),
                result.time(), result.truth(), result.prediction(), result.firstTest());
        FitHistory history = result.history();
        Plots.loss(dir.resolve(LOSS_PNG), "QLSTM-RC on Bessel J2: readout loss per epoch", history.trainLoss(),
                history.testLoss());
        return result;
    }

    /** Prints the split, the loss at a few epochs and the final errors; writes the two plots. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        ExperimentResult result = run(dir);
        System.out.println("QLSTM-RC on bessel-j2 (4 qubits, 2 layers, window 4, RMSprop 100 epochs, seed 1)");
        System.out.printf("samples: %d train, %d test (time order: the test part is the future)%n",
                result.trainCount(), result.testCount());

        FitHistory history = result.history();
        double[] train = history.trainLoss();
        double[] test = history.testLoss();
        System.out.println();
        System.out.println("epoch   train MSE    test MSE");
        // Epoch 0 is the readout's random start, before any training.
        System.out.printf("%5d   %.3e    %.3e%n", 0, history.initialTrainLoss(), history.initialTestLoss());
        for (int epoch : new int[] {1, 5, 10, 25, 50, 100}) {
            if (epoch <= train.length) {
                System.out.printf("%5d   %.3e    %.3e%n", epoch, train[epoch - 1], test[epoch - 1]);
            }
        }
        System.out.println();
        System.out.printf("final: train MSE %.3e, test MSE %.3e, test NRMSE %.3f%n", result.trainMse(),
                result.testMse(), result.testNrmse());
        System.out.println("(NRMSE = test RMSE / standard deviation of the test targets: 0 is perfect,"
                + " 1 is no better than always guessing the mean)");
        System.out.printf("train loss got within 10%% of its final value at epoch %d%n",
                history.epochsToWithin10Percent());
        // Two things worth pointing out to a class, both visible in the plots:
        System.out.println("test MSE is below train MSE because J2 decays: the later, test part swings less.");
        System.out.println("the orange prediction trails the blue truth by about one step; QuantumVersusClassical");
        System.out.println("compares such models with simply repeating the last value (persistence).");
        System.out.println();
        System.out.println("wrote " + dir.resolve(PREDICTION_PNG) + " and " + dir.resolve(LOSS_PNG));
    }
}
