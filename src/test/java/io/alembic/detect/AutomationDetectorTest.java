package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongPredicate;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.MONDAY;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutomationDetectorTest {
    private static final Rule R = Fx.rule("automation");
    private static final String ACCT = "acct_cron";
    /** Three working weeks: Monday 5 to Friday 23 January 2026. */
    private static final int SPAN_DAYS = 19;

    /** Twelve requests in office hours on every day d (0 = Monday 5 January) for which active(d) holds. */
    private static List<RequestFacts> weekdays(String ua, LongPredicate active) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        f.ua = ua;
        int i = 0;
        for (int d = 0; d < SPAN_DAYS; d++) {
            if (!active.test(d)) continue;
            for (int k = 0; k < 12; k++, i++) {
                f.prompt = Fx.content(i);
                f.at(MONDAY + d * DAY + 9 * HOUR + k * 37 * MIN);
            }
        }
        return reqs;
    }

    private static boolean workday(long d) { return !Fx.weekend(MONDAY / DAY + d); }

    private static Signal inspect(List<RequestFacts> reqs) { return Fx.inspect(new AutomationDetector(), reqs, ACCT); }

    @Test
    void firesOnWeeksOfScriptedWeekdayTraffic() {
        Signal s = inspect(weekdays("ledgersync/0.9.4 httpcore/5.2", AutomationDetectorTest::workday));
        assertNotNull(s);
        assertTrue(s.explanation().contains("100% of 180 requests from an HTTP client library"), s.explanation());
        assertTrue(s.explanation().contains("active on 15 of 15 weekdays"), s.explanation());
        assertTrue(s.explanation().contains("threshold " + Times.pct(R.num("min_client_library_share"))), s.explanation());
    }

    @Test
    void anEmptyAgentIsAScriptToo() {
        assertNotNull(inspect(weekdays("", AutomationDetectorTest::workday)));
    }

    @Test
    void silentForAFewEvaluationSessions() {
        // the same harness, run on three days spread over the same three weeks
        assertNull(inspect(weekdays("ledgersync/0.9.4 httpcore/5.2", d -> d == 0 || d == 9 || d == 18)));
    }

    @Test
    void silentForABrowserOrAnAppNamingItsPlatform() {
        assertNull(inspect(weekdays("Mozilla/5.0 (X11; FreeBSD amd64; rv:128.0) Gecko/20100101 Firefox/128.0",
                AutomationDetectorTest::workday)));
        assertNull(inspect(weekdays("Tallyho/3.2 (iPad; iPadOS 17.5; Scale/2.00)", AutomationDetectorTest::workday)));
    }

    @Test
    void activeWeekdayThresholdJustAboveAndBelow() {
        int span = 15, need = (int) Math.ceil(R.num("min_active_weekday_share") * span);
        assertTrue(span >= R.num("min_span_weekdays"));
        List<Long> workdays = java.util.stream.LongStream.range(0, SPAN_DAYS).filter(AutomationDetectorTest::workday).boxed().toList();
        // always the first and last weekday, so the span stays 15; the others from the start
        assertNotNull(inspect(weekdays("ledgersync/0.9.4", d -> workdays.indexOf(d) >= 0
                && (workdays.indexOf(d) < need - 1 || workdays.indexOf(d) == span - 1))));
        assertNull(inspect(weekdays("ledgersync/0.9.4", d -> workdays.indexOf(d) >= 0
                && (workdays.indexOf(d) < need - 2 || workdays.indexOf(d) == span - 1))));
    }
}
