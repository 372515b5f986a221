package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopCounterTest {
    @Test
    void exactWhileUnderCapacity() {
        TopCounter<String> t = new TopCounter<>(4);
        for (String s : "b a c a b a".split(" ")) t.add(s);
        assertEquals(List.of(new TopCounter.Entry<>("a", 3L), new TopCounter.Entry<>("b", 2L), new TopCounter.Entry<>("c", 1L)), t.top());
        assertEquals(0.5, t.topShare());
        assertEquals(6, t.total());
    }

    @Test
    void countsAreLowerBoundsAndHeavyHittersSurvive() {
        int cap = 4;
        TopCounter<Integer> t = new TopCounter<>(cap);
        Map<Integer, Long> truth = new HashMap<>();
        SplittableRandom r = new SplittableRandom(9);
        int n = 5000;
        for (int i = 0; i < n; i++) {
            int v = r.nextInt(10) < 4 ? 7 : r.nextInt(200); // 7 carries about 40%
            t.add(v);
            truth.merge(v, 1L, Long::sum);
        }
        for (TopCounter.Entry<Integer> e : t.top()) {
            assertTrue(e.count() <= truth.get(e.value()), "never overstates " + e);
            assertTrue(e.count() >= truth.get(e.value()) - n / (cap + 1), "Misra-Gries error bound for " + e);
        }
        assertEquals(7, t.first().value());
        assertTrue(t.topShare() <= truth.get(7) / (double) n);
    }

    @Test
    void tiesAreOrderedByValue() {
        TopCounter<String> a = new TopCounter<>(4), b = new TopCounter<>(4);
        for (String s : List.of("zeta", "alpha", "mid")) a.add(s);
        for (String s : List.of("mid", "zeta", "alpha")) b.add(s);
        assertEquals(a.top(), b.top());
        assertEquals("alpha", a.first().value());
    }

    @Test
    void nullIsIgnoredAndEmptyHasNoTop() {
        TopCounter<String> t = new TopCounter<>(2);
        t.add(null);
        assertNull(t.first());
        assertEquals(0.0, t.topShare());
        assertEquals(0, t.total());
    }
}
