package io.alembic.detect;

import io.alembic.detect.cluster.Link;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncLinkTest {
    /** Weekday 09-17 UTC, a request every ~20 min with per-account jitter; people get a browser agent. */
    private static void shift(Fx f, long seed, int startHour) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int day = 0; day < 28; day++) {
            if (Math.floorMod(3 + day, 7) >= 5) continue;
            for (long t = startHour * Fx.HOUR; t < 17 * Fx.HOUR; t += 20 * Fx.MIN) {
                f.prompt = Fx.content((int) (t / Fx.MIN) + day);
                f.at(Fx.T0 + day * Fx.DAY + t + r.nextLong(10 * Fx.MIN));
            }
        }
    }

    @Test
    void scriptsThatStartAndPauseTogetherAreLinkedPeopleAreNot() {
        List<RequestFacts> rs = Fx.list();
        Fx a = new Fx(rs);
        a.account = "acct_w1";
        shift(a, 1, 9);
        Fx b = new Fx(rs);
        b.account = "acct_w2";
        b.ip = "198.19.7.7";
        shift(b, 2, 9);
        Fx p1 = new Fx(rs);
        p1.account = "acct_p1";
        p1.ua = "Mozilla/5.0";
        shift(p1, 3, 9);
        Fx p2 = new Fx(rs);
        p2.account = "acct_p2";
        p2.ua = "Mozilla/5.0";
        p2.ip = "100.64.1.1";
        shift(p2, 4, 9);
        DetectionReport r = Fx.run(rs);
        List<Link> sync = r.clusters().stream().flatMap(c -> c.links().stream()).filter(l -> l.kind().equals("synchronised")).toList();
        assertEquals(1, sync.size(), r.clusters().toString());
        assertEquals(List.of("acct_w1", "acct_w2"), sync.get(0).accounts());
        assertTrue(sync.get(0).value().contains("starts/pauses/resumes"), sync.get(0).value());
    }
}
