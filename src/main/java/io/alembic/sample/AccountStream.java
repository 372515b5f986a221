package io.alembic.sample;

import java.util.SplittableRandom;

/**
 * Produces one account's request times in order, without storing them. People get sorted-uniform (Poisson-like)
 * points; scripts get an evenly spaced grid with jitter, the "machine-regular" rhythm.
 */
final class AccountStream {
    private static final long WINDOW_END_MS = Timestamps.BASE_MS + Timestamps.WINDOW_HOURS * Timestamps.HOUR_MS;
    final AccountPlan plan;
    private long emitted;
    private double u;
    private long nextMs;

    // key rotation and rate limiting state, advanced by RecordFactory
    int keyIndex;
    long sinceRotation;
    long rotationQuota;
    int pendingRateLimits;

    // runs of requests (conversations, batches): see Episodes
    private final long runs;
    private SplittableRandom runLengths;
    private long runsStarted;
    private int turn, runLength;

    AccountStream(AccountPlan plan) {
        this.plan = plan;
        this.runs = plan.episodes == null ? 0 : plan.episodes.count(plan.records);
        if (plan.episodes != null) runLengths = plan.episodes.lengths();
        long perKey = Math.max(1, plan.records / Math.max(1, plan.keys.length));
        this.rotationQuota = Math.max(5, perKey / (1 + plan.timeRandom.nextInt(3)));
        if (plan.records > 0) advance();
    }

    boolean hasNext() { return emitted < plan.records; }

    long nextTime() { return nextMs; }

    /** Zero-based position of the request about to be emitted. */
    long position() { return emitted; }

    /** Requests left after the current one. */
    long remainingAfterCurrent() { return plan.records - emitted - 1; }

    /** Zero-based turn of the current request within its run (always 0 without episodes). */
    int turn() { return turn; }

    /** Length of the run the current request belongs to (1 without episodes). */
    int runLength() { return plan.episodes == null ? 1 : runLength; }

    void consume() {
        emitted++;
        if (hasNext()) advance();
    }

    private void advance() {
        if (plan.episodes != null) {
            if (emitted > 0 && turn + 1 < runLength) {
                turn++;
                // the next turn follows within minutes, but never past the end of the exported window
                nextMs = Math.min(nextMs + plan.episodes.gapMs(plan.timeRandom), WINDOW_END_MS - 1);
                return;
            }
            turn = 0;
            runLength = (int) Math.min(plan.episodes.length(runLengths), plan.records - emitted);
            nextMs = Math.max(nextMs, curveTime(runsStarted++, runs));
            return;
        }
        nextMs = Math.max(nextMs, curveTime(emitted, plan.records));
    }

    /** Time of point {@code k} of {@code n} spread over the account's curve (the classic placement rules). */
    private long curveTime(long k, long n) {
        if (plan.regular && plan.gapSigma > 0) {
            // a script with sleep(random) between calls: log-normal gaps with mean 1/n, so the stream still spans the window
            double z = plan.timeRandom.nextGaussian();
            u = k == 0 ? 0.5 / n : u + Math.exp(plan.gapSigma * z - plan.gapSigma * plan.gapSigma / 2) / n;
        } else if (plan.regular) {
            double jitter = 0.6 * (plan.timeRandom.nextDouble() - 0.5);
            u = (k + 0.5 + jitter) / n;
        } else {
            double v = 1.0 - plan.timeRandom.nextDouble();
            u = u + (1 - u) * (1 - Math.pow(v, 1.0 / (n - k)));
        }
        return plan.curve.timeAt(Math.min(u, 0.999999999));
    }
}
