package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntUnaryOperator;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RampDetectorTest {
    private static final Rule R = Fx.rule("ramp");

    /** perDay(d) requests on day d, spread through working hours. */
    private static Signal run(int days, IntUnaryOperator perDay) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_climb");
        for (int d = 0; d < days; d++) {
            int k = perDay.applyAsInt(d);
            for (int i = 0; i < k; i++) f.at(T0 + d * DAY + 8 * 60 * MIN + i * (600 * MIN / Math.max(1, k)));
        }
        return Fx.inspect(new RampDetector(), reqs, "acct_climb");
    }

    @Test
    void firesOnASteadyClimbOverWeeks() {
        // from 3 a day to about 60 over four weeks: doubling roughly weekly, with a little day-to-day wobble
        Signal s = run(28, d -> (int) Math.round(3 * Math.pow(2, d / 6.5) * (d % 3 == 0 ? 0.85 : 1.1)));
        assertNotNull(s);
        assertTrue(s.explanation().startsWith("daily requests climbed steadily over 28 active days"), s.explanation());
        assertEquals(Finding.MAX_EVIDENCE, s.evidence().length, "cites the first and the latest requests");
    }

    @Test
    void silentOnAFlatLevelWithDailySwings() {
        assertNull(run(28, d -> 40 + (d * 37 % 23) - 11));
    }

    @Test
    void silentOnAGrowthTooSlowToDouble() {
        double slow = R.num("max_doubling_days") * 3;
        assertNull(run(28, d -> (int) Math.round(30 * Math.pow(2, d / slow))));
    }

    @Test
    void silentOnAShortBurstAtTheEnd() {
        // flat for three weeks, then one busy week: not a climb along a line
        assertNull(run(28, d -> d < 21 ? 20 + d % 4 : 80 + d % 5));
    }

    @Test
    void tooFewActiveDaysSayNothing() {
        int few = (int) R.num("min_active_days") - 1;
        assertNull(run(few, d -> (int) Math.round(5 * Math.pow(2, d / 3.0))));
    }
}
