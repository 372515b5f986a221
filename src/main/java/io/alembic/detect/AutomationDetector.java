package io.alembic.detect;

import io.alembic.detect.profile.Activity;
import io.alembic.detect.profile.AccountProfile;

import java.util.Locale;

/**
 * Scripted client: nearly every request from an HTTP client library (a bare product/version agent, no platform) with
 * a handful of model and parameter sets (a script toggles one setting now and then), week in week out. Survives jittered sleeps and office-hours schedules; an evaluation
 * harness looks the same per request but runs in a few sessions, hence the persistence condition: active on most
 * weekdays over at least two working weeks.
 */
public final class AutomationDetector implements Detector {
    public String id() { return "automation"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        int scripted = p.activity().count(AccountProfile.MARK_PROGRAMMATIC);
        double library = scripted / (double) n, setup = p.usage().topSetupsShare(r.integer("setups"));
        if (library < r.num("min_client_library_share") || setup < r.num("min_uniform_setup_share")) return null;
        int[] wd = weekdays(p.activity());
        if (wd[1] < r.num("min_span_weekdays") || wd[0] < r.num("min_active_weekday_share") * wd[1]) return null;
        String text = String.format(Locale.ROOT,
                "%s of %d requests from an HTTP client library (threshold %s), %d model and parameter sets on %s (threshold %s), "
                        + "active on %d of %d weekdays between first and last request.",
                Times.pct(library), n, Times.pct(r.num("min_client_library_share")), r.integer("setups"), Times.pct(setup),
                Times.pct(r.num("min_uniform_setup_share")), wd[0], wd[1]);
        return Signal.of(id(), r, r.weight(), text, p.activity().evidence(AccountProfile.MARK_PROGRAMMATIC, Finding.MAX_EVIDENCE), scripted);
    }

    /** {weekdays with at least one request, weekdays in the span} (UTC days; 1970-01-01 was a Thursday). */
    static int[] weekdays(Activity a) {
        long[] days = a.dailyCounts();
        if (days.length == 0) return new int[]{0, 0};
        long d0 = a.firstDay();
        int active = 0, span = 0;
        for (int i = 0; i < days.length; i++) {
            if (Math.floorMod(d0 + i + 3, 7) >= 5) continue;
            span++;
            if (days[i] > 0) active++;
        }
        return new int[]{active, span};
    }
}
