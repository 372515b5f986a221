package io.alembic.detect;

import io.alembic.detect.parts.GapStats;

import java.util.ArrayList;
import java.util.List;

/**
 * Machine cadence: evenly spaced requests (most gaps near the median) that go on through the night. An evaluation
 * harness is regular too but works in office sessions, so both conditions are required.
 */
public final class CadenceDetector implements Detector {
    public String id() { return "cadence"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            GapStats g = p.gaps();
            double quiet = p.hours.quietestEightHourShare();
            if (g.regularity() < r.num("min_regularity") || quiet < r.num("min_quiet_share")) continue;
            double coverage = p.hours.coverage(r.num("hour_cover_min_share_of_mean"));
            String text = String.format(java.util.Locale.ROOT,
                    "%s of %d inter-request gaps lie within 50%% of the median gap (%s); the quietest 8 hours of the day "
                            + "still carry %s of requests, %d of 24 hours active.",
                    Times.pct(g.regularity()), g.gaps(), duration(g.medianGapMs()), Times.pct(quiet), Math.round(coverage * 24));
            out.add(new Finding(id(), r.version(), p.accountId, r.weight(), text, p.all.sample(), p.n));
        }
        return out;
    }

    static String duration(long ms) {
        if (ms < 120_000) return (ms / 1000) + " s";
        if (ms < 7_200_000) return (ms / 60_000) + " min";
        return String.format(java.util.Locale.ROOT, "%.1f h", ms / 3_600_000.0);
    }
}
