package io.alembic.detect.parts;

/**
 * MinHash signature of a shingle set plus LSH band keys: two prompts whose shingle sets have Jaccard similarity J share
 * a band with probability 1 - (1 - J^rows)^bands, so near-duplicate scaffolds collide while unrelated prompts rarely do.
 */
public final class MinHasher {
    private final int bands;
    private final int rows;
    private final long[] seeds;

    public MinHasher(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) seeds[i] = Hashing.mix(0x5EEDL + i);
    }

    public long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(s ^ seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /** One key per band; the band index is mixed in so equal values in different bands never collide. */
    public long[] bandKeys(long[] signature) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b + 1;
            for (int r = 0; r < rows; r++) h = Hashing.mix(h * 31 + signature[b * rows + r]);
            keys[b] = h;
        }
        return keys;
    }

    public int bands() { return bands; }
}
