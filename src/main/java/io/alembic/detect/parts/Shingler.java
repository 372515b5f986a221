package io.alembic.detect.parts;

import java.util.List;

/**
 * Hashes k-token shingles. Only the edges of a prompt (first and last {@code edge} tokens) are shingled: a template's
 * scaffold sits around the slot, so the edges carry the structure while the slot content is mostly noise.
 */
public final class Shingler {
    private final int k;
    private final int edge;

    public Shingler(int k, int edge) {
        this.k = k;
        this.edge = edge;
    }

    public long[] shingles(List<String> tokens) {
        List<String> use = tokens;
        if (tokens.size() > 2 * edge) {
            use = new java.util.ArrayList<>(tokens.subList(0, edge));
            use.add("\u0000slot");
            use.addAll(tokens.subList(tokens.size() - edge, tokens.size()));
        }
        int n = Math.max(1, use.size() - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(use.size(), i + k); j++) h = Hashing.mix(h * 31 + use.get(j).hashCode());
            out[i] = h;
        }
        return out;
    }
}
