package org.qrc4j.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qrc4j.dynamics.Systems;

class AlrnnTrainerTest {

    private static final double[][] DATA = Systems.lorenz63(2000).data();

    private static AlrnnOptions small() {
        return AlrnnOptions.lorenz63().withLatent(6).withBatches(4, 3).withSequenceLength(30).withForcingInterval(8)
                .withThreads(1).withSeed(3);
    }

    @Test
    void divergenceBeforeAnyCheckpointIsAnError() {
        // A learning rate of 1e6 throws the parameters out of range within the first epoch.
        AlrnnOptions o = small().withEpochs(5).withLearningRates(1e6, 1e6).withEvaluateEvery(5);
        DivergenceException e = assertThrows(DivergenceException.class, () -> AlrnnTrainer.train(DATA, o, null));
        assertTrue(e.getMessage().contains("training diverged") && e.getMessage().contains("epoch 1 of 5"), e.getMessage());
    }

    @Test
    void divergenceAfterACheckpointStopsAndKeepsIt() {
        // The rate grows from 1e-3 to 1e10 over 4 epochs (about 56 at the second): the first epoch trains,
        // a later one blows up. D_stsp every epoch.
        AlrnnOptions o = small().withEpochs(4).withLearningRates(1e-3, 1e10).withEvaluateEvery(1);
        int[] lastEpochSeen = {0};
        AlrnnTrainer.Result r = AlrnnTrainer.train(DATA, o, (epoch, loss, dstsp) -> lastEpochSeen[0] = epoch);
        assertTrue(r.divergedAtEpoch() > 1 && r.divergedAtEpoch() <= 4, "diverged at " + r.divergedAtEpoch());
        assertEquals(r.divergedAtEpoch(), r.loss().length);
        assertFalse(Double.isFinite(r.loss()[r.loss().length - 1]));
        for (int i = 0; i < r.loss().length - 1; i++) {
            assertTrue(Double.isFinite(r.loss()[i]), "epoch " + (i + 1));
        }
        assertTrue(r.bestEpoch() < r.divergedAtEpoch());
        assertTrue(Double.isFinite(r.bestDstsp()));
        assertEquals(r.bestEpoch(), r.evalEpochs()[argMin(r.dstsp())]);
        // No epoch after the diverged one was run or reported.
        assertEquals(r.divergedAtEpoch() - 1, lastEpochSeen[0]);
        for (double v : r.best().parameters().get("W").data()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void aRunThatEndsNormallyReportsNoDivergence() {
        AlrnnTrainer.Result r = AlrnnTrainer.train(DATA, small().withEpochs(4).withEvaluateEvery(2), null);
        assertEquals(0, r.divergedAtEpoch());
        assertEquals(4, r.loss().length);
    }

    private static int argMin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }
}
