package org.qrc4j.alrnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlrnnModelFileTest {

    @TempDir
    Path dir;

    /** A model with awkward doubles everywhere (not the initialisation's h = 0). */
    private static AlrnnModel model() {
        AlrnnModel init = AlrnnModel.initialize(3, 7, 2, 42);
        Random random = new Random(7);
        double[] h = new double[7];
        for (int i = 0; i < h.length; i++) {
            h[i] = 0.1 * random.nextGaussian() / 3.0;
        }
        double[] w = init.parameters().get("W").data().clone();
        w[5] = Math.PI * 1e-300; // a subnormal-ish extreme
        w[6] = -Math.ulp(1.0);
        return AlrnnModel.of(3, 2, init.parameters().get("A").data(), w, h, init.parameters().get("L").data());
    }

    private static AlrnnModelFile.Saved saved(AlrnnModel m) {
        return new AlrnnModelFile.Saved(m, new AlrnnModelFile.DataSpec("lorenz63", 5000, 0.01),
                AlrnnOptions.lorenz63().withLatent(7).withSeed(-3L));
    }

    @Test
    void roundTripIsExact() throws IOException {
        AlrnnModel m = model();
        Path file = dir.resolve("sub/model.json");
        AlrnnModelFile.save(file, saved(m));
        AlrnnModelFile.Saved back = AlrnnModelFile.load(file);
        for (String name : new String[] {"A", "W", "h", "L"}) {
            assertArrayEquals(m.parameters().get(name).data(), back.model().parameters().get(name).data(), 0.0, name);
        }
        assertEquals(3, back.model().observations());
        assertEquals(7, back.model().latent());
        assertEquals(2, back.model().relus());
        assertEquals(saved(m).data(), back.data());
        assertEquals(saved(m).options(), back.options());
        double[] x0 = {0.3, -1.2, 0.7};
        double[][] a = m.generateLatent(x0, 500), b = back.model().generateLatent(x0, 500);
        for (int t = 0; t < a.length; t++) {
            assertArrayEquals(a[t], b[t], 0.0, "step " + t);
        }
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\" : \"qrc4j-alrnn\""), text);
    }

    @Test
    void badFilesAreNamed() throws IOException {
        Path file = dir.resolve("m.json");
        AlrnnModelFile.save(file, saved(model()));
        String good = Files.readString(file);

        Files.writeString(file, good.replace("\"latent\" : 7,\n  \"relus\"", "\"latent\" : 8,\n  \"relus\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlrnnModelFile.load(file));
        assertTrue(e.getMessage().contains("parameters.A.shape"), e.getMessage());

        Files.writeString(file, good.replace("qrc4j-alrnn", "qrc4j-model"));
        e = assertThrows(IllegalArgumentException.class, () -> AlrnnModelFile.load(file));
        assertTrue(e.getMessage().contains("not a qrc4j AL-RNN"), e.getMessage());

        Files.writeString(file, "{ not json");
        e = assertThrows(IllegalArgumentException.class, () -> AlrnnModelFile.load(file));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());

        assertThrows(NoSuchFileException.class, () -> AlrnnModelFile.load(dir.resolve("missing.json")));
    }
}
