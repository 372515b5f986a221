package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntFunction;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageDetectorTest {
    private static final Rule R = Fx.rule("coverage");

    private static Signal run(int n, IntFunction<String> prompt, IntFunction<Integer> assistantTurns) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_walker");
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            int turns = assistantTurns.apply(i);
            f.messages = 1 + 2 * turns;
            f.assistantTurns = turns;
            f.at(T0 + i * 3 * MIN);
        }
        return Fx.inspect(new CoverageDetector(), reqs, "acct_walker");
    }

    @Test
    void firesOnManyDistinctSingleTurnTasks() {
        int n = 120;
        Signal s = run(n, Fx::content, i -> 0);
        assertNotNull(s);
        assertTrue(s.explanation().contains(n + " of " + n + " prompts are distinct"), s.explanation());
        assertTrue(s.explanation().contains("at most " + Times.pct(R.num("max_repeat_share"))), s.explanation());
        assertTrue(s.score() > 0 && s.score() < R.weight(), "fewer items than full coverage weigh less than the weight");
    }

    @Test
    void repeatThresholdIsInclusive() {
        int n = 100, allowed = (int) Math.floor(R.num("max_repeat_share") * n);
        // the last `repeats` prompts re-send the first ones (same words, different case and punctuation)
        assertNotNull(run(n, i -> i >= n - allowed ? Fx.content(i - (n - allowed)).toUpperCase() + "!!" : Fx.content(i), i -> 0));
        int over = allowed + 1;
        assertNull(run(n, i -> i >= n - over ? Fx.content(i - (n - over)) : Fx.content(i), i -> 0));
    }

    @Test
    void silentForAnAppWhoseUsersRepeatThemselves() {
        // a help widget: a few hundred requests drawn from a small set of things people ask again and again
        assertNull(run(300, i -> Fx.CHAT[(i * 7) % 25], i -> 0));
    }

    @Test
    void silentForAnEvaluationThatReRunsItsTestSet() {
        int set = 60;
        assertNull(run(3 * set, i -> Fx.content(i % set), i -> 0));
    }

    @Test
    void silentForConversations() {
        // distinct questions, but a fifth of them continue a conversation that holds an earlier answer
        assertNull(run(100, Fx::content, i -> i % 5 == 0 ? 1 + i % 3 : 0));
    }

    @Test
    void silentWhenManyPromptsAreShortFollowUps() {
        String[] nudges = {"thanks", "ok go on", "shorter please", "and in French", "why"};
        assertNull(run(100, i -> i % 6 == 0 ? nudges[i % 5] + " " + (i / 6) : Fx.content(i), i -> 0));
    }

    @Test
    void tooFewRequestsSayNothing() {
        assertNull(run(R.integer("min_requests") - 1, Fx::content, i -> 0));
    }
}
