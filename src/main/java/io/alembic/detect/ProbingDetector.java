package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Content;

import java.util.Locale;

/**
 * Follow-up extraction: nearly every request replays a conversation of one fixed shape that already holds an answer,
 * and asks for more, with reasoning coming back. Real conversations grow and vary in length; a script that pairs each
 * item with an answer and then asks for the reasoning behind it sends the same shape every time.
 */
public final class ProbingDetector implements Detector {
    public String id() { return "probing"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        Content c = p.content();
        double multi = c.multiTurn() / (double) n, shape = c.dominantShapeShare();
        double reasoning = p.activity().count(AccountProfile.MARK_REASONING) / (double) n;
        Integer messages = c.dominantShapeMessages();
        if (multi < r.num("min_multi_turn_share") || shape < r.num("min_same_shape_share") || messages == null || messages < 3
                || reasoning < r.num("min_reasoning_share")) return null;
        String text = String.format(Locale.ROOT,
                "%s of %d requests (threshold %s) replay a conversation that already holds an answer, %s of them in one fixed "
                        + "shape of %d messages (threshold %s), with reasoning asked for or returned on %s.",
                Times.pct(multi), n, Times.pct(r.num("min_multi_turn_share")), Times.pct(shape), messages,
                Times.pct(r.num("min_same_shape_share")), Times.pct(reasoning));
        return Signal.of(id(), r, r.weight() * Math.min(1, multi * shape), text,
                p.activity().evidence(AccountProfile.MARK_MULTI_TURN, Finding.MAX_EVIDENCE), c.multiTurn());
    }
}
