package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.MONDAY;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CadenceDetectorTest {
    private static final Rule R = Fx.rule("cadence");
    private static final String ACCT = "acct_clock";

    private static Signal inspect(List<RequestFacts> reqs) { return Fx.inspect(new CadenceDetector(), reqs, ACCT); }

    @Test
    void firesOnARoundTheClockScheduler() {
        List<RequestFacts> reqs = Fx.list();
        Fx.scripted(new Fx(reqs, ACCT), 216, T0, 20 * MIN, Fx::content); // three days, every 20 minutes ±20%
        Signal s = inspect(reqs);
        assertNotNull(s);
        assertTrue(s.explanation().contains("of 215 inter-request gaps"), s.explanation());
        assertTrue(s.explanation().contains("(20 min; threshold " + Times.pct(R.num("min_regularity"))), s.explanation());
        assertTrue(s.explanation().contains("threshold " + Times.pct(R.num("min_quiet_share"))), s.explanation());
    }

    @Test
    void silentForOfficeHoursEvaluationSessions() {
        // an eval harness: a request every 40 s (±25%) from 10:00 to 16:00 on four weekdays, nothing at night
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        SplittableRandom r = new SplittableRandom(3);
        for (int d = 0; d < 4; d++) {
            for (long t = MONDAY + d * DAY + 10 * HOUR; t < MONDAY + d * DAY + 16 * HOUR; t += 40_000 + r.nextLong(-10_000, 10_000)) {
                f.prompt = Fx.content((int) (t / 1000 % 100_000));
                f.at(t);
            }
        }
        assertTrue(reqs.size() > 1000);
        assertNull(inspect(reqs));
    }

    @Test
    void silentForAPerson() {
        List<RequestFacts> reqs = Fx.list();
        Fx.human(new Fx(reqs, ACCT), 120, 11, Fx::content);
        assertNull(inspect(reqs));
    }

    /**
     * A scheduler that slows down at night: 48 requests by day (every 20 min, 08-24 UTC) and `night` requests evenly
     * spread over 00-08, for a week. The quietest 8 hours are the night, carrying night / (night + 48) of requests.
     */
    private static List<RequestFacts> dayAndNight(int night) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        for (int d = 0; d < 7; d++) {
            long day = T0 + d * DAY;
            for (int k = 0; k < night; k++) f.at(day + (long) ((k + 0.5) * 8 * HOUR / night));
            for (int k = 0; k < 48; k++) f.at(day + 8 * HOUR + (long) ((k + 0.5) * 20 * MIN));
        }
        return reqs;
    }

    @Test
    void quietShareThresholdJustAboveAndBelow() {
        double t = R.num("min_quiet_share");
        int above = 1;
        while (above / (double) (above + 48) < t) above++;
        int below = above - 1;
        assertTrue(below / (double) (below + 48) < t && above < 24, "fixture needs a night lighter than the day");
        Signal s = inspect(dayAndNight(above));
        assertNotNull(s);
        assertTrue(s.explanation().contains("still carry " + Times.pct(above / (double) (above + 48))), s.explanation());
        assertNull(inspect(dayAndNight(below)));
    }

    /**
     * Round the clock for about five days; of every 100 gaps, `regular` are 10 min and the rest alternate 1 min and
     * 45 min, interleaved so every hour of the day looks alike.
     */
    private static List<RequestFacts> mixedGaps(int regular) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        long t = T0;
        int irregular = 0;
        for (int i = 0; i < 500; i++) {
            f.at(t);
            if ((i * 37) % 100 < regular) t += 10 * MIN;
            else t += irregular++ % 2 == 0 ? MIN : 45 * MIN;
        }
        return reqs;
    }

    @Test
    void regularityThresholdJustAboveAndBelow() {
        int need = (int) Math.ceil(R.num("min_regularity") * 100);
        assertNotNull(inspect(mixedGaps(need + 1)));
        assertNull(inspect(mixedGaps(need - 2)));
    }

    @Test
    void tooFewRequestsSayNothing() {
        List<RequestFacts> reqs = Fx.list();
        Fx.scripted(new Fx(reqs, ACCT), R.integer("min_requests") - 1, T0, 75 * MIN, Fx::content);
        assertNull(inspect(reqs));
    }
}
