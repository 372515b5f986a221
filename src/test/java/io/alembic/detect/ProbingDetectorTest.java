package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntUnaryOperator;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbingDetectorTest {
    private static final Rule R = Fx.rule("probing");

    /** Requests whose message count is messages(i) (odd: user, assistant, ..., user), reasoning on when asked. */
    private static Signal run(int n, IntUnaryOperator messages, String effort) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_followup");
        f.effort = effort;
        for (int i = 0; i < n; i++) {
            int m = messages.applyAsInt(i);
            f.messages = m;
            f.assistantTurns = (m - 1) / 2;
            f.prompt = Fx.content(i) + " Walk me through how you got there.";
            f.at(T0 + i * 5 * MIN);
        }
        return Fx.inspect(new ProbingDetector(), reqs, "acct_followup");
    }

    @Test
    void firesOnFixedShapeFollowUpsWithReasoning() {
        Signal s = run(30, i -> 3, "high");
        assertNotNull(s);
        assertTrue(s.explanation().contains("100% of 30 requests"), s.explanation());
        assertTrue(s.explanation().contains("one fixed shape of 3 messages"), s.explanation());
        assertTrue(s.explanation().contains("reasoning asked for or returned on 100%"), s.explanation());
    }

    @Test
    void silentForRealConversationsThatGrow() {
        // conversations of 1 to 6 user turns: each request carries the history so far
        int[] lengths = {4, 2, 6, 3, 5, 1, 3, 4, 2, 5};
        int[] shapes = java.util.Arrays.stream(lengths).flatMap(len -> java.util.stream.IntStream.range(0, len).map(t -> 1 + 2 * t)).toArray();
        assertNull(run(shapes.length, i -> shapes[i], "high"));
    }

    @Test
    void silentForFollowUpsInConversationsOfVaryingDepth() {
        // every request continues a conversation, with reasoning, but the history grows: 3, 5, 7, ... messages
        assertNull(run(40, i -> 3 + 2 * (i % 5), "high"));
        assertNotNull(run(40, i -> 3 + 2 * (i % 5) * (i % 4 == 0 ? 1 : 0), "high"), "control: the same turns in one shape fire");
    }

    @Test
    void silentForAWidgetThatPrependsAGreetingButAsksNoReasoning() {
        // a support widget replays its canned greeting as an assistant turn before every question
        assertNull(run(40, i -> 3, null));
    }

    @Test
    void sameShapeThresholdJustAboveAndBelow() {
        int n = 40, need = (int) Math.ceil(R.num("min_same_shape_share") * n);
        int[] others = {5, 7, 9}; // three other shapes, so the small top counter stays exact
        assertNotNull(run(n, i -> i < need ? 3 : others[i % 3], "high"));
        assertNull(run(n, i -> i < need - 1 ? 3 : others[i % 3], "high"));
    }

    @Test
    void singleTurnRequestsAreNotFollowUps() {
        assertNull(run(40, i -> 1, "high"));
    }
}
