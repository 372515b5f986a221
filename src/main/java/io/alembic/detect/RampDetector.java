package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;

import java.util.Locale;

/**
 * Volume that climbs by design: daily requests grow along a steady exponential for weeks, the way a harvest is raised
 * to full rate without ever tripping a spike alarm. Fitted as a line through log(daily count) over the active days;
 * people and most integrations wander around a level instead. A growing product climbs too, which is why this weighs
 * as machine evidence only and never flags without a sign of extraction.
 */
public final class RampDetector implements Detector {
    public String id() { return "ramp"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        if (p.requests() < r.num("min_requests")) return null;
        long[] days = p.activity().dailyCounts();
        int active = 0;
        double sx = 0, sy = 0;
        for (int d = 0; d < days.length; d++) if (days[d] > 0) { active++; sx += d; sy += Math.log(days[d]); }
        if (active < r.num("min_active_days")) return null;
        double mx = sx / active, my = sy / active, sxx = 0, sxy = 0, syy = 0;
        for (int d = 0; d < days.length; d++) {
            if (days[d] == 0) continue;
            double x = d - mx, y = Math.log(days[d]) - my;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
        }
        if (sxx == 0 || syy == 0) return null;
        double slope = sxy / sxx, fit = sxy * sxy / (sxx * syy);
        double doubling = slope > 0 ? Math.log(2) / slope : Double.POSITIVE_INFINITY;
        // growth along the fitted line from the first to the last day: a short burst of doubling is not a climb
        double growth = Math.exp(slope * (days.length - 1));
        if (doubling > r.num("max_doubling_days") || fit < r.num("min_fit") || growth < r.num("min_growth")) return null;
        if (!climbsEveryQuarter(days, r.num("min_quarter_step"))) return null;
        String text = String.format(Locale.ROOT,
                "daily requests climbed steadily over %d active days: doubling every %.1f days (at most %.0f), %.1f times "
                        + "from first day to last along the fit (at least %.0f), a fit of %.2f to steady growth (at least %.2f), "
                        + "higher in each quarter of the span than in the one before (by at least %.0f%%).",
                active, doubling, r.num("max_doubling_days"), growth, r.num("min_growth"), fit, r.num("min_fit"),
                100 * (r.num("min_quarter_step") - 1));
        int n = p.requests(), k = Math.min(Finding.MAX_EVIDENCE / 2, n / 2);
        int[] positions = new int[2 * k];
        for (int i = 0; i < k; i++) { positions[i] = i; positions[k + i] = n - k + i; }
        double strength = Math.min(1, 0.5 + 0.5 * (fit - r.num("min_fit")) / (1 - r.num("min_fit")));
        return Signal.of(id(), r, r.weight() * strength, text, p.activity().evidenceAt(positions), p.requests());
    }

    /** A climb rises through each quarter of the span; a level that jumps once (a launch, a new job) does not. */
    private static boolean climbsEveryQuarter(long[] days, double step) {
        double previous = -1;
        for (int q = 0; q < 4; q++) {
            long sum = 0;
            int active = 0;
            for (int d = q * days.length / 4; d < (q + 1) * days.length / 4; d++) if (days[d] > 0) { sum += days[d]; active++; }
            if (active == 0) return false;
            double mean = sum / (double) active;
            if (previous >= 0 && mean < previous * step) return false;
            previous = mean;
        }
        return true;
    }
}
