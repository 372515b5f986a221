package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolumeDetectorTest {
    private static final Rule R = Fx.rule("volume");
    private static final String ACCT = "acct_steady";

    /**
     * perDay(d) requests on each of `days` days, spread over the day; request number i uses an odd parameter set when
     * odd(i), the account's usual one otherwise.
     */
    private static List<RequestFacts> daily(int days, IntUnaryOperator perDay, IntPredicate odd) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        int i = 0;
        for (int d = 0; d < days; d++) {
            int c = perDay.applyAsInt(d);
            for (int k = 0; k < c; k++, i++) {
                f.params = odd.test(i) ? "temperature=0.9;top_p=0.5;" : "temperature=0.2;";
                f.prompt = Fx.content(i);
                f.at(T0 + d * DAY + (long) ((k + 0.5) * 24 * HOUR / c));
            }
        }
        return reqs;
    }

    private static Signal inspect(List<RequestFacts> reqs) { return Fx.inspect(new VolumeDetector(), reqs, ACCT); }

    @Test
    void firesOnASteadyDailyCountWithOneSetup() {
        List<RequestFacts> reqs = daily(14, d -> 40 + (d % 3 - 1) * 4, i -> false);
        Signal s = inspect(reqs);
        assertNotNull(s);
        String mean = String.format(Locale.ROOT, "%.0f a day", reqs.size() / 14.0);
        assertTrue(s.explanation().contains(reqs.size() + " requests over 14 days at a steady " + mean), s.explanation());
        assertTrue(s.explanation().contains("active on 100% of days"), s.explanation());
        assertTrue(s.explanation().contains("one model and parameter set on 100% of requests"), s.explanation());
    }

    @Test
    void silentForAnOfficeIntegrationThatRestsAtWeekends() {
        assertNull(inspect(daily(14, d -> Fx.weekend(T0 / DAY + d) ? 0 : 60, i -> false)));
    }

    @Test
    void silentForAPersonWhoseDaysSwing() {
        int[] counts = {3, 0, 55, 12, 0, 80, 7, 1, 30, 0, 64, 5, 2, 41};
        assertNull(inspect(daily(counts.length, d -> counts[d], i -> false)));
    }

    @Test
    void uniformSetupThresholdJustAboveAndBelow() {
        int days = 10, per = 30, n = days * per;
        int oddAllowed = n - (int) Math.ceil(R.num("min_uniform_setup_share") * n);
        assertNotNull(inspect(daily(days, d -> per, i -> i < oddAllowed)));
        assertNull(inspect(daily(days, d -> per, i -> i < oddAllowed + 1)));
    }

    @Test
    void tooFewDaysSayNothing() {
        int days = R.integer("min_days") - 1;
        assertNull(inspect(daily(days, d -> 60, i -> false)));
    }
}
