package io.alembic.sample;

import io.alembic.sample.Regions.Region;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Activity curves of the varied scenarios, aware of each region's public holidays. Curves that many accounts share
 * in shape (business hours of a region, a round-the-clock product, a nightly batch window) are built once per shape
 * and handed out as windows, which keeps a 100,000-account plan small; personal curves are sparse anyway.
 */
final class Rhythms {
    private static final int H = Timestamps.WINDOW_HOURS;
    /** People by local hour: quiet at night, peaks at lunch and in the evening. */
    private static final double[] DIURNAL = {0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.5, 0.9, 1.1, 1.2, 1.3,
            1.5, 1.4, 1.2, 1.2, 1.3, 1.4, 1.6, 1.9, 2.1, 2.0, 1.5, 0.8};
    private static final double DIURNAL_SUM = sum(DIURNAL);

    private final Map<String, ActivityCurve> shared = new HashMap<>();

    private static double sum(double[] a) {
        double s = 0;
        for (double d : a) s += d;
        return s;
    }

    private static int tzH(Region g) { return Math.floorDiv(g.tzMinutes(), 60); }

    private ActivityCurve cached(String key, java.util.function.Function<SplittableRandom, double[]> build) {
        return shared.computeIfAbsent(key, k -> new ActivityCurve(build.apply(new SplittableRandom(k.hashCode()))));
    }

    /** Weekday office hours with a thin evening/night baseline; weekends and holidays at a quarter. */
    ActivityCurve business(Region g, int variant, int startH, int endH) {
        return cached("business/" + g.code() + "/" + variant, r -> {
            double[] w = new double[H];
            int open = 7 + r.nextInt(3), close = 17 + r.nextInt(4);
            for (int h = 0; h < H; h++) {
                int lh = h + tzH(g), hour = Math.floorMod(lh, 24), day = Math.floorDiv(lh, 24);
                double base = hour >= open && hour < close ? 1.0 : hour >= close && hour < 23 ? 0.12 : 0.04;
                if (Regions.restDay(g, day)) base *= 0.25;
                else if (day == 1 || day == 2) base *= 0.6; // the days after New Year are slow in most offices
                w[h] = base * (0.8 + 0.4 * r.nextDouble());
            }
            return w;
        }).window(startH, endH);
    }

    /** A consumer product with users everywhere, led by one market's evening: busy all day, every day. */
    ActivityCurve global(Region lead, int variant, int startH, int endH) {
        return cached("global/" + lead.code() + "/" + variant, r -> {
            double[] w = new double[H];
            for (int h = 0; h < H; h++) {
                int hour = Math.floorMod(h + tzH(lead), 24);
                w[h] = 0.55 + 0.45 * DIURNAL[hour] / 2.1 + 0.1 * r.nextDouble();
            }
            return w;
        }).window(startH, endH);
    }

    /** A scheduled job: every night from startLocal for len hours, weekends included. */
    ActivityCurve nightly(Region g, int startLocal, int len, int startH, int endH) {
        return cached("nightly/" + g.code() + "/" + startLocal + "/" + len, r -> {
            double[] w = new double[H];
            for (int h = 0; h < H; h++) {
                int hour = Math.floorMod(h + tzH(g) - startLocal, 24);
                if (hour < len) w[h] = 1.0;
            }
            return w;
        }).window(startH, endH);
    }

    /**
     * A person: some days active (fewer at weekends and on holidays, engagement drifting week to week), one to a few
     * short sessions at the hours people use their phones and laptops.
     */
    static ActivityCurve person(SplittableRandom r, Region g, int startH, int endH, double dayP, int maxSessions) {
        double[] w = new double[H];
        int tz = tzH(g);
        double weekly = 1;
        for (int day = Math.floorDiv(startH + tz, 24); day * 24 - tz < endH; day++) {
            if (Math.floorMod(day, 7) == 0) weekly = 0.2 + 1.3 * r.nextDouble();
            double p = Math.min(0.95, dayP * weekly * (Regions.restDay(g, day) ? 0.55 : 1.0));
            if (r.nextDouble() >= p) continue;
            int sessions = 1 + r.nextInt(maxSessions);
            for (int s = 0; s < sessions; s++) {
                int hour = pickHour(r);
                double weight = Math.exp(r.nextGaussian() * 0.8);
                for (int k = 0, len = 1 + r.nextInt(2); k < len; k++) add(w, day * 24 + hour + k - tz, weight, startH, endH);
            }
        }
        return orFlat(w, startH, endH);
    }

    /**
     * Office hours of one zone on working days: no weekends, no public holidays, none of the given rest days; a dip
     * at lunch. dayWeight scales each local day (null: all equal).
     */
    static ActivityCurve office(Region g, int from, int to, boolean[] restDays, double[] dayWeight, int startH, int endH) {
        double[] w = new double[H];
        int tz = tzH(g);
        for (int h = Math.max(0, startH); h < Math.min(H, endH); h++) {
            int lh = h + tz, hour = Math.floorMod(lh, 24), day = Math.floorDiv(lh, 24);
            if (Regions.restDay(g, day) || day < 0 || (restDays != null && day < restDays.length && restDays[day])) continue;
            if (hour < from || hour >= to) continue;
            double dw = dayWeight == null || day >= dayWeight.length ? 1 : dayWeight[day];
            w[h] = (hour == 12 ? 0.45 : hour == 13 ? 0.8 : 1.0) * dw;
        }
        return orFlat(w, startH, endH);
    }

    /** Volume that grows by {@code rate} per day from the start: a launch, or a harvest that ramps up to stay unseen. */
    static ActivityCurve growing(SplittableRandom r, Region g, double rate, boolean roundTheClock, int startH, int endH) {
        double[] w = new double[H];
        int tz = tzH(g);
        for (int h = Math.max(0, startH); h < Math.min(H, endH); h++) {
            int lh = h + tz, hour = Math.floorMod(lh, 24), day = Math.floorDiv(lh, 24);
            double shape = roundTheClock ? 0.5 + DIURNAL[hour] / 2.1
                    : (hour >= 8 && hour < 19 ? 1.0 : 0.1) * (Regions.restDay(g, day) ? 0.3 : 1.0);
            w[h] = shape * Math.pow(rate, (h - startH) / 24.0) * (0.8 + 0.4 * r.nextDouble());
        }
        return orFlat(w, startH, endH);
    }

    /** Every hour alike except the given pauses (hours of the window set to false). */
    static ActivityCurve flat(boolean[] running, int startH, int endH) {
        double[] w = new double[H];
        for (int h = Math.max(0, startH); h < Math.min(H, endH); h++) if (running == null || running[h]) w[h] = 1.0;
        return orFlat(w, startH, endH);
    }

    static int pickHour(SplittableRandom r) {
        double x = r.nextDouble() * DIURNAL_SUM;
        for (int h = 0; h < 24; h++) if ((x -= DIURNAL[h]) < 0) return h;
        return 20;
    }

    private static void add(double[] w, int h, double v, int startH, int endH) {
        if (h >= startH && h < endH && h >= 0 && h < w.length) w[h] += v;
    }

    private static ActivityCurve orFlat(double[] w, int startH, int endH) {
        double s = 0;
        for (double d : w) s += d;
        if (s <= 0) for (int h = Math.max(0, startH); h < Math.min(w.length, Math.max(startH + 1, endH)); h++) w[h] = 1;
        return new ActivityCurve(w);
    }
}
