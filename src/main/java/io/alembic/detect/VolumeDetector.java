package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Programmatic extraction at volume: a steady daily count every day of the span (people and office integrations swing
 * with weekdays and moods), with one generation-parameter set on nearly every request.
 */
public final class VolumeDetector implements Detector {
    public String id() { return "volume"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            long[] days = p.dailyCounts();
            if (days.length < r.num("min_days")) continue;
            int active = 0;
            double mean = 0;
            for (long d : days) { mean += d; if (d > 0) active++; }
            mean /= days.length;
            double var = 0;
            for (long d : days) var += (d - mean) * (d - mean);
            double cv = Math.sqrt(var / days.length) / mean;
            double activeShare = active / (double) days.length;
            long uniform = p.params.top().isEmpty() ? 0 : p.params.top().get(0).count();
            double uniformShare = uniform / (double) p.n;
            if (cv > r.num("max_daily_cv") || activeShare < r.num("min_active_day_share")
                    || uniformShare < r.num("min_uniform_params_share")) continue;
            String text = String.format(java.util.Locale.ROOT,
                    "%d requests over %d days at a steady %.0f a day (daily variation %.2f), active on %s of days, "
                            + "one parameter set on %s of requests.",
                    p.n, days.length, mean, cv, Times.pct(activeShare), Times.pct(uniformShare));
            out.add(new Finding(id(), r.version(), p.accountId, r.weight(), text, p.all.sample(), p.n));
        }
        return out;
    }
}
