package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Scripted client: nearly every request from an HTTP client library with one generation-parameter set, week in week
 * out. Unlike cadence and volume it survives jittered sleeps and office-hours schedules; an eval team's harness looks
 * the same per request but runs in a few sessions or one sprint, hence the persistence condition: active on most
 * weekdays over at least two working weeks.
 */
public final class AutomationDetector implements Detector {
    public String id() { return "automation"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            double library = p.clientLibrary.count() / (double) p.n;
            long uniform = p.params.top().isEmpty() ? 0 : p.params.top().get(0).count();
            double uniformShare = uniform / (double) p.n;
            if (library < r.num("min_client_library_share") || uniformShare < r.num("min_uniform_params_share")) continue;
            int[] wd = weekdays(p);
            if (wd[1] < r.num("min_span_weekdays") || wd[0] < r.num("min_active_weekday_share") * wd[1]) continue;
            String text = String.format(java.util.Locale.ROOT,
                    "%s of %d requests from an HTTP client library with one parameter set on %s, active on %d of %d weekdays "
                            + "between first and last request.",
                    Times.pct(library), p.n, Times.pct(uniformShare), wd[0], wd[1]);
            out.add(new Finding(id(), r.version(), p.accountId, r.weight(), text, p.clientLibrary.sample(), p.clientLibrary.count()));
        }
        return out;
    }

    /** {weekdays with at least one request, weekdays in the span} (UTC days; 1970-01-01 was a Thursday). */
    static int[] weekdays(AccountProfile p) {
        long[] days = p.dailyCounts();
        if (days.length == 0) return new int[]{0, 0};
        long d0 = Math.floorDiv(p.time(0), 86_400_000L);
        int active = 0, span = 0;
        for (int i = 0; i < days.length; i++) {
            if (Math.floorMod(d0 + i + 3, 7) >= 5) continue; // 0 = Monday
            span++;
            if (days[i] > 0) active++;
        }
        return new int[]{active, span};
    }
}
