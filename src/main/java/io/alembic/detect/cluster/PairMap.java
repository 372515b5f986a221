package io.alembic.detect.cluster;

import io.alembic.detect.parts.Hashing;

import java.util.Arrays;

/**
 * Pairs of account indices (i < j) to a double, open addressing without boxing: with a hundred thousand accounts the
 * candidate pairs run to millions, and a HashMap of Long to Double would be most of the heap.
 */
final class PairMap {
    private final PairShare share;
    private long[] keys = new long[1024];
    private double[] values = new double[1024];
    private int size;

    PairMap() { this(PairShare.ALL); }

    /** A map that keeps only the pairs of one share (others are ignored) and holds no more than its budget. */
    PairMap(PairShare share) { this.share = share; }

    static long key(int i, int j) { return i < j ? ((long) i << 32) | j : ((long) j << 32) | i; }

    static int first(long key) { return (int) (key >>> 32); }

    static int second(long key) { return (int) key; }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) Hashing.mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key + 1) i = (i + 1) & mask;
        return i;
    }

    /** Keeps the larger of the stored value and v. */
    void max(long key, double v) {
        if (!share.holds(key)) return;
        int s = slot(key);
        if (keys[s] == 0) { insert(s, key, v); return; }
        if (v > values[s]) values[s] = v;
    }

    void add(long key, double v) {
        if (!share.holds(key)) return;
        int s = slot(key);
        if (keys[s] == 0) { insert(s, key, v); return; }
        values[s] += v;
    }

    /** Bitwise or into the stored value, read as an int (for sets of kinds). */
    void or(long key, int bits) {
        if (!share.holds(key)) return;
        int s = slot(key);
        if (keys[s] == 0) { insert(s, key, bits); return; }
        values[s] = ((int) values[s]) | bits;
    }

    double get(long key, double otherwise) {
        int s = slot(key);
        return keys[s] == 0 ? otherwise : values[s];
    }

    private void insert(int s, long key, double v) {
        if (size >= share.budget()) throw new PairShare.OverBudget();
        keys[s] = key + 1; // 0 marks an empty slot; pair (0,0) never occurs but (0,1) does, hence the offset
        values[s] = v;
        if (++size * 2 > keys.length) grow();
    }

    private void grow() {
        long[] k = keys;
        double[] v = values;
        keys = new long[k.length * 2];
        values = new double[k.length * 2];
        for (int i = 0; i < k.length; i++) {
            if (k[i] == 0) continue;
            int s = slot(k[i] - 1);
            keys[s] = k[i];
            values[s] = v[i];
        }
    }

    int size() { return size; }

    interface Visitor { void visit(long key, double value); }

    /** Visits every pair in key order, so everything built from the map is deterministic. */
    void forEach(Visitor v) {
        long[] sorted = new long[size];
        int n = 0;
        for (long k : keys) if (k != 0) sorted[n++] = k - 1;
        Arrays.sort(sorted);
        for (long k : sorted) v.visit(k, get(k, 0));
    }
}
