package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapStatsTest {
    @Test
    void tooFewPointsHaveNoRegularity() {
        assertEquals(new GapStats(1, 0, 0), GapStats.of(new long[]{5, 10}, 2));
        assertEquals(new GapStats(0, 0, 0), GapStats.of(new long[0], 0));
    }

    @Test
    void evenSpacingIsFullyRegular() {
        long[] t = new long[50];
        for (int i = 0; i < t.length; i++) t[i] = 1_000 + i * 60_000L;
        GapStats g = GapStats.of(t, t.length);
        assertEquals(49, g.gaps());
        assertEquals(60_000, g.medianGapMs());
        assertEquals(1.0, g.regularity());
    }

    @Test
    void aPoissonStreamIsIrregular() {
        SplittableRandom r = new SplittableRandom(42);
        long[] t = new long[2000];
        for (int i = 1; i < t.length; i++) t[i] = t[i - 1] + (long) (-Math.log(1 - r.nextDouble()) * 600_000);
        double reg = GapStats.of(t, t.length).regularity();
        assertTrue(reg > 0.25 && reg < 0.45, "about 0.35 for exponential gaps, was " + reg);
    }

    @Test
    void anOddOutageBarelyMovesIt() {
        long[] t = new long[100];
        for (int i = 1; i < t.length; i++) t[i] = t[i - 1] + (i == 50 ? 6 * 3_600_000L : 60_000L);
        assertTrue(GapStats.of(t, t.length).regularity() > 0.98);
    }

    @Test
    void simultaneousRequestsHaveNoRhythm() {
        assertEquals(0.0, GapStats.of(new long[]{7, 7, 7, 7}, 4).regularity());
    }
}
