package io.alembic.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Bucket boundaries in a time zone. Buckets follow the zone's wall clock, so a 1h bucket in Asia/Kolkata starts on
 * the local hour and a 1d bucket in America/New_York runs midnight to midnight, 23 hours long on the spring-forward day.
 */
public final class Binning {
    private final Bin bin;
    private final ZoneId zone;

    public Binning(Bin bin, ZoneId zone) {
        this.bin = bin;
        this.zone = zone;
    }

    public Bin bin() { return bin; }

    public ZoneId zone() { return zone; }

    /** Start of the bucket holding {@code ms}. */
    public long floor(long ms) {
        ZonedDateTime t = Instant.ofEpochMilli(ms).atZone(zone);
        ZonedDateTime start = switch (bin) {
            case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
            case FIVE_MINUTES -> t.truncatedTo(ChronoUnit.MINUTES).minusMinutes(t.getMinute() % 5);
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.toLocalDate().atStartOfDay(zone);
        };
        return start.toInstant().toEpochMilli();
    }

    /** Start of the bucket after the one starting at {@code start}. */
    public long next(long start) {
        if (bin != Bin.DAY) return floor(start + bin.nominalMs());
        LocalDate day = Instant.ofEpochMilli(start).atZone(zone).toLocalDate();
        return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Upper estimate of how many buckets cover [fromMs, toMs]: guards against a 1m timeline over a year. */
    public long estimateBuckets(long fromMs, long toMs) {
        return Math.max(0, toMs - fromMs) / (bin == Bin.DAY ? 23 * 3_600_000L : bin.nominalMs()) + 2;
    }
}
