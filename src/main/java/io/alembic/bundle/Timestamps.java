package io.alembic.bundle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** RFC 3339 timestamps (with Z or an offset) to epoch milliseconds and back to canonical UTC text. */
public final class Timestamps {
    private Timestamps() { }

    /** @return epoch millis, or throws DateTimeParseException */
    public static long parseRfc3339(String text) {
        String t = text.trim();
        // RFC 3339 allows a space or lower-case t/z; java.time wants the ISO spelling.
        if (t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 't')) t = t.substring(0, 10) + 'T' + t.substring(11);
        if (t.endsWith("z")) t = t.substring(0, t.length() - 1) + 'Z';
        return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
    }

    public static String format(long epochMs) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(epochMs));
    }

    /** Accepts a full RFC 3339 timestamp or a bare date (start of that day, UTC), as analysts type them. */
    public static Instant parseLenient(String text) {
        String t = text.trim();
        try {
            return Instant.ofEpochMilli(parseRfc3339(t));
        } catch (DateTimeParseException e) {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return Instant.parse(t + "T00:00:00Z");
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) return Instant.parse(t + (t.length() == 16 ? ":00Z" : "Z"));
            throw e;
        }
    }
}
