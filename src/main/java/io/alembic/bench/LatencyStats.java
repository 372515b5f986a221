package io.alembic.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies, nearest-rank, so every reported figure is one that was actually observed. */
public record LatencyStats(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {

    public static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) return new LatencyStats(0, 0, 0, 0, 0, 0);
        long[] s = nanos.clone();
        Arrays.sort(s);
        double sum = 0;
        for (long v : s) sum += v;
        return new LatencyStats(s.length, ms(rank(s, 0.50)), ms(rank(s, 0.95)), ms(rank(s, 0.99)), ms(s[s.length - 1]),
                sum / s.length / 1e6);
    }

    private static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
