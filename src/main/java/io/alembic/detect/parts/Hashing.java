package io.alembic.detect.parts;

/** A fixed 64-bit mixer (SplitMix64 finaliser): stable across JVMs, so signatures and results are reproducible. */
public final class Hashing {
    private Hashing() { }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
