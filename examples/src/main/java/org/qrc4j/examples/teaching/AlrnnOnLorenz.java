package org.qrc4j.examples.teaching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.qrc4j.alrnn.AlrnnEvaluation;
import org.qrc4j.alrnn.AlrnnOptions;
import org.qrc4j.alrnn.AlrnnTrainer;
import org.qrc4j.alrnn.SymbolicDynamics;
import org.qrc4j.dynamics.Systems;
import org.qrc4j.dynamics.Trajectory;
import org.qrc4j.examples.cli.AlrnnPlots;

/**
 * Teaching example: an almost-linear RNN (Brenner et al., NeurIPS 2024) learns the Lorenz-63
 * attractor end to end, then is read as a symbolic system.
 *
 * <p>The AL-RNN is linear except for P = 2 ReLU units, so state space splits into 2^P = 4 regions
 * (which ReLUs are on), each with its own affine map. Reading a trained model therefore means: which
 * regions its free run visits and how it moves between them (the symbolic code), and where each
 * region's affine map has its fixed point — real if it lies inside its own region, virtual if not —
 * and whether it is stable. The Lorenz butterfly needs two lobes and a saddle between them: the
 * paper finds three regions suffice.
 *
 * <p>Run: {@code java -cp examples/target/qrc4j.jar org.qrc4j.examples.teaching.AlrnnOnLorenz [EPOCHS] [SEED] [DIR]}
 * (defaults 2000 epochs, about 1.5 minutes on 2 cores; seed 1; the current directory for the PNGs).
 */
public final class AlrnnOnLorenz {

    private AlrnnOnLorenz() {
    }

    /** Trains on {@code points} z-scored Lorenz-63 points with the given options, then measures the best checkpoint. */
    public static AlrnnEvaluation run(AlrnnOptions options, int points, Path dir, boolean print) throws IOException {
        Trajectory lorenz = Systems.lorenz63(points);
        int tenth = Math.max(1, options.epochs() / 10);
        AlrnnTrainer.Result result = AlrnnTrainer.train(lorenz.data(), options, (epoch, loss, dstsp) -> {
            if (print && epoch % tenth == 0) {
                System.out.printf(Locale.ROOT, "epoch %5d  loss %.5f  D_stsp %.3f%n", epoch, loss, dstsp);
            }
        });
        AlrnnEvaluation e = AlrnnEvaluation.of(result.best(), lorenz.data(), Systems.LORENZ63_DT);
        int p = options.relus();
        if (print) {
            System.out.printf(Locale.ROOT, "%nbest checkpoint: epoch %d of %d (%.1f s of training)%n", result.bestEpoch(),
                    options.epochs(), result.seconds());
            System.out.printf(Locale.ROOT, "D_stsp %.3f, D_H %.3f, 20-step prediction error %.4f%n", e.dStsp(), e.dH(), e.pe20());
            System.out.printf(Locale.ROOT, "largest Lyapunov exponent %.3f +- %.3f per time unit (Lorenz-63: 0.906)%n",
                    e.lyapunovMaxPerTime(), e.lyapunovMaxStandardError());
            System.out.println("\nThe symbolic code: regions (ReLU units on = 1) and how often the free run is in each");
            for (int r = 0; r < e.regionVisits().length; r++) {
                System.out.printf(Locale.ROOT, "  region %s  %6.2f%%%n", AlrnnPlots.code(r, p), 100 * e.regionVisits()[r]);
            }
            System.out.printf(Locale.ROOT, "regions used in %d steps (as the authors count): %d; in the whole run: %d%n",
                    Math.min(AlrnnEvaluation.SYMBOL_WINDOW, e.generated().length), e.regionsUsed(), e.regionsVisited());
            System.out.println("Transitions between different regions (steps):");
            for (int from = 0; from < e.transitions().length; from++) {
                for (int to = 0; to < e.transitions().length; to++) {
                    if (from != to && e.transitions()[from][to] > 0) {
                        System.out.printf("  %s -> %s  %d%n", AlrnnPlots.code(from, p), AlrnnPlots.code(to, p),
                                e.transitions()[from][to]);
                    }
                }
            }
            System.out.println("\nFixed points of each region's affine map:");
            for (SymbolicDynamics.FixedPoint f : e.fixedPoints()) {
                System.out.printf(Locale.ROOT, "  region %s: %-7s %-8s (largest |eigenvalue| %.3f)%n",
                        AlrnnPlots.code(f.region(), p), f.real() ? "real" : "virtual", f.stable() ? "stable" : "unstable",
                        f.spectralRadius());
            }
            System.out.println("A chaotic attractor has no stable real fixed point: the run keeps leaving each region.");
        }
        AlrnnPlots.attractor(dir.resolve("alrnn-lorenz-attractor.png"), "Lorenz-63: x0 vs x2, true and AL-RNN free run",
                lorenz.data(), e.generated(), 0, 2);
        AlrnnPlots.symbols(dir.resolve("alrnn-lorenz-symbols.png"), "AL-RNN symbol sequence", e.symbols(), 1000, p);
        AlrnnPlots.transitions(dir.resolve("alrnn-lorenz-transitions.png"), "AL-RNN region transitions",
                e.transitions(), e.regionVisits(), p);
        return e;
    }

    /** Trains with the authors' Lorenz-63 settings and prints the symbolic reading. */
    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path dir = Path.of(args.length > 2 ? args[2] : ".");
        AlrnnOptions options = AlrnnOptions.lorenz63().withEpochs(epochs).withSeed(seed);
        System.out.printf("Training an AL-RNN (M = %d, P = %d) on Lorenz-63 for %d epochs, seed %d%n", options.latent(),
                options.relus(), epochs, seed);
        run(options, 100_000, dir, true);
        System.out.println("\nwrote alrnn-lorenz-attractor.png, alrnn-lorenz-symbols.png, alrnn-lorenz-transitions.png in "
                + dir.toAbsolutePath());
    }
}
