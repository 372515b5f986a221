package io.alembic.detect.parts;

import java.util.Arrays;

/**
 * Inter-arrival statistics of sorted timestamps. regularity = share of gaps within +/-50% of the median gap: about 0.35
 * for a Poisson (human-like) stream and near 1 for a scheduler, and robust to the odd outage that wrecks a plain CV.
 */
public record GapStats(int gaps, long medianGapMs, double regularity) {
    public static GapStats of(long[] sortedTs, int n) {
        if (n < 3) return new GapStats(Math.max(0, n - 1), 0, 0);
        long[] g = new long[n - 1];
        for (int i = 1; i < n; i++) g[i - 1] = sortedTs[i] - sortedTs[i - 1];
        long[] s = g.clone();
        Arrays.sort(s);
        long median = s[s.length / 2];
        if (median <= 0) return new GapStats(g.length, 0, 0);
        int near = 0;
        for (long x : g) if (x >= median * 0.5 && x <= median * 1.5) near++;
        return new GapStats(g.length, median, near / (double) g.length);
    }
}
