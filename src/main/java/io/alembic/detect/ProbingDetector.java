package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Content;

import java.util.Locale;

/**
 * Follow-up extraction: conversation after conversation is continued with one of a few canned follow-ups (how was that
 * reached, check it again), whatever the opening question. People ask their own next question; an app's "explain"
 * button is pressed on some conversations, not on nearly all of them. Measured from message identities only, in any
 * language and however the conversation grows.
 */
public final class ProbingDetector implements Detector {
    public String id() { return "probing"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        Content c = p.content();
        long conversations = c.conversations(), probed = c.probedConversations();
        if (p.requests() < r.num("min_requests") || probed < r.num("min_probed_conversations")) return null;
        double share = probed / (double) Math.max(1, conversations);
        if (share < r.num("min_probed_share")) return null;
        String text = String.format(Locale.ROOT,
                "%d of %d conversations (%s, threshold %s) were continued with one of %d canned follow-ups, each put to at "
                        + "least three different conversations; %d of %d requests carry an earlier answer.",
                probed, conversations, Times.pct(share), Times.pct(r.num("min_probed_share")), c.recurringFollowUps(),
                c.multiTurn(), p.requests());
        return Signal.of(id(), r, r.weight() * Math.min(1, share), text,
                p.activity().evidence(AccountProfile.MARK_MULTI_TURN, Finding.MAX_EVIDENCE), c.multiTurn());
    }
}
