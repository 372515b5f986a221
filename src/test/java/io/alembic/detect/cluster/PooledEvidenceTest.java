package io.alembic.detect.cluster;

import io.alembic.detect.AccountSummary;
import io.alembic.detect.Fx;
import io.alembic.detect.RuleSet;
import io.alembic.detect.Times;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.alembic.detect.Fx.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PooledEvidenceTest {
    private static final RuleSet RULES = RuleSet.builtin();
    private static final long MON = Fx.MONDAY / DAY;

    /** A small scripted member: `requests` high-effort, distinct, single-turn requests on the given days. */
    private static AccountSummary member(String id, int requests, long[] items, long... days) {
        long first = days[0];
        long bits = 0;
        for (long d : days) bits |= 1L << (d - first);
        AccountSummary.Traits t = new AccountSummary.Traits(1.0, 0, 0, 0, requests, 0, 1, 1.0, "m-large|temperature=0.6;", 1.0, 1.0, 40L * requests, 400L * requests);
        return new AccountSummary(id, requests, first * DAY + 3_600_000, days[days.length - 1] * DAY + 7_200_000, Long.MAX_VALUE,
                List.of(), List.of(), new long[0], items, new long[24], new int[0], new long[]{bits}, t, null);
    }

    private static long[] items(int from, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) out[i] = (from + i) * 1_000_003L;
        return out;
    }

    /** size members, each on two weekdays, together covering the three weeks from Monday 5 January. */
    private static List<AccountSummary> fleet(int size, int requests) {
        List<AccountSummary> out = new ArrayList<>();
        long[] weekdays = java.util.stream.LongStream.range(MON, MON + 19).filter(d -> !Fx.weekend(d)).toArray();
        for (int m = 0; m < size; m++) {
            long a = weekdays[m % weekdays.length], b = weekdays[(m + 7) % weekdays.length];
            out.add(member("m" + m, requests, items(m * 100, 8), Math.min(a, b), Math.max(a, b)));
        }
        return out;
    }

    @Test
    void membersUnderEveryMinimumShowTheRulesWhenPooled() {
        List<AccountSummary> members = fleet(30, 8);
        PooledEvidence.Result r = new PooledEvidence(RULES).of(members);
        assertTrue(r.extraction() > 0);
        assertEquals(RULES.of("automation").weight(), r.machine(), 1e-9);
        assertTrue(r.explanation().startsWith("pooled over 30 members' 240 requests:"), r.explanation());
        assertTrue(r.explanation().contains("reasoning asked for or returned on 100% (threshold "
                + Times.pct(RULES.of("reasoning").num("min_share")) + ")"), r.explanation());
        assertTrue(r.explanation().contains("distinct single-turn task prompts"), r.explanation());
        assertTrue(r.explanation().contains("some member active on 15 of 15 weekdays"), r.explanation());
    }

    @Test
    void tooFewPooledRequestsShowNothing() {
        PooledEvidence.Result r = new PooledEvidence(RULES).of(fleet(2, 8));
        assertEquals(0.0, r.extraction());
        assertEquals(0.0, r.machine());
        assertTrue(r.explanation().endsWith("nothing beyond what the members show alone."), r.explanation());
    }

    @Test
    void promptsSharedAcrossMembersAreRepeats() {
        // two evaluators running one test set: every prompt of one is a prompt of the other
        long[] same = items(0, 10);
        List<AccountSummary> twins = List.of(member("a", 8, same, MON), member("b", 8, same, MON + 1));
        assertEquals(0.5, PooledEvidence.crossRepeatShare(twins), 1e-9);
        assertEquals(0.0, PooledEvidence.crossRepeatShare(List.of(member("a", 8, items(0, 10), MON), member("b", 8, items(50, 10), MON))));
    }

    @Test
    void aSharedTestSetIsNotCoverageEvenWhenPooled() {
        List<AccountSummary> members = new ArrayList<>();
        for (int m = 0; m < 30; m++) members.add(member("m" + m, 8, items(0, 8), MON + m % 5));
        String why = new PooledEvidence(RULES).of(members).explanation();
        assertTrue(!why.contains("distinct single-turn task prompts"), why);
    }

    @Test
    void weekdaysAreTheUnionOverMembers() {
        List<AccountSummary> members = List.of(member("a", 8, items(0, 1), MON, MON + 2), member("b", 8, items(5, 1), MON + 1, MON + 11));
        // Monday 5 to Friday 16 January: ten weekdays, four of them active (5, 6, 7 and 16 January)
        assertEquals(List.of(4, 10), java.util.Arrays.stream(PooledEvidence.weekdays(members)).boxed().toList());
    }
}
