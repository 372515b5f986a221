package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Content;

import java.util.Locale;

/**
 * A walk through a collection of tasks: many prompts, practically none repeated, each a self-contained single-turn
 * task. People come back to the same questions, hold conversations and send short follow-ups; an application's users
 * repeat themselves across thousands of requests; an evaluation re-runs its test set. Measured from the prompts'
 * hashes and shapes, in any language. More distinct items weigh more, up to the rule's full-coverage count.
 */
public final class CoverageDetector implements Detector {
    public String id() { return "coverage"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        Content c = p.content();
        double repeat = c.repeats() / (double) n, multi = c.multiTurn() / (double) n, tiny = c.shortPrompts() / (double) n;
        if (repeat > r.num("max_repeat_share") || multi > r.num("max_multi_turn_share") || tiny > r.num("max_short_share")) return null;
        long distinct = n - c.repeats();
        double strength = Math.min(1, Math.log(distinct) / Math.log(r.num("full_coverage_items")));
        String text = String.format(Locale.ROOT,
                "%d of %d prompts are distinct (repeats %s, at most %s allowed), %s carry an earlier answer (at most %s), "
                        + "%s are under five words (at most %s), spread over %.1f structural kinds: a walk through a collection of tasks.",
                distinct, n, Times.pct(repeat), Times.pct(r.num("max_repeat_share")), Times.pct(multi),
                Times.pct(r.num("max_multi_turn_share")), Times.pct(tiny), Times.pct(r.num("max_short_share")), c.styleBreadth());
        return Signal.of(id(), r, r.weight() * strength, text, p.activity().evidence(0, Finding.MAX_EVIDENCE), distinct);
    }
}
