package org.qrc4j.tensor.optim;

/**
 * A learning rate per epoch (epochs count from 0). Use it as
 * {@code optimizer.setLearningRate(schedule.rate(epoch))} at the start of each epoch.
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** The learning rate for {@code epoch} (0-based). */
    double rate(int epoch);

    /** The same rate every epoch. */
    static LearningRateSchedule constant(double rate) {
        return epoch -> rate;
    }

    /**
     * Exponential decay from {@code start} at epoch 0 to {@code end} at epoch {@code epochs - 1}:
     * {@code start * (end / start)^(epoch / (epochs - 1))}, so the first and last epochs of a run
     * of {@code epochs} use exactly {@code start} and {@code end}; {@code end} after that.
     */
    static LearningRateSchedule exponential(double start, double end, int epochs) {
        if (!(start > 0) || !(end > 0) || epochs < 1) {
            throw new IllegalArgumentException("need start > 0, end > 0, epochs >= 1");
        }
        return epoch -> {
            if (epoch <= 0) {
                return start;
            }
            if (epoch >= epochs - 1) {
                return epochs == 1 ? start : end;
            }
            return start * Math.pow(end / start, (double) epoch / (epochs - 1));
        };
    }

    /**
     * Linear warm-up then cosine decay. For {@code epoch < warmup}:
     * {@code peak * (epoch + 1) / warmup} (so the first epoch already learns). Then, with
     * {@code T = epochs - warmup} and {@code s = epoch - warmup}:
     * {@code min + (peak - min) * (1 + cos(pi * s / T)) / 2}, which is {@code peak} right after the
     * warm-up and reaches {@code min} at epoch {@code epochs}; {@code min} from then on.
     */
    static LearningRateSchedule cosineWithWarmup(double peak, double min, int warmup, int epochs) {
        if (warmup < 0 || epochs <= warmup || !(peak >= min) || !(min >= 0)) {
            throw new IllegalArgumentException("need 0 <= warmup < epochs and peak >= min >= 0");
        }
        return epoch -> {
            if (epoch < warmup) {
                return peak * (epoch + 1) / warmup;
            }
            if (epoch >= epochs) {
                return min;
            }
            double s = epoch - warmup;
            return min + (peak - min) * (1 + Math.cos(Math.PI * s / (epochs - warmup))) / 2;
        };
    }
}
