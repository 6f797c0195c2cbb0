package org.qrc4j.benchmarks.training;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qrc4j.alrnn.AlrnnModel;
import org.qrc4j.alrnn.AlrnnOptions;
import org.qrc4j.alrnn.AlrnnRollout;
import org.qrc4j.dynamics.Systems;
import org.qrc4j.tensor.Tensor;
import org.qrc4j.tensor.optim.RAdam;

/**
 * How long does one AL-RNN training step take in the authors' Lorenz-63 configuration, and so how
 * many epochs per second, and how long for 2000 epochs?
 *
 * <p>The configuration is {@link AlrnnOptions#lorenz63()}: M = 20 latent units, P = 2 ReLUs,
 * N = 3 observations, batches of S = 16 sequences of T̃ + 1 = 201 points, sparse teacher forcing
 * every τ = 16 steps, Gaussian noise 0.05 on the points the forcing reads (the first and every
 * 16th), RAdam at η = 1e-3. One batch is drawn once per trial, as {@code AlrnnTrainer} draws its
 * batches (seeded random windows of {@code Systems.lorenz63(100_000).data()}, the z-scored
 * recording), and every invocation trains on it again. Model (the authors' initialisation, seed 1)
 * and optimiser are made afresh before every iteration, so all iterations time the same
 * trajectory of parameters.
 *
 * <p>Four methods, so the step can be split:
 *
 * <ul>
 *   <li>{@code step}: one whole training step as the trainer does it: zero the gradients,
 *       {@link AlrnnRollout#loss(AlrnnModel, double[][][], double[][][], int, double, int,
 *       AlrnnRollout.Workspace) AlrnnRollout.loss} with a reused workspace, {@code backward()},
 *       {@link RAdam#step()};</li>
 *   <li>{@code forwardBackward}: the same without the optimiser step (the parameters do not
 *       change);</li>
 *   <li>{@code forward}: the loss alone;</li>
 *   <li>{@code optimizer}: {@link RAdam#step()} alone, on the gradients of one backward pass made
 *       before the iteration (they stay fixed; the parameters move).</li>
 * </ul>
 *
 * <p>{@code threads} is the thread count passed to the rollout (1 or 2; the rollout splits a batch
 * into at most 2 fixed chunks of sequences, so more would not help). The score is the average time
 * per invocation in ms; {@code TrainingTable} turns the {@code step} time into epochs per second
 * (50 steps per epoch, {@code AlrnnOptions.lorenz63().batchesPerEpoch()}) and the projected time of
 * 2000 epochs. That projection leaves out what an epoch does besides its 50 steps (drawing the
 * batches, and D_stsp of a 100 000-step free run every 25 epochs): an end-to-end run of the
 * trainer is the confirmation. With the defaults the class takes about a minute.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Thread)
public class AlrnnStepBenchmark {

    /** Seed of the batch positions, the noise and the model. */
    static final long SEED = 1L;

    /** Threads the rollout's forward and backward passes use. */
    @Param({"1", "2"})
    public int threads;

    private final AlrnnOptions options = AlrnnOptions.lorenz63();
    private double[][][] targets;
    private double[][][] forcing;
    private AlrnnModel model;
    private RAdam optimizer;
    private AlrnnRollout.Workspace workspace;

    /** Draws the batch once, as the trainer draws one. */
    @Setup(Level.Trial)
    public void drawBatch() {
        double[][] data = Systems.lorenz63(100_000).data();
        int n = data[0].length;
        int s = options.batchSize();
        int len = options.sequenceLength() + 1;
        int tau = options.forcingInterval();
        Random positions = new Random(SEED);
        Random noise = new Random(SEED + 1);
        targets = new double[s][len][];
        forcing = new double[s][len][n];
        for (int q = 0; q < s; q++) {
            int first = positions.nextInt(data.length - len + 1);
            for (int t = 0; t < len; t++) {
                targets[q][t] = data[first + t];
                if (t == 0 || t % tau == 0) {
                    for (int i = 0; i < n; i++) {
                        forcing[q][t][i] = data[first + t][i] + options.noise() * noise.nextGaussian();
                    }
                }
            }
        }
        workspace = new AlrnnRollout.Workspace(s, len, options.latent(), n);
    }

    /**
     * A fresh model and optimiser before every iteration, with the gradients of one backward pass
     * in place (for {@link #optimizer()}; the other methods zero them or do not read them).
     */
    @Setup(Level.Iteration)
    public void freshModel() {
        model = AlrnnModel.initialize(targets[0][0].length, options.latent(), options.relus(), SEED);
        optimizer = new RAdam(model.parameters(), options.learningRateStart());
        loss().backward();
    }

    private Tensor loss() {
        return AlrnnRollout.loss(model, targets, forcing, options.forcingInterval(), options.gtfAlpha(), threads,
                workspace);
    }

    /** One training step: zero the gradients, loss, backward, RAdam step. */
    @Benchmark
    public double step() {
        model.parameters().zeroGrad();
        Tensor loss = loss();
        loss.backward();
        optimizer.step();
        return loss.item();
    }

    /** The step without the optimiser: zero the gradients, loss, backward. */
    @Benchmark
    public double forwardBackward() {
        model.parameters().zeroGrad();
        Tensor loss = loss();
        loss.backward();
        return loss.item();
    }

    /** The loss alone. */
    @Benchmark
    public double forward() {
        return loss().item();
    }

    /** The RAdam step alone, on fixed gradients. */
    @Benchmark
    public double[] optimizer() {
        optimizer.step();
        return model.parameters().get("W").data();
    }
}
