package io.alembic.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Five requests around the America/New_York spring-forward (2026-03-08 07:00Z, 02:00 EST -> 03:00 EDT), with every
 * expected number worked out by hand in the comments.
 */
class TimelineBuilderTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    // ts, status, model; tokens are 10/20/5 each
    private static final Object[][] ROWS = {
        {"2026-03-08T06:30:00Z", 200, "m1"},   // Sun 01:30 EST, Sun 06:30 UTC
        {"2026-03-08T06:30:30Z", 429, "m1"},   // +30 s
        {"2026-03-08T07:30:00Z", 200, "m2"},   // Sun 03:30 EDT (the 02:00 hour does not exist), Sun 07:30 UTC; +59.5 min
        {"2026-03-09T03:59:00Z", 500, "m1"},   // Sun 23:59 EDT, Mon 03:59 UTC; +20 h 29 min
        {"2026-03-09T04:00:00Z", -1, "m1"},    // Mon 00:00 EDT, Mon 04:00 UTC; +1 min; no status
    };

    private static Timeline build(Bin bin, ZoneId zone) {
        long from = ms(ROWS[0][0]);
        long to = ms(ROWS[ROWS.length - 1][0]);
        TimelineBuilder b = new TimelineBuilder(new TimelineQuery(Subject.ACCOUNT, "a", bin, null, null, zone), new Binning(bin, zone), from, to);
        for (Object[] r : ROWS) b.add(ms(r[0]), (Integer) r[1], (String) r[2], 10, 20, 5);
        return b.build();
    }

    private static long ms(Object iso) { return Instant.parse((String) iso).toEpochMilli(); }

    @Test
    void dayBinsFollowTheZonesMidnightAcrossTheDstChange() {
        Timeline utc = build(Bin.DAY, UTC);
        assertEquals(List.of(ms("2026-03-08T00:00:00Z"), ms("2026-03-09T00:00:00Z")), starts(utc));
        assertEquals(List.of(3L, 2L), counts(utc));

        // New York's 8 March runs 05:00Z to 04:00Z next day: 23 hours, holding the first four requests.
        Timeline ny = build(Bin.DAY, NY);
        assertEquals(List.of(ms("2026-03-08T05:00:00Z"), ms("2026-03-09T04:00:00Z")), starts(ny));
        assertEquals(List.of(4L, 1L), counts(ny));
        TimelineBucket first = ny.buckets().get(0);
        assertEquals(2, first.status2xx());
        assertEquals(1, first.status429());
        assertEquals(1, first.statusOther());
        assertEquals(40, first.inputTokens());
        assertEquals(80, first.outputTokens());
        assertEquals(20, first.reasoningTokens());
        assertEquals(Map.of("m1", 3L, "m2", 1L), first.byModel());
        assertEquals(1, ny.buckets().get(1).statusOther(), "a record without status counts as other");
        assertEquals(5, ny.requests());
    }

    @Test
    void hourBinsAreDenseIncludingEmptyOnes() {
        Timeline t = build(Bin.HOUR, NY);
        // 06:00Z .. 04:00Z next day, every hour: 23 buckets; requests in the first, second and the last two.
        assertEquals(23, t.buckets().size());
        assertEquals(ms("2026-03-08T06:00:00Z"), t.buckets().get(0).startMs());
        assertEquals(ms("2026-03-08T07:00:00Z"), t.buckets().get(1).startMs());
        assertEquals(ms("2026-03-09T04:00:00Z"), t.buckets().get(22).startMs());
        assertEquals(2, t.buckets().get(0).requests());
        assertEquals(1, t.buckets().get(1).requests());
        assertEquals(0, t.buckets().get(2).requests());
        assertEquals(1, t.buckets().get(21).requests());
        assertEquals(1, t.buckets().get(22).requests());
        assertEquals(5, t.buckets().stream().mapToLong(TimelineBucket::requests).sum());
    }

    @Test
    void gapsLandInTheirLogBuckets() {
        Timeline t = build(Bin.DAY, UTC);
        Map<Long, Long> nonEmpty = new java.util.TreeMap<>();
        for (GapHistogram.Bucket g : t.gaps()) if (g.count() > 0) nonEmpty.put(g.upperMs(), g.count());
        // 30 000 ms -> (20 000, 50 000]; 60 000 -> (50 000, 100 000]; 3 570 000 -> (2e6, 5e6]; 73 740 000 -> (5e7, 1e8]
        assertEquals(Map.of(50_000L, 1L, 100_000L, 1L, 5_000_000L, 1L, 100_000_000L, 1L), nonEmpty);
        assertEquals(Long.MAX_VALUE, t.gaps().get(t.gaps().size() - 1).upperMs());
    }

    @Test
    void hourOfWeekInTwoZonesAcrossTheDstChange() {
        long[] ny = new long[168];
        ny[6 * 24 + 1] = 2;    // Sunday 01:30 EST, twice
        ny[6 * 24 + 3] = 1;    // Sunday 03:30 EDT
        ny[6 * 24 + 23] = 1;   // Sunday 23:59 EDT
        ny[0] = 1;             // Monday 00:00 EDT
        long[] utc = new long[168];
        utc[6 * 24 + 6] = 2;
        utc[6 * 24 + 7] = 1;
        utc[3] = 1;
        utc[4] = 1;
        Timeline t = build(Bin.HOUR, NY);
        assertArrayEquals(ny, t.hourOfWeek());
        assertArrayEquals(utc, t.hourOfWeekUtc());
        assertArrayEquals(utc, build(Bin.HOUR, UTC).hourOfWeek());
    }

    @Test
    void emptyRangeGivesNoBuckets() {
        TimelineBuilder b = new TimelineBuilder(TimelineQuery.account("a"), new Binning(Bin.HOUR, UTC), 0, -1);
        Timeline t = b.build();
        assertEquals(0, t.buckets().size());
        assertEquals(0, t.requests());
        assertEquals(168, t.hourOfWeek().length);
    }

    private static List<Long> starts(Timeline t) { return t.buckets().stream().map(TimelineBucket::startMs).toList(); }

    private static List<Long> counts(Timeline t) { return t.buckets().stream().map(TimelineBucket::requests).toList(); }
}
