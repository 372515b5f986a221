package io.alembic.detect.parts;

import java.util.Arrays;

/**
 * Counts distinct 64-bit values exactly up to a cap (open addressing, no boxing), then only says "at least cap". A
 * person's addresses or networks number a handful; what matters beyond a few hundred is only that there are many.
 */
public final class DistinctCounter {
    private static final long EMPTY = 0L;
    private final int cap;
    private long[] table = new long[8];
    private int size;
    private boolean zeroSeen;

    public DistinctCounter(int cap) { this.cap = cap; }

    public void add(long value) {
        if (value == EMPTY) { if (!zeroSeen && size < cap) { zeroSeen = true; size++; } return; }
        if (size >= cap) return;
        if ((size + 1) * 2 > table.length) grow();
        if (insert(table, value)) size++;
    }

    private static boolean insert(long[] t, long v) {
        int mask = t.length - 1;
        int i = (int) Hashing.mix(v) & mask;
        while (t[i] != EMPTY) {
            if (t[i] == v) return false;
            i = (i + 1) & mask;
        }
        t[i] = v;
        return true;
    }

    private void grow() {
        long[] next = new long[table.length * 2];
        for (long v : table) if (v != EMPTY) insert(next, v);
        table = next;
    }

    /** Distinct values seen, at most the cap. */
    public int count() { return size; }

    public boolean saturated() { return size >= cap; }

    /** The values themselves (for small sets: linking), sorted. */
    public long[] values() {
        long[] out = new long[size];
        int k = 0;
        if (zeroSeen) out[k++] = 0;
        for (long v : table) if (v != EMPTY) out[k++] = v;
        Arrays.sort(out);
        return out;
    }
}
