package io.alembic.detect.parts;

/**
 * Hour-of-day (UTC) and per-day counts. coverage = share of the 24 hours holding at least a fraction of the mean
 * hourly count: a scheduler covers all of them, people and office integrations leave the night empty.
 */
public final class HourProfile {
    private final long[] hours = new long[24];
    private long n;

    public void add(long tsMs) {
        hours[(int) Math.floorMod(tsMs / 3_600_000L, 24L)]++;
        n++;
    }

    public double coverage(double minShareOfMean) {
        if (n == 0) return 0;
        double mean = n / 24.0;
        int covered = 0;
        for (long h : hours) if (h > 0 && h >= mean * minShareOfMean) covered++;
        return covered / 24.0;
    }

    /** Share of requests in the quietest 8 consecutive hours (about 1/3 for a flat stream, near 0 for people). */
    public double quietestEightHourShare() {
        if (n == 0) return 0;
        long best = Long.MAX_VALUE;
        for (int s = 0; s < 24; s++) {
            long sum = 0;
            for (int k = 0; k < 8; k++) sum += hours[(s + k) % 24];
            best = Math.min(best, sum);
        }
        return best / (double) n;
    }
}
