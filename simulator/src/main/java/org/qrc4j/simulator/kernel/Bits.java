package org.qrc4j.simulator.kernel;

/** Bit tricks for walking the basis indices that a gate couples. */
public final class Bits {

    private Bits() {
    }

    /** Inserts a 0 bit at position {@code bit} of {@code x}, shifting the higher bits up. */
    public static int insertZero(int x, int bit) {
        int low = x & ((1 << bit) - 1);
        return ((x >>> bit) << (bit + 1)) | low;
    }

    /** Inserts 0 bits at positions {@code low < high}: the smallest index of a group of four. */
    public static int insertZeros(int x, int low, int high) {
        return insertZero(insertZero(x, low), high);
    }
}
