package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntUnaryOperator;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElaborationDetectorTest {
    private static final Rule R = Fx.rule("elaboration");

    /**
     * conversations of one opening and two follow-ups; grown(k) is the length of the k-th follow-up's answer (k counts
     * every follow-up of the account) when the answer it follows is 100 characters long.
     */
    private static Signal run(int conversations, IntUnaryOperator grown) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_unpack");
        long t = T0;
        int k = 0;
        for (int c = 0; c < conversations; c++) {
            String opening = Fx.content(c);
            f.firstUser = opening;
            f.prompt = opening;
            f.lastUser = opening;
            f.messages = 1;
            f.assistantTurns = 0;
            f.priorAnswer = 0;
            f.answer = 0;
            f.at(t += 5 * MIN);
            for (int step = 1; step <= 2; step++) {
                f.messages = 1 + 2 * step;
                f.assistantTurns = step;
                f.lastUser = "and then " + Fx.content(700 + c * 3 + step);
                f.prompt = opening + "\n\n" + f.lastUser;
                f.priorAnswer = 100;
                f.answer = grown.applyAsInt(k++);
                f.at(t += MIN);
            }
        }
        return Fx.inspect(new ElaborationDetector(), reqs, "acct_unpack");
    }

    @Test
    void firesWhenTheTypicalFollowUpDrawsAMuchLongerAnswer() {
        Signal s = run(15, k -> 260);
        assertNotNull(s);
        assertTrue(s.explanation().contains("2.6 times as long"), s.explanation());
        assertTrue(s.explanation().contains("median of 30, in 15 conversations"), s.explanation());
        assertEquals(Finding.MAX_EVIDENCE, s.evidence().length, "cites the follow-ups that grew");
    }

    @Test
    void silentWhenFollowUpsAreClarificationsOfAboutTheSameLength() {
        assertNull(run(15, k -> 110));
    }

    @Test
    void silentWhenOnlySomeFollowUpsAskForMore() {
        // a reader asks for the long version in a third of the follow-ups: the median stays put
        assertNull(run(15, k -> k % 3 == 0 ? 400 : 100));
        // control: the same growth on two follow-ups in three moves the median past the threshold
        assertNotNull(run(15, k -> k % 3 != 0 ? 400 : 100));
    }

    @Test
    void thresholdIsTheRuleData() {
        int at = (int) Math.ceil(R.num("min_median_growth") * 100);
        assertNotNull(run(15, k -> at));
        assertNull(run(15, k -> at - 2));
    }

    @Test
    void tooFewConversationsSayNothing() {
        int few = (int) R.num("min_conversations") - 1;
        assertNull(run(few, k -> 500));
    }
}
