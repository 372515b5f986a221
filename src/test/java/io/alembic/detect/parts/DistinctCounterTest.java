package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistinctCounterTest {
    @Test
    void exactUpToTheCapIncludingZero() {
        DistinctCounter c = new DistinctCounter(100);
        for (int rep = 0; rep < 3; rep++) for (long v = -20; v < 40; v++) c.add(Hashing.mix(v) * (v == 0 ? 0 : 1));
        assertEquals(60, c.count());
        assertFalse(c.saturated());
        long[] vs = c.values();
        assertEquals(60, vs.length);
        for (int i = 1; i < vs.length; i++) assertTrue(vs[i - 1] < vs[i], "sorted and distinct");
    }

    @Test
    void saturatesAtTheCap() {
        DistinctCounter c = new DistinctCounter(16);
        for (long v = 1; v <= 1000; v++) c.add(v);
        assertEquals(16, c.count());
        assertTrue(c.saturated());
        c.add(0);
        assertEquals(16, c.count(), "zero is not counted past the cap either");
    }

    @Test
    void smallSetsGiveTheirValues() {
        DistinctCounter c = new DistinctCounter(8);
        c.add(30);
        c.add(-4);
        c.add(30);
        c.add(0);
        assertArrayEquals(new long[]{-4, 0, 30}, c.values());
    }
}
