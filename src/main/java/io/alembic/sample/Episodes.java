package io.alembic.sample;

import java.util.SplittableRandom;

/**
 * Requests that come in runs rather than one by one: the turns of a conversation a few seconds to minutes apart, or
 * the calls of one batch. The account's activity curve places the start of each run; the turns follow it. Run
 * lengths come from their own seeded stream, so the stream can be replayed once to count the runs up front (the curve
 * needs the count) and again while writing, without storing anything per run.
 */
final class Episodes {
    private final long seed;
    private final int minTurns, maxTurns;
    private final long minGapMs, maxGapMs;

    /** Turns per run uniform in [minTurns, maxTurns]; gaps between turns log-uniform in [minGapMs, maxGapMs]. */
    Episodes(long seed, int minTurns, int maxTurns, long minGapMs, long maxGapMs) {
        if (minTurns < 1 || maxTurns < minTurns || minGapMs < 1 || maxGapMs < minGapMs)
            throw new IllegalArgumentException("bad episode shape");
        this.seed = seed;
        this.minTurns = minTurns;
        this.maxTurns = maxTurns;
        this.minGapMs = minGapMs;
        this.maxGapMs = maxGapMs;
    }

    SplittableRandom lengths() { return new SplittableRandom(seed); }

    int length(SplittableRandom lengths) {
        return minTurns + lengths.nextInt(maxTurns - minTurns + 1);
    }

    long gapMs(SplittableRandom r) {
        double a = Math.log(minGapMs), b = Math.log(maxGapMs);
        return (long) Math.exp(a + (b - a) * r.nextDouble());
    }

    /** How many runs it takes to send {@code records} requests. */
    long count(long records) {
        SplittableRandom l = lengths();
        long runs = 0;
        for (long sent = 0; sent < records; runs++) sent += length(l);
        return runs;
    }
}
