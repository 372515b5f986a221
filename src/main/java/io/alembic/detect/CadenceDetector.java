package io.alembic.detect;

import io.alembic.detect.parts.GapStats;
import io.alembic.detect.profile.Activity;
import io.alembic.detect.profile.AccountProfile;

import java.util.Locale;

/**
 * Machine cadence: evenly spaced requests (most gaps near the median) that go on through the night. An evaluation
 * harness is regular too but works in office sessions, so both conditions are required.
 */
public final class CadenceDetector implements Detector {
    public String id() { return "cadence"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        if (p.requests() < r.num("min_requests")) return null;
        GapStats g = p.activity().gaps();
        double quiet = quietestEightHourShare(p.activity());
        if (g.regularity() < r.num("min_regularity") || quiet < r.num("min_quiet_share")) return null;
        String text = String.format(Locale.ROOT,
                "%s of %d inter-request gaps lie within 50%% of the median gap (%s; threshold %s), and the quietest 8 hours "
                        + "of the day still carry %s of requests (threshold %s).",
                Times.pct(g.regularity()), g.gaps(), duration(g.medianGapMs()), Times.pct(r.num("min_regularity")),
                Times.pct(quiet), Times.pct(r.num("min_quiet_share")));
        return Signal.of(id(), r, r.weight(), text, p.activity().evidence(0, Finding.MAX_EVIDENCE), p.requests());
    }

    /** Share of requests in the quietest 8 consecutive UTC hours: about 1/3 for a flat stream, near 0 for people. */
    static double quietestEightHourShare(Activity a) {
        long[] hours = new long[24];
        for (int i = 0; i < a.size(); i++) hours[(int) Math.floorMod(a.time(i) / 3_600_000L, 24L)]++;
        long best = Long.MAX_VALUE;
        for (int s = 0; s < 24; s++) {
            long sum = 0;
            for (int k = 0; k < 8; k++) sum += hours[(s + k) % 24];
            best = Math.min(best, sum);
        }
        return a.size() == 0 ? 0 : best / (double) a.size();
    }

    static String duration(long ms) {
        if (ms < 120_000) return (ms / 1000) + " s";
        if (ms < 7_200_000) return (ms / 60_000) + " min";
        return String.format(Locale.ROOT, "%.1f h", ms / 3_600_000.0);
    }
}
