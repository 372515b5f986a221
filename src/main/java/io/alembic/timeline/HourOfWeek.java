package io.alembic.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Requests by day of week and hour of day on the wall clock of a zone: 168 counts, Monday 00h first. The offset is
 * looked up per request, so the hours either side of a daylight-saving change land where a person's clock was.
 */
public final class HourOfWeek {
    private static final long DAY_MS = 86_400_000L;
    private static final long HOUR_MS = 3_600_000L;
    /** 1970-01-01 was a Thursday: three days after a Monday. */
    private static final int EPOCH_DAY_OF_WEEK = 3;

    private final ZoneRules rules;
    private final long[] counts = new long[168];

    public HourOfWeek(ZoneId zone) { this.rules = zone.getRules(); }

    public void add(long tsMs) {
        long local = tsMs + rules.getOffset(Instant.ofEpochMilli(tsMs)).getTotalSeconds() * 1000L;
        long day = Math.floorDiv(local, DAY_MS);
        int dayOfWeek = (int) Math.floorMod(day + EPOCH_DAY_OF_WEEK, 7);
        int hour = (int) (Math.floorMod(local, DAY_MS) / HOUR_MS);
        counts[dayOfWeek * 24 + hour]++;
    }

    /** A copy of the 168 counts; index = dayOfWeek (Monday 0) * 24 + hour. */
    public long[] counts() { return counts.clone(); }
}
