package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReasoningDetectorTest {
    private static final Rule R = Fx.rule("reasoning");
    private static final int N = 40;

    /** N requests, the first `hits` of them asking for high effort; the rest plain chat. */
    private static List<RequestFacts> withEffort(int n, int hits, String effort) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_thinker");
        for (int i = 0; i < n; i++) {
            f.effort = i < hits ? effort : null;
            f.prompt = Fx.content(i);
            f.at(T0 + i * 7 * MIN);
        }
        return reqs;
    }

    private static int needed(int n) { return (int) Math.ceil(R.num("min_share") * n); }

    @Test
    void firesAtTheShareThresholdAndCitesTheFigures() {
        int hits = needed(N);
        Signal s = Fx.inspect(new ReasoningDetector(), withEffort(N, hits, "high"), "acct_thinker");
        assertNotNull(s);
        assertTrue(s.explanation().contains(hits + " of " + N + " requests"), s.explanation());
        assertTrue(s.explanation().contains("threshold " + Times.pct(R.num("min_share"))), s.explanation());
        assertEquals(hits, s.evidenceCount());
        assertTrue(s.score() > 0 && s.score() <= R.weight());
    }

    @Test
    void silentJustBelowTheShare() {
        assertNull(Fx.inspect(new ReasoningDetector(), withEffort(N, needed(N) - 1, "high"), "acct_thinker"));
    }

    @Test
    void moreReasoningWeighsMore() {
        Signal some = Fx.inspect(new ReasoningDetector(), withEffort(N, needed(N), "high"), "acct_thinker");
        Signal all = Fx.inspect(new ReasoningDetector(), withEffort(N, N, "high"), "acct_thinker");
        assertTrue(all.score() > some.score());
        assertEquals(R.weight(), all.score(), 1e-9);
    }

    @Test
    void manyTracesWeighMoreThanTheirShareAlone() {
        // the same share, at the threshold, over forty requests and over twice the full amount
        Signal few = Fx.inspect(new ReasoningDetector(), withEffort(N, needed(N), "high"), "acct_thinker");
        int big = 20 * (int) R.num("full_traces") / 10;
        Signal many = Fx.inspect(new ReasoningDetector(), withEffort(big, needed(big), "high"), "acct_thinker");
        assertTrue(many.score() > few.score(), many.score() + " vs " + few.score());
        assertEquals(R.weight(), many.score(), 1e-9, "at or beyond the full amount the amount alone gives full weight");
        assertTrue(many.explanation().contains("full at " + (int) R.num("full_traces") + " requests"), many.explanation());
    }

    @Test
    void aReturnedTraceCountsWithoutAnyEffortSetting() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_thinker");
        f.reasoningTokens = 850;
        for (int i = 0; i < N; i++) {
            f.prompt = Fx.content(i);
            f.at(T0 + i * 7 * MIN);
        }
        Signal s = Fx.inspect(new ReasoningDetector(), reqs, "acct_thinker");
        assertNotNull(s);
        assertTrue(s.explanation().contains("a reasoning trace returned on 100%"), s.explanation());
        assertTrue(s.explanation().contains("850 reasoning tokens per request"), s.explanation());
    }

    @Test
    void lowOrMinimalEffortIsOrdinaryUse() {
        // a chat app that pins effort low on every request to save cost
        assertNull(Fx.inspect(new ReasoningDetector(), withEffort(N, N, "low"), "acct_thinker"));
        assertNull(Fx.inspect(new ReasoningDetector(), withEffort(N, N, "minimal"), "acct_thinker"));
    }

    @Test
    void tooFewRequestsSayNothing() {
        int n = R.integer("min_requests") - 1;
        assertNull(Fx.inspect(new ReasoningDetector(), withEffort(n, n, "high"), "acct_thinker"));
    }
}
