package io.alembic.detect.profile;

import io.alembic.detect.Fx;
import io.alembic.detect.RequestFacts;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarTest {
    private static final long D0 = T0 / DAY; // Thursday 1 January 2026

    /** A log from day 0 to day 20: an account touching both edges, so every other account sits inside it. */
    private static List<RequestFacts> log() {
        List<RequestFacts> reqs = Fx.list();
        Fx edge = new Fx(reqs, "acct_edges");
        edge.at(T0 + 5 * MIN);
        edge.at(T0 + 20 * DAY + 23 * HOUR);
        return reqs;
    }

    /** Round the clock every 30 minutes on days from..to, except while skip(ts) holds. */
    private static void roundTheClock(List<RequestFacts> reqs, String account, int from, int to, LongPredicate skip) {
        Fx f = new Fx(reqs, account);
        for (long t = T0 + from * DAY + 7 * MIN; t < T0 + (to + 1) * DAY; t += 30 * MIN) if (!skip.test(t)) f.at(t);
    }

    /** 09:00-17:00 every 20 minutes on the weekdays from..to for which works(day) holds. */
    private static void officeHours(List<RequestFacts> reqs, String account, int from, int to, LongPredicate works) {
        Fx f = new Fx(reqs, account);
        for (int d = from; d <= to; d++) {
            if (Fx.weekend(D0 + d) || !works.test(d)) continue;
            for (long t = T0 + d * DAY + 9 * HOUR; t < T0 + d * DAY + 17 * HOUR; t += 20 * MIN) f.at(t);
        }
    }

    private static long[] ofKind(long[] items, int kind) { return Arrays.stream(items).filter(i -> Calendar.kind(i) == kind).toArray(); }

    private static long[] calendar(List<RequestFacts> reqs, String account) { return Fx.profile(reqs, account).calendar(); }

    @Test
    void firstAndLastOnlyWhenInsideTheLog() {
        List<RequestFacts> reqs = log();
        roundTheClock(reqs, "acct_late", 5, 15, t -> false);
        roundTheClock(reqs, "acct_whole", 0, 20, t -> false);
        long[] late = calendar(reqs, "acct_late");
        assertArrayEquals(new long[]{Calendar.item(Calendar.FIRST, 0, D0 + 5)}, ofKind(late, Calendar.FIRST));
        assertArrayEquals(new long[]{Calendar.item(Calendar.LAST, 0, D0 + 15)}, ofKind(late, Calendar.LAST));
        long[] whole = calendar(reqs, "acct_whole");
        assertEquals(0, ofKind(whole, Calendar.FIRST).length + ofKind(whole, Calendar.LAST).length);
    }

    @Test
    void restDaysOnlyForAccountsActiveOnMostDaysOfThatType() {
        List<RequestFacts> reqs = log();
        roundTheClock(reqs, "acct_steady", 0, 20, t -> Math.floorDiv(t, DAY) == D0 + 13); // idle Wednesday 14 January
        officeHours(reqs, "acct_parttime", 0, 20, d -> d % 2 == 0);                      // every other weekday
        assertArrayEquals(new long[]{Calendar.item(Calendar.REST, 0, D0 + 13)}, ofKind(calendar(reqs, "acct_steady"), Calendar.REST));
        assertEquals(0, ofKind(calendar(reqs, "acct_parttime"), Calendar.REST).length);
    }

    @Test
    void nightsAndWeekendsAreNotPausesForAPerson() {
        List<RequestFacts> reqs = log();
        officeHours(reqs, "acct_clerk", 0, 20, d -> true);
        long[] items = calendar(reqs, "acct_clerk");
        assertEquals(0, ofKind(items, Calendar.PAUSE).length + ofKind(items, Calendar.RESUME).length, Arrays.toString(items));
        assertEquals(0, ofKind(items, Calendar.REST).length);
    }

    @Test
    void anAfternoonGapIsAPauseForAScript() {
        List<RequestFacts> reqs = log();
        long from = T0 + 8 * DAY + 13 * HOUR, to = T0 + 8 * DAY + 18 * HOUR; // Friday 9 January, 13:00-18:00
        roundTheClock(reqs, "acct_bot", 0, 20, t -> t > from && t < to);
        long[] pauses = ofKind(calendar(reqs, "acct_bot"), Calendar.PAUSE), resumes = ofKind(calendar(reqs, "acct_bot"), Calendar.RESUME);
        assertEquals(2, pauses.length, "one pause on two grids");
        assertEquals(2, resumes.length);
        for (long p : pauses) assertEquals(D0 + 8, Calendar.dayOf(p));
        assertTrue(Arrays.stream(pauses).mapToObj(Calendar::describe).anyMatch(s -> s.equals("paused ~2026-01-09T12Z")),
                Arrays.toString(Arrays.stream(pauses).mapToObj(Calendar::describe).toArray()));
        assertTrue(Arrays.stream(resumes).mapToObj(Calendar::describe).anyMatch(s -> s.startsWith("resumed ~2026-01-09T1")));
    }

    @Test
    void tooLittleActivityHasNoCalendar() {
        List<RequestFacts> reqs = log();
        Fx f = new Fx(reqs, "acct_rare");
        for (int i = 0; i < 12; i++) f.at(T0 + (3 + i) * DAY + 10 * HOUR);
        roundTheClock(reqs, "acct_oneday", 6, 6, t -> false); // 48 requests, one day
        assertEquals(0, calendar(reqs, "acct_rare").length);
        assertEquals(0, calendar(reqs, "acct_oneday").length);
    }

    @Test
    void itemsEncodeKindDayAndDescription() {
        long rest = Calendar.item(Calendar.REST, 0, D0 + 20);
        assertEquals(Calendar.REST, Calendar.kind(rest));
        assertEquals(D0 + 20, Calendar.value(rest));
        assertEquals("rested 2026-01-21", Calendar.describe(rest));
        long bucket = (T0 + 3 * DAY + 14 * HOUR) / (2 * HOUR);
        assertEquals(D0 + 3, Calendar.dayOf(Calendar.item(Calendar.RESUME, 1, bucket)));
        assertEquals("paused ~2026-01-04T14Z", Calendar.describe(Calendar.item(Calendar.PAUSE, 0, bucket)));
        assertEquals("paused ~2026-01-04T15Z", Calendar.describe(Calendar.item(Calendar.PAUSE, 1, bucket)));
    }
}
