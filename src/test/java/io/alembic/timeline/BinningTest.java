package io.alembic.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BinningTest {
    private static long ms(String iso) { return Instant.parse(iso).toEpochMilli(); }

    @Test
    void fallBackHourIsTwoBuckets() {
        // 2026-11-01 in New York: 01:00-02:00 happens twice (EDT, then EST).
        Binning b = new Binning(Bin.HOUR, ZoneId.of("America/New_York"));
        assertEquals(ms("2026-11-01T05:00:00Z"), b.floor(ms("2026-11-01T05:30:00Z")));
        assertEquals(ms("2026-11-01T06:00:00Z"), b.floor(ms("2026-11-01T06:30:00Z")));
        assertEquals(ms("2026-11-01T06:00:00Z"), b.next(ms("2026-11-01T05:00:00Z")));
        Binning day = new Binning(Bin.DAY, ZoneId.of("America/New_York"));
        assertEquals(ms("2026-11-02T05:00:00Z"), day.next(ms("2026-11-01T04:00:00Z")), "25-hour day");
    }

    @Test
    void hourBucketsFollowHalfHourZones() {
        Binning b = new Binning(Bin.HOUR, ZoneId.of("Asia/Kolkata"));
        assertEquals(ms("2025-12-31T23:30:00Z"), b.floor(ms("2026-01-01T00:10:00Z")));   // 05:40 IST -> 05:00 IST
    }

    @Test
    void fiveMinuteAndMinuteFloors() {
        ZoneId utc = ZoneId.of("UTC");
        assertEquals(ms("2026-01-01T10:05:00Z"), new Binning(Bin.FIVE_MINUTES, utc).floor(ms("2026-01-01T10:09:59.999Z")));
        assertEquals(ms("2026-01-01T10:09:00Z"), new Binning(Bin.MINUTE, utc).floor(ms("2026-01-01T10:09:59.999Z")));
    }

    @Test
    void autoPicksTheFinestBinThatFits() {
        assertEquals(Bin.MINUTE, Bin.auto(10 * 3_600_000L, 1000));
        assertEquals(Bin.FIVE_MINUTES, Bin.auto(24 * 3_600_000L, 1000));
        assertEquals(Bin.HOUR, Bin.auto(31 * 86_400_000L, 1000));
        assertEquals(Bin.DAY, Bin.auto(365 * 86_400_000L, 1000));
        assertEquals(Bin.HOUR, Bin.parse("1h"));
        assertThrows(IllegalArgumentException.class, () -> Bin.parse("2h"));
    }
}
