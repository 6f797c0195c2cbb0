package org.qrc4j.alrnn;

import java.util.Random;
import java.util.SplittableRandom;
import org.qrc4j.dynamics.StateSpaceDivergence;
import org.qrc4j.tensor.Tensor;
import org.qrc4j.tensor.optim.LearningRateSchedule;
import org.qrc4j.tensor.optim.RAdam;

/**
 * Trains an AL-RNN on a recording by backpropagation through time with sparse (or generalised)
 * teacher forcing, as the authors do: each epoch draws {@code batchesPerEpoch} batches of S windows
 * of T̃ + 1 points at seeded random positions; Gaussian noise is added to the forcing signal; RAdam
 * with the learning rate decaying exponentially over the epochs; every K epochs D_stsp of a free run
 * against the data decides which checkpoint is kept.
 *
 * <p>If an epoch's loss is NaN or infinite the training stops there, as the authors' code does (the
 * parameters are then no longer numbers and every later epoch would be wasted): the kept checkpoint is
 * returned if it has a finite D_stsp, and {@link DivergenceException} is thrown otherwise.
 */
public final class AlrnnTrainer {

    /** Longest free run used to measure D_stsp during training. */
    static final int EVALUATION_LENGTH = 100_000;

    private AlrnnTrainer() {
    }

    /** Told after every epoch. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param epoch the epoch just finished, from 1
         * @param loss  its mean training loss
         * @param dstsp the latest D_stsp measured (NaN before the first)
         */
        void epochDone(int epoch, double loss, double dstsp);
    }

    /**
     * The outcome: the checkpoint with the lowest D_stsp, and the history.
     *
     * @param best       the kept model
     * @param bestEpoch  the epoch it was measured at
     * @param bestDstsp  its D_stsp
     * @param loss       mean training loss per epoch
     * @param evalEpochs the epochs D_stsp was measured at
     * @param dstsp      D_stsp at those epochs
     * @param seconds    wall time
     * @param divergedAtEpoch the epoch whose loss was not finite, where training stopped; 0 if it ran to
     *                   the end ({@code loss} then holds only the epochs run)
     */
    public record Result(AlrnnModel best, int bestEpoch, double bestDstsp, double[] loss, int[] evalEpochs,
                         double[] dstsp, double seconds, int divergedAtEpoch) {
    }

    /**
     * Trains a fresh model on {@code data} (rows are time points, columns observations; z-score it
     * first).
     *
     * @throws DivergenceException if the loss stops being finite before a checkpoint with a finite
     *         D_stsp was kept
     */
    public static Result train(double[][] data, AlrnnOptions o, Listener listener) {
        if (data.length < o.sequenceLength() + 2) {
            throw new IllegalArgumentException("data must have more than sequence length + 1 = "
                    + (o.sequenceLength() + 1) + " points, got " + data.length);
        }
        int n = data[0].length;
        if (n > o.latent()) {
            throw new IllegalArgumentException("latent must be >= the number of observations " + n + ", got " + o.latent());
        }
        long start = System.nanoTime();
        SplittableRandom seeds = new SplittableRandom(o.seed());
        AlrnnModel model = AlrnnModel.initialize(n, o.latent(), o.relus(), seeds.nextLong());
        Random batches = new Random(seeds.nextLong());
        Random noise = new Random(seeds.nextLong());
        RAdam optimizer = new RAdam(model.parameters(), o.learningRateStart());
        LearningRateSchedule schedule = LearningRateSchedule.exponential(o.learningRateStart(), o.learningRateEnd(),
                o.epochs());
        int evaluations = (o.epochs() + o.evaluateEvery() - 1) / o.evaluateEvery();
        int[] evalEpochs = new int[evaluations];
        double[] dstsp = new double[evaluations];
        double[] losses = new double[o.epochs()];
        AlrnnModel best = model.copy();
        double bestDstsp = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int evaluated = 0;
        double latest = Double.NaN;
        int s = o.batchSize(), len = o.sequenceLength() + 1;
        double[][][] targets = new double[s][len][];
        double[][][] forcing = new double[s][len][n];
        AlrnnRollout.Workspace workspace = new AlrnnRollout.Workspace(s, len, o.latent(), n);
        int divergedAt = 0;
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            optimizer.setLearningRate(schedule.rate(epoch));
            double sum = 0;
            for (int b = 0; b < o.batchesPerEpoch(); b++) {
                for (int q = 0; q < s; q++) {
                    int first = batches.nextInt(data.length - len + 1);
                    for (int t = 0; t < len; t++) {
                        targets[q][t] = data[first + t];
                        // Noise only where the forcing signal is read: the start, and every τ-th step
                        // (every step with generalised forcing).
                        boolean read = t == 0 || o.gtfAlpha() > 0 || t % o.forcingInterval() == 0;
                        if (read) {
                            for (int i = 0; i < n; i++) {
                                forcing[q][t][i] = data[first + t][i] + (o.noise() > 0 ? o.noise() * noise.nextGaussian() : 0.0);
                            }
                        }
                    }
                }
                model.parameters().zeroGrad();
                Tensor loss = AlrnnRollout.loss(model, targets, forcing, o.forcingInterval(), o.gtfAlpha(), o.threads(),
                        workspace);
                loss.backward();
                optimizer.step();
                sum += loss.item();
            }
            losses[epoch] = sum / o.batchesPerEpoch();
            if (!Double.isFinite(losses[epoch])) {
                if (!Double.isFinite(bestDstsp)) {
                    throw new DivergenceException("training diverged: the loss became " + losses[epoch] + " at epoch "
                            + (epoch + 1) + " of " + o.epochs() + ", before any checkpoint with a finite D_stsp"
                            + " (learning rate " + schedule.rate(epoch) + "; a smaller start rate may help)");
                }
                divergedAt = epoch + 1;
                break;
            }
            if ((epoch + 1) % o.evaluateEvery() == 0 || epoch == o.epochs() - 1) {
                latest = dstsp(model, data);
                evalEpochs[evaluated] = epoch + 1;
                dstsp[evaluated++] = latest;
                // NaN (a run that left the data's box entirely) never wins.
                if (latest < bestDstsp || bestEpoch == 0) {
                    bestDstsp = Double.isNaN(latest) ? Double.POSITIVE_INFINITY : latest;
                    bestEpoch = epoch + 1;
                    best = model.copy();
                }
            }
            if (listener != null) {
                listener.epochDone(epoch + 1, losses[epoch], latest);
            }
        }
        return new Result(best, bestEpoch, bestDstsp, java.util.Arrays.copyOf(losses, divergedAt > 0 ? divergedAt : o.epochs()),
                java.util.Arrays.copyOf(evalEpochs, evaluated), java.util.Arrays.copyOf(dstsp, evaluated),
                (System.nanoTime() - start) / 1e9, divergedAt);
    }

    /**
     * D_stsp of a free run from the first data point, after its transient, as long as the data (at
     * most 100 000 steps): the same run {@link AlrnnEvaluation} measures.
     */
    public static double dstsp(AlrnnModel model, double[][] data) {
        int length = Math.min(data.length, EVALUATION_LENGTH);
        double[][] generated = AlrnnEvaluation.freeRunObservations(model, data[0], length);
        double[][] truth = data.length == length ? data : java.util.Arrays.copyOf(data, length);
        return StateSpaceDivergence.compute(truth, generated);
    }
}
