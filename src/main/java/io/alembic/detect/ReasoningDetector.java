package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Usage;

import java.util.Locale;

/**
 * What was asked of the model: most requests ask for reasoning (an effort setting above low) or get a reasoning trace
 * back. Read from parameters and token counts, not from the prompt's words, so no rewording hides it; any user of a
 * reasoning model shows it too, which is why it weighs little on its own. The weight grows with the share and, like
 * coverage, with the amount: a distiller can dilute its share with plain requests, but it needs the traces, and a
 * thousand of them is a harvest whatever share they are of the account's traffic.
 */
public final class ReasoningDetector implements Detector {
    public String id() { return "reasoning"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        int hits = p.activity().count(AccountProfile.MARK_REASONING);
        double share = hits / (double) n;
        double min = r.num("min_share");
        if (share < min) return null;
        Usage u = p.usage();
        String text = String.format(Locale.ROOT,
                "%d of %d requests (%s, threshold %s) asked for or received reasoning: effort medium or higher on %s, "
                        + "a reasoning trace returned on %s, %.0f reasoning tokens per request; weighed by the share or by the amount, "
                        + "whichever is more (full at %d requests).",
                hits, n, Times.pct(share), Times.pct(min), Times.pct(u.effortSet() / (double) n),
                Times.pct(u.reasoningReturned() / (double) n), u.reasoningTokens() / (double) n, (int) r.num("full_traces"));
        double byShare = 0.5 + 0.5 * (share - min) / Math.max(1e-9, 1 - min);
        double byAmount = Math.min(1, Math.log(hits) / Math.log(r.num("full_traces")));
        double strength = Math.max(byShare, byAmount);
        return Signal.of(id(), r, r.weight() * strength, text, p.activity().evidence(AccountProfile.MARK_REASONING, Finding.MAX_EVIDENCE), hits);
    }
}
