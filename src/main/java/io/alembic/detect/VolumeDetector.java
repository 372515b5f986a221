package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;

import java.util.Locale;

/**
 * Programmatic extraction at volume: a steady daily count every day of the span (people and office integrations swing
 * with weekdays and moods), with one model and parameter set on nearly every request.
 */
public final class VolumeDetector implements Detector {
    public String id() { return "volume"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        if (p.requests() < r.num("min_requests")) return null;
        long[] days = p.activity().dailyCounts();
        if (days.length < r.num("min_days")) return null;
        int active = 0;
        double mean = 0;
        for (long d : days) { mean += d; if (d > 0) active++; }
        mean /= days.length;
        double var = 0;
        for (long d : days) var += (d - mean) * (d - mean);
        double cv = Math.sqrt(var / days.length) / mean;
        double activeShare = active / (double) days.length;
        double setup = p.usage().dominantSetupShare();
        if (cv > r.num("max_daily_cv") || activeShare < r.num("min_active_day_share") || setup < r.num("min_uniform_setup_share")) return null;
        String text = String.format(Locale.ROOT,
                "%d requests over %d days at a steady %.0f a day (daily variation %.2f, at most %.2f), active on %s of days "
                        + "(threshold %s), one model and parameter set on %s of requests.",
                p.requests(), days.length, mean, cv, r.num("max_daily_cv"), Times.pct(activeShare),
                Times.pct(r.num("min_active_day_share")), Times.pct(setup));
        return Signal.of(id(), r, r.weight(), text, p.activity().evidence(0, Finding.MAX_EVIDENCE), p.requests());
    }
}
