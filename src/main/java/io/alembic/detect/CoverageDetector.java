package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Content;

import java.util.Locale;

/**
 * A walk through a collection of tasks: many prompts, practically none repeated, each a self-contained single-turn
 * task. People come back to the same questions, hold conversations and send short follow-ups; an application's users
 * repeat themselves across thousands of requests; an evaluation re-runs its test set. Measured from the prompts'
 * hashes and shapes, in any language. A job that applies one instruction to many documents (summaries, labels) sends
 * distinct single-turn prompts too, but gets back less than it sends; harvesting gets back more, so the model must
 * write more tokens than it reads. More distinct items weigh more, up to the rule's full-coverage count.
 */
public final class CoverageDetector implements Detector {
    public String id() { return "coverage"; }

    /**
     * Output (answer and reasoning) tokens per input token: above 1 the model is producing new material, as when it
     * solves tasks; summarising, classifying or extracting from documents gives less than it takes. NaN without usage.
     */
    static double generation(io.alembic.detect.profile.Usage u) {
        return u.inputTokens() == 0 ? Double.NaN : (u.outputTokens() + u.reasoningTokens()) / (double) u.inputTokens();
    }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        Content c = p.content();
        double repeat = c.repeats() / (double) n, multi = c.multiTurn() / (double) n, tiny = c.shortPrompts() / (double) n;
        if (repeat > r.num("max_repeat_share") || multi > r.num("max_multi_turn_share") || tiny > r.num("max_short_share")) return null;
        double ratio = generation(p.usage());
        if (ratio < r.num("min_output_ratio")) return null;
        long distinct = n - c.repeats();
        double strength = Math.min(1, Math.log(distinct) / Math.log(r.num("full_coverage_items")));
        String text = String.format(Locale.ROOT,
                "%d of %d prompts are distinct (repeats %s, at most %s allowed), %s carry an earlier answer (at most %s), "
                        + "%s are under five words (at most %s), and the model wrote %s tokens for every token it was given "
                        + "(at least %.1f): a walk through a collection of tasks, not one job applied to many documents.",
                distinct, n, Times.pct(repeat), Times.pct(r.num("max_repeat_share")), Times.pct(multi),
                Times.pct(r.num("max_multi_turn_share")), Times.pct(tiny), Times.pct(r.num("max_short_share")),
                Double.isNaN(ratio) ? "an unknown number of" : String.format(Locale.ROOT, "%.1f", ratio), r.num("min_output_ratio"));
        return Signal.of(id(), r, r.weight() * strength, text, p.activity().evidence(0, Finding.MAX_EVIDENCE), distinct);
    }
}
