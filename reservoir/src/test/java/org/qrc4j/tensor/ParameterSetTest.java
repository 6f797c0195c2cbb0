package org.qrc4j.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSetTest {

    @TempDir
    Path dir;

    private static ParameterSet sample() {
        ParameterSet p = new ParameterSet();
        p.add("A", Tensor.randn(new SplittableRandom(1), 20));
        p.add("W", Tensor.randn(new SplittableRandom(2), 20, 20));
        p.add("h", Tensor.vector(0.1, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI, 1e-300,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        p.add("s", Tensor.scalar(1.0 / 3));
        return p;
    }

    private static void assertBitExact(ParameterSet a, ParameterSet b) {
        assertEquals(List.copyOf(a.names()), List.copyOf(b.names()));
        for (String n : a.names()) {
            assertArrayEquals(a.get(n).shape(), b.get(n).shape(), n);
            double[] x = a.get(n).data();
            double[] y = b.get(n).data();
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(x[i]), Double.doubleToRawLongBits(y[i]), n + "[" + i + "]");
            }
            assertTrue(b.get(n).requiresGrad());
        }
    }

    @Test
    void jsonRoundTripIsBitExact() throws IOException {
        ParameterSet p = sample();
        Path f = dir.resolve("sub/params.json");
        p.save(f);
        ParameterSet q = ParameterSet.load(f);
        assertBitExact(p, q);
        assertEquals(0.0, p.maxAbsDifference(q));
        assertTrue(Files.readString(f).contains("\"format\":\"qrc4j-parameters\""));
    }

    @Test
    void binaryRoundTripIsBitExact() throws IOException {
        ParameterSet p = sample();
        Path f = dir.resolve("params.bin");
        p.saveBinary(f);
        assertBitExact(p, ParameterSet.loadBinary(f));
        assertThrows(IOException.class, () -> ParameterSet.loadBinary(dir.resolve("sub/../params.bin.missing")));
        Path json = dir.resolve("p.json");
        p.save(json);
        assertThrows(IOException.class, () -> ParameterSet.loadBinary(json));
    }

    @Test
    void compareAndCopy() {
        ParameterSet p = sample();
        ParameterSet q = new ParameterSet();
        q.add("A", p.get("A").copy());
        q.add("W", p.get("W").copy());
        q.get("W").data()[7] += 0.25;
        Map<String, Double> d = p.compare(q);
        assertEquals(0.0, d.get("A"));
        assertEquals(0.25, d.get("W"), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, d.get("h"));
        Tensor a = q.get("A");
        q.copyFrom(p);
        assertSame(a, q.get("A"));
        assertEquals(0.0, q.compare(p).get("W"));
        assertThrows(IllegalArgumentException.class, () -> p.add("A", Tensor.zeros(1)));
        assertThrows(IllegalArgumentException.class, () -> p.get("nope"));
        assertEquals(20 + 400 + 9 + 1, p.elementCount());
    }

    @Test
    void clipGradNorm() {
        ParameterSet p = new ParameterSet();
        Tensor a = p.add("a", Tensor.vector(0, 0));
        Tensor b = p.add("b", Tensor.vector(0));
        a.gradBuffer()[0] = 3;
        a.gradBuffer()[1] = 0;
        b.gradBuffer()[0] = 4;
        double norm = p.clipGradNorm(1.0);
        assertEquals(5.0, norm);
        double coef = 1.0 / (5.0 + 1e-6);
        assertArrayEquals(new double[] {3 * coef, 0}, a.grad());
        assertArrayEquals(new double[] {4 * coef}, b.grad());
        assertEquals(5 * coef, p.clipGradNorm(10.0), 1e-15);
        assertArrayEquals(new double[] {4 * coef}, b.grad(), "below the limit nothing changes");
    }
}
