package org.qrc4j.alrnn;

/**
 * Settings of AL-RNN training, with the defaults the authors use for Lorenz-63: M = 20 latent
 * units, P = 2 ReLUs, sequences of T̃ = 200, sparse teacher forcing every τ = 16 steps, batches of
 * S = 16, 50 batches per epoch, Gaussian noise 0.05 on the teacher signal, RAdam with the learning
 * rate decaying exponentially from 1e-3 to 1e-5 over 2000 epochs, D_stsp every 25 epochs.
 *
 * @param latent          M
 * @param relus           P, the number of ReLU units (the last P)
 * @param sequenceLength  T̃, steps per training sequence
 * @param forcingInterval τ, steps between sparse teacher forcings
 * @param batchSize       S, sequences per batch
 * @param batchesPerEpoch batches per epoch
 * @param noise           standard deviation of Gaussian noise on the forcing signal (0 for none)
 * @param learningRateStart η at the first epoch
 * @param learningRateEnd   η at the last epoch
 * @param epochs          epochs
 * @param evaluateEvery   D_stsp every this many epochs; the best checkpoint is kept
 * @param gtfAlpha        generalised teacher forcing α in (0, 1] every step instead of sparse forcing; 0 for off
 * @param threads         threads a batch is split over (results do not depend on it)
 * @param seed            the seed of the initialisation, the batches and the noise
 */
public record AlrnnOptions(int latent, int relus, int sequenceLength, int forcingInterval, int batchSize,
                           int batchesPerEpoch, double noise, double learningRateStart, double learningRateEnd,
                           int epochs, int evaluateEvery, double gtfAlpha, int threads, long seed) {

    /** Checks every value and names the one that is not allowed. */
    public AlrnnOptions {
        require(latent >= 1 && latent <= 1000, "latent", latent, "between 1 and 1000");
        require(relus >= 0 && relus <= latent && relus <= 16, "relus", relus, "between 0 and min(latent, 16)");
        require(sequenceLength >= 1, "sequence length", sequenceLength, ">= 1");
        require(forcingInterval >= 1, "forcing interval", forcingInterval, ">= 1");
        require(batchSize >= 1, "batch size", batchSize, ">= 1");
        require(batchesPerEpoch >= 1, "batches per epoch", batchesPerEpoch, ">= 1");
        require(noise >= 0 && Double.isFinite(noise), "noise", noise, ">= 0");
        require(learningRateStart > 0 && Double.isFinite(learningRateStart), "learning rate start", learningRateStart, "> 0");
        require(learningRateEnd > 0 && Double.isFinite(learningRateEnd), "learning rate end", learningRateEnd, "> 0");
        require(epochs >= 1, "epochs", epochs, ">= 1");
        require(evaluateEvery >= 1, "evaluate every", evaluateEvery, ">= 1");
        require(gtfAlpha >= 0 && gtfAlpha <= 1, "gtf alpha", gtfAlpha, "in [0, 1]");
        require(threads >= 1, "threads", threads, ">= 1");
    }

    private static void require(boolean ok, String name, Object value, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException(name + " must be " + allowed + ", got " + value);
        }
    }

    /** The authors' Lorenz-63 defaults. */
    public static AlrnnOptions lorenz63() {
        return new AlrnnOptions(20, 2, 200, 16, 16, 50, 0.05, 1e-3, 1e-5, 2000, 25, 0,
                Runtime.getRuntime().availableProcessors(), 1L);
    }

    /** The authors' Rössler defaults: P = 1, T̃ = 300, τ = 8, η from 5e-3. */
    public static AlrnnOptions rossler() {
        return lorenz63().withRelus(1).withSequenceLength(300).withForcingInterval(8).withLearningRates(5e-3, 1e-5);
    }

    /** With M latent units. */
    public AlrnnOptions withLatent(int value) {
        return new AlrnnOptions(value, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With P ReLU units. */
    public AlrnnOptions withRelus(int value) {
        return new AlrnnOptions(latent, value, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With sequences of T̃ steps. */
    public AlrnnOptions withSequenceLength(int value) {
        return new AlrnnOptions(latent, relus, value, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With forcing every τ steps. */
    public AlrnnOptions withForcingInterval(int value) {
        return new AlrnnOptions(latent, relus, sequenceLength, value, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With S sequences per batch and the given batches per epoch. */
    public AlrnnOptions withBatches(int size, int perEpoch) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, size, perEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With noise of this standard deviation on the forcing signal. */
    public AlrnnOptions withNoise(double value) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, value,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With η decaying from {@code start} to {@code end}. */
    public AlrnnOptions withLearningRates(double start, double end) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                start, end, epochs, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With E epochs. */
    public AlrnnOptions withEpochs(int value) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, value, evaluateEvery, gtfAlpha, threads, seed);
    }

    /** With D_stsp every K epochs. */
    public AlrnnOptions withEvaluateEvery(int value) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, value, gtfAlpha, threads, seed);
    }

    /** With generalised teacher forcing α (0: sparse forcing every τ steps). */
    public AlrnnOptions withGtfAlpha(double value) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, value, threads, seed);
    }

    /** With this many threads. */
    public AlrnnOptions withThreads(int value) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, value, seed);
    }

    /** With this seed. */
    public AlrnnOptions withSeed(long value) {
        return new AlrnnOptions(latent, relus, sequenceLength, forcingInterval, batchSize, batchesPerEpoch, noise,
                learningRateStart, learningRateEnd, epochs, evaluateEvery, gtfAlpha, threads, value);
    }
}
