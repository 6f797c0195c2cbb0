package org.qrc4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The measures on real attractors: two Lorenz trajectories are alike, Lorenz and Rössler are not. */
class MeasuresOnSystemsTest {

    @Test
    void lorenzAgainstLorenzAndRossler() {
        double[][] lorenz = Systems.lorenz63(20_000).data();
        double[][] other = Systems.generate(Systems.lorenz63Field(), new double[] {-5, 3, 20}, 0.01,
                Systems.DEFAULT_TRANSIENT, 20_000).data();
        double[][] rossler = Systems.rossler(20_000).data();
        double stspSame = StateSpaceDivergence.compute(lorenz, other);
        double stspDiff = StateSpaceDivergence.compute(lorenz, rossler);
        double hSame = PowerSpectrumDistance.compute(lorenz, other);
        double hDiff = PowerSpectrumDistance.compute(lorenz, rossler);
        // Measured: 0.31, 14.2, 0.027, 0.61.
        assertTrue(stspSame < 1 && stspDiff > 5, stspSame + " vs " + stspDiff);
        assertTrue(hSame < 0.1 && hDiff > 0.4, hSame + " vs " + hDiff);
    }
}
