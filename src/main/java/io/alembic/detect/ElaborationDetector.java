package io.alembic.detect;

import io.alembic.detect.profile.Content;

import java.util.Locale;

/**
 * What was returned to follow-ups: the typical follow-up draws an answer well longer than the answer it follows up
 * on, so the follow-ups ask the model to unpack what it already said (its reasoning, a second derivation) rather than
 * to move on or clarify. Measured from answer lengths alone, in any language and however the follow-up is worded.
 * A reader asks for more now and then; a routine that does it to every answer moves the median.
 */
public final class ElaborationDetector implements Detector {
    public String id() { return "elaboration"; }

    public Signal inspect(io.alembic.detect.profile.AccountProfile p, Rule r, LogContext log) {
        Content c = p.content();
        int followUps = c.answeredFollowUps();
        if (followUps < r.num("min_follow_ups")) return null;
        int conversations = c.answeredConversations();
        if (conversations < r.num("min_conversations")) return null;
        double median = c.medianGrowth(), min = r.num("min_median_growth");
        if (median < min) return null;
        int grown = c.grownConversations(min);
        String text = String.format(Locale.ROOT,
                "the typical follow-up (median of %d, in %d conversations) drew an answer %.1f times as long as the earlier "
                        + "answer it carried (threshold %.1f); in %d conversations a follow-up did so: the follow-ups ask the "
                        + "model to unpack what it already answered.",
                followUps, conversations, median, min, grown);
        double strength = Math.min(1, 0.5 + 0.5 * (median - min) / min);
        return Signal.of(id(), r, r.weight() * strength, text, c.grownEvidence(min, Finding.MAX_EVIDENCE), grown);
    }
}
