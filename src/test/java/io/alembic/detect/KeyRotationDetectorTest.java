package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyRotationDetectorTest {
    private static final Rule R = Fx.rule("key_rotation");
    private static final String ACCT = "acct_keys";

    /**
     * Bursts of ten requests on one key, the last of each answered 429; after each burst the client moves on to the
     * key named by next[b] (a fresh one, or one it used before).
     */
    private static List<RequestFacts> bursts(String... keys) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        long t = T0;
        for (int b = 0; b < keys.length; b++) {
            f.key = keys[b];
            for (int k = 0; k < 10; k++) {
                f.status = k == 9 && b < keys.length - 1 ? 429 : 200;
                f.at(t += MIN);
            }
        }
        return reqs;
    }

    private static Signal inspect(List<RequestFacts> reqs) { return Fx.inspect(new KeyRotationDetector(), reqs, ACCT); }

    @Test
    void firesOnAFreshKeyAfterEveryRateLimit() {
        List<RequestFacts> reqs = bursts("k_1", "k_2", "k_3", "k_4");
        Signal s = inspect(reqs);
        assertNotNull(s);
        assertTrue(s.explanation().contains("3 times (threshold " + R.integer("min_fresh_key_switches") + "; 4 keys in all)"),
                s.explanation());
        assertEquals(3, s.evidenceCount());
        // the evidence is the rate-limited requests, by sequence number in scan order
        List<Integer> limited = java.util.stream.IntStream.range(0, reqs.size()).filter(i -> reqs.get(i).status() == 429).boxed().toList();
        assertEquals(limited, java.util.Arrays.stream(s.evidence()).boxed().toList());
    }

    @Test
    void thresholdJustAboveAndBelow() {
        int min = R.integer("min_fresh_key_switches");
        String[] keys = new String[min + 1];
        for (int i = 0; i < keys.length; i++) keys[i] = "k_" + i;
        assertNotNull(inspect(bursts(keys)));
        assertNull(inspect(bursts(java.util.Arrays.copyOf(keys, min))));
    }

    @Test
    void silentForAnOrdinaryRetryOnTheSameKey() {
        assertNull(inspect(bursts("k_1", "k_1", "k_1", "k_1", "k_1")));
    }

    @Test
    void silentWhenSwitchingBetweenKnownKeys() {
        // a staging and a production key, alternated after each 429: only the first move is to a key never used
        assertNull(inspect(bursts("k_prod", "k_stage", "k_prod", "k_stage", "k_prod", "k_stage")));
    }

    @Test
    void silentForAKeyChangeWithoutRateLimits() {
        // monthly key rotation by policy: new keys, but no 429 before them
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        for (int b = 0; b < 4; b++) {
            f.key = "k_month_" + b;
            for (int k = 0; k < 10; k++) f.at(T0 + (b * 10 + k) * 90 * MIN);
        }
        assertNull(inspect(reqs));
    }
}
