package io.alembic.timeline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A timeline request. {@code bin} null means choose automatically for the range; from/to null mean the subject's
 * first/last request; {@code zone} is where buckets and the hour-of-week grid follow the wall clock (UTC if null).
 */
public record TimelineQuery(Subject subject, String value, Bin bin, Instant from, Instant to, ZoneId zone) {
    public TimelineQuery {
        if (subject == null || value == null || value.isBlank()) throw new IllegalArgumentException("a timeline needs a subject");
        if (zone == null) zone = ZoneId.of("UTC");
    }

    public static TimelineQuery account(String accountId) {
        return new TimelineQuery(Subject.ACCOUNT, accountId, null, null, null, null);
    }
}
