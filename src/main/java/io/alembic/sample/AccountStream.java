package io.alembic.sample;

/**
 * Produces one account's request times in order, without storing them. People get sorted-uniform (Poisson-like)
 * points; scripts get an evenly spaced grid with jitter, the "machine-regular" rhythm.
 */
final class AccountStream {
    final AccountPlan plan;
    private long emitted;
    private double u;
    private long nextMs;

    // key rotation and rate limiting state, advanced by RecordFactory
    int keyIndex;
    long sinceRotation;
    long rotationQuota;
    int pendingRateLimits;

    AccountStream(AccountPlan plan) {
        this.plan = plan;
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

    void consume() {
        emitted++;
        if (hasNext()) advance();
    }

    private void advance() {
        long n = plan.records;
        if (plan.regular && plan.gapSigma > 0) {
            // a script with sleep(random) between calls: log-normal gaps with mean 1/n, so the stream still spans the window
            double z = plan.timeRandom.nextGaussian();
            u = emitted == 0 ? 0.5 / n : u + Math.exp(plan.gapSigma * z - plan.gapSigma * plan.gapSigma / 2) / n;
        } else if (plan.regular) {
            double jitter = 0.6 * (plan.timeRandom.nextDouble() - 0.5);
            u = (emitted + 0.5 + jitter) / n;
        } else {
            double v = 1.0 - plan.timeRandom.nextDouble();
            u = u + (1 - u) * (1 - Math.pow(v, 1.0 / (n - emitted)));
        }
        long t = plan.curve.timeAt(Math.min(u, 0.999999999));
        nextMs = Math.max(nextMs, t);
    }
}
