package io.alembic.sample;

import java.util.SplittableRandom;

/**
 * How an account's requests spread over the window: a weight per UTC hour. Points are placed in "cumulative
 * weight" space and mapped back to time, so any number of requests follows the same rhythm and comes out sorted.
 */
final class ActivityCurve {
    /** Relative activity by local hour for people: quiet at night, lunch and evening peaks. */
    private static final double[] DIURNAL = {0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.5, 0.9, 1.1, 1.2, 1.3,
            1.5, 1.4, 1.2, 1.2, 1.3, 1.4, 1.6, 1.9, 2.1, 2.0, 1.5, 0.8};

    /**
     * Only the hours with weight are stored (hour number and cumulative weight), so the many accounts of a big
     * population that are active a few hours a month cost a few hundred bytes, not a month of doubles each. Summing
     * the same non-zero weights in the same order gives the same cumulative values as the dense table did, so the
     * classic scenarios map every u to exactly the same millisecond.
     */
    private final int[] hours;
    private final double[] cum;
    /** The slice of cumulative weight this curve spans: all of it, or a window of a shared curve. */
    private final double lo, hi;

    ActivityCurve(double[] weights) {
        int n = 0;
        for (double w : weights) if (w > 0) n++;
        hours = new int[n];
        cum = new double[n + 1];
        for (int i = 0, j = 0; i < weights.length; i++) {
            if (weights[i] <= 0) continue;
            hours[j] = i;
            cum[j + 1] = cum[j] + weights[i];
            j++;
        }
        if (n == 0 || cum[n] <= 0) throw new IllegalArgumentException("activity curve has no weight");
        lo = 0;
        hi = cum[n];
    }

    private ActivityCurve(ActivityCurve base, double lo, double hi) {
        this.hours = base.hours;
        this.cum = base.cum;
        this.lo = lo;
        this.hi = hi;
    }

    /** Maps u in [0,1) to an epoch millisecond; non-decreasing in u. */
    long timeAt(double u) {
        double target = lo + u * (hi - lo);
        int a = 0, b = hours.length - 1;
        while (a < b) { // first stored hour whose upper cumulative bound exceeds target
            int mid = (a + b) >>> 1;
            if (cum[mid + 1] > target) b = mid; else a = mid + 1;
        }
        double w = cum[a + 1] - cum[a];
        double frac = w <= 0 ? 0 : Math.min(0.999999, Math.max(0, (target - cum[a]) / w));
        return Timestamps.BASE_MS + (long) ((hours[a] + frac) * Timestamps.HOUR_MS);
    }

    /**
     * The same rhythm seen only between two hours of the window: lets thousands of accounts share one curve (one per
     * time zone and calendar) while each starts and stops on its own day. Falls back to the whole curve when the
     * window holds no weight.
     */
    ActivityCurve window(int startH, int endH) {
        double a = cumAtHour(startH), b = cumAtHour(endH);
        return b > a ? new ActivityCurve(this, a, b) : this;
    }

    /** Cumulative weight of all stored hours before the given hour. */
    private double cumAtHour(int hour) {
        int a = 0, b = hours.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (hours[mid] < hour) a = mid + 1; else b = mid;
        }
        return cum[a];
    }

    /** Hours with any weight (for tests and sizing). */
    int activeHours() { return hours.length; }

    static boolean weekend(int localDay) {
        int dow = Math.floorMod(3 + localDay, 7); // 2026-01-01 is a Thursday; 0 = Monday
        return dow >= 5;
    }

    /** People: active on some days (weekdays more), one to a few sessions at local daytime/evening hours. */
    static ActivityCurve human(SplittableRandom r, int tzMinutes, int startH, int endH, double weekdayP, int maxSessions) {
        double[] w = new double[Timestamps.WINDOW_HOURS];
        int tzH = Math.floorDiv(tzMinutes, 60);
        double weekly = 1;
        for (int day = Math.floorDiv(startH + tzH, 24); day * 24 - tzH < endH; day++) {
            if (Math.floorMod(day, 7) == 0) weekly = 0.2 + 1.3 * r.nextDouble(); // engagement drifts week to week
            double p = Math.min(0.95, weekdayP * weekly * (weekend(day) ? 0.55 : 1.0));
            if (r.nextDouble() >= p) continue;
            int sessions = 1 + r.nextInt(maxSessions);
            for (int s = 0; s < sessions; s++) {
                int hour = pickHour(r);
                int len = 1 + r.nextInt(2);
                double weight = Math.exp(r.nextGaussian() * 0.8);
                for (int k = 0; k < len; k++) add(w, day * 24 + hour + k - tzH, weight, startH, endH);
            }
        }
        return orFlat(w, startH, endH);
    }

    /** Integrations: weekday business hours of the customer's zone, with a thin round-the-clock baseline. */
    static ActivityCurve business(SplittableRandom r, int tzMinutes, int startH, int endH) {
        double[] w = new double[Timestamps.WINDOW_HOURS];
        int tzH = Math.floorDiv(tzMinutes, 60);
        for (int h = startH; h < endH; h++) {
            int lh = h + tzH;
            int hour = Math.floorMod(lh, 24);
            boolean we = weekend(Math.floorDiv(lh, 24));
            double base = (hour >= 8 && hour < 19) ? (we ? 0.25 : 1.0) : 0.06;
            w[h] = base * (0.7 + 0.6 * r.nextDouble());
        }
        return orFlat(w, startH, endH);
    }

    /** Scripts: every hour alike, except a few outages (crashed worker, redeploy). */
    static ActivityCurve flat(SplittableRandom r, int startH, int endH, double outageP) {
        double[] w = new double[Timestamps.WINDOW_HOURS];
        for (int h = startH; h < endH; h++) {
            if (r.nextDouble() < outageP) {
                h += r.nextInt(6);
                continue;
            }
            w[h] = 1.0;
        }
        return orFlat(w, startH, endH);
    }

    /** A harvester posing as an office: weekday working hours of a chosen zone only, nothing at night or at weekends. */
    static ActivityCurve workHours(SplittableRandom r, int tzMinutes, int startH, int endH) {
        double[] w = new double[Timestamps.WINDOW_HOURS];
        int tzH = Math.floorDiv(tzMinutes, 60);
        int from = 8 + r.nextInt(2), to = 17 + r.nextInt(3);
        for (int h = startH; h < endH; h++) {
            int lh = h + tzH;
            int hour = Math.floorMod(lh, 24);
            if (!weekend(Math.floorDiv(lh, 24)) && hour >= from && hour < to) w[h] = hour == 12 ? 0.4 : 1.0;
        }
        return orFlat(w, startH, endH);
    }

    /** A service with users in every zone: busy all day and night, weekdays and weekends, with mild hourly swing. */
    static ActivityCurve global(SplittableRandom r, int startH, int endH) {
        double[] w = new double[Timestamps.WINDOW_HOURS];
        for (int h = startH; h < endH; h++) w[h] = 0.75 + 0.5 * Math.sin(2 * Math.PI * (h % 24) / 24.0) * 0.5 + 0.1 * r.nextDouble();
        return orFlat(w, startH, endH);
    }

    /** Evaluation runs: a handful of dense sessions on weekday working hours. */
    static ActivityCurve sessions(SplittableRandom r, int tzMinutes, int startH, int endH, int count) {
        double[] w = new double[Timestamps.WINDOW_HOURS];
        int tzH = Math.floorDiv(tzMinutes, 60);
        int days = Math.max(1, (endH - startH) / 24);
        for (int s = 0; s < count; s++) {
            int day = (startH + tzH) / 24 + r.nextInt(days);
            if (weekend(day)) day += 2;
            int start = day * 24 + 9 + r.nextInt(7) - tzH;
            int len = 1 + r.nextInt(3);
            for (int k = 0; k < len; k++) add(w, start + k, 1.0, startH, endH);
        }
        return orFlat(w, startH, endH);
    }

    private static int pickHour(SplittableRandom r) {
        double total = 0;
        for (double d : DIURNAL) total += d;
        double x = r.nextDouble() * total;
        for (int h = 0; h < 24; h++) {
            x -= DIURNAL[h];
            if (x < 0) return h;
        }
        return 20;
    }

    private static void add(double[] w, int h, double v, int startH, int endH) {
        if (h >= startH && h < endH && h >= 0 && h < w.length) w[h] += v;
    }

    private static ActivityCurve orFlat(double[] w, int startH, int endH) {
        double sum = 0;
        for (double d : w) sum += d;
        if (sum <= 0) for (int h = Math.max(0, startH); h < Math.min(w.length, Math.max(startH + 1, endH)); h++) w[h] = 1;
        return new ActivityCurve(w);
    }
}
