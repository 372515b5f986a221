package io.alembic.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyStatsTest {
    @Test
    void nearestRankPercentilesAreObservedValues() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) nanos[i] = (100 - i) * 1_000_000L; // 100 ms .. 1 ms, unsorted
        LatencyStats s = LatencyStats.of(nanos);
        assertEquals(100, s.count());
        assertEquals(50.0, s.p50Ms(), 1e-9);
        assertEquals(95.0, s.p95Ms(), 1e-9);
        assertEquals(99.0, s.p99Ms(), 1e-9);
        assertEquals(100.0, s.maxMs(), 1e-9);
        assertEquals(50.5, s.meanMs(), 1e-9);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencyStats s = LatencyStats.of(new long[]{2_500_000L});
        assertEquals(2.5, s.p50Ms(), 1e-9);
        assertEquals(2.5, s.p99Ms(), 1e-9);
    }
}
