package io.alembic.sample;

import java.util.Set;
import java.util.SplittableRandom;

/** Identifier shapes. Request ids are a bijection of a counter, so they are unique without remembering them. */
final class Ids {
    private static final char[] B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final long key;

    Ids(long seed) {
        this.key = mix(seed ^ 0x9E3779B97F4A7C15L);
    }

    String requestId(long counter) {
        long v = mix(counter ^ key);
        char[] c = new char[13];
        for (int i = 12; i >= 0; i--) {
            c[i] = B32[(int) (v & 31)];
            v >>>= 5;
        }
        return "req_" + new String(c);
    }

    /** A random hex id not yet in {@code used}; callers keep one set per bundle so ids never collide. */
    static String unique(String prefix, int hexDigits, SplittableRandom r, Set<String> used) {
        while (true) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < hexDigits; i++) sb.append(Character.forDigit(r.nextInt(16), 16));
            String s = sb.toString();
            if (used.add(s)) return s;
        }
    }

    /** splitmix64 finalizer: a bijection on 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
