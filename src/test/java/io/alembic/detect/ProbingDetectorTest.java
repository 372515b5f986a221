package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbingDetectorTest {
    private static final Rule R = Fx.rule("probing");
    private static final String[] CANNED = {"Could you lay out how that was derived?", "Please verify it by a second route.",
            "What chain of facts supports that?"};

    /**
     * conversations openings, each answered, then followed up: canned(c) gives the follow-up of conversation c, or null
     * for a conversation that ends after the answer.
     */
    private static Signal run(int conversations, java.util.function.IntFunction<String> canned) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_followup");
        long t = T0;
        for (int c = 0; c < conversations; c++) {
            String opening = Fx.content(c);
            f.messages = 1;
            f.assistantTurns = 0;
            f.prompt = opening;
            f.firstUser = opening;
            f.lastUser = opening;
            f.at(t += 3 * MIN);
            String next = canned.apply(c);
            if (next == null) continue;
            f.messages = 3;
            f.assistantTurns = 1;
            f.prompt = opening + "\n\n" + next;
            f.lastUser = next;
            f.at(t += MIN);
        }
        return Fx.inspect(new ProbingDetector(), reqs, "acct_followup");
    }

    @Test
    void firesWhenNearlyEveryConversationGetsOneOfAFewCannedFollowUps() {
        Signal s = run(40, c -> CANNED[c % CANNED.length]);
        assertNotNull(s);
        assertTrue(s.explanation().startsWith("40 of 40 conversations"), s.explanation());
        assertTrue(s.explanation().contains("one of 3 canned follow-ups"), s.explanation());
    }

    @Test
    void silentWhenPeopleAskTheirOwnNextQuestions() {
        assertNull(run(40, c -> "and what about " + Fx.content(1000 + c)));
    }

    @Test
    void silentWhenAnExplainButtonIsPressedOnSomeConversations() {
        double share = R.num("min_probed_share");
        int n = 40, pressed = (int) Math.floor(share * n) - 1;
        assertNull(run(n, c -> c < pressed ? CANNED[0] : null));
        assertNotNull(run(n, c -> c < (int) Math.ceil(share * n) ? CANNED[0] : null), "control: just above the share fires");
    }

    @Test
    void aFollowUpRepeatedWithinOneConversationIsNotCanned() {
        // an agent loop resends its task as the last user message on every step of one conversation
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_agent");
        for (int c = 0; c < 10; c++) {
            String task = Fx.content(c);
            for (int step = 0; step < 5; step++) {
                f.messages = 1 + 2 * step;
                f.assistantTurns = step;
                f.prompt = task;
                f.firstUser = task;
                f.lastUser = step == 0 ? task : "continue " + Fx.content(500 + c);
                f.at(T0 + (c * 10L + step) * MIN);
            }
        }
        assertNull(Fx.inspect(new ProbingDetector(), reqs, "acct_agent"));
    }
}
