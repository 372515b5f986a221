package io.alembic.sample;

import java.time.LocalDate;

/** RFC 3339 with milliseconds, hand-formatted because it runs once per record. */
final class Timestamps {
    /** 2026-01-01T00:00:00Z: every generated time is relative to this, never to the wall clock. */
    static final long BASE_MS = 1_767_225_600_000L;
    static final int WINDOW_HOURS = 31 * 24;
    static final long HOUR_MS = 3_600_000L;

    private Timestamps() {}

    static String format(long epochMs, int offsetMinutes, boolean useOffset) {
        int off = useOffset ? offsetMinutes : 0;
        long local = epochMs + off * 60_000L;
        long day = Math.floorDiv(local, 86_400_000L);
        long msOfDay = Math.floorMod(local, 86_400_000L);
        LocalDate d = LocalDate.ofEpochDay(day);
        StringBuilder sb = new StringBuilder(29);
        sb.append(d.getYear()).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2).append('T');
        pad(sb, (int) (msOfDay / 3_600_000), 2).append(':');
        pad(sb, (int) (msOfDay / 60_000 % 60), 2).append(':');
        pad(sb, (int) (msOfDay / 1000 % 60), 2).append('.');
        pad(sb, (int) (msOfDay % 1000), 3);
        if (!useOffset) return sb.append('Z').toString();
        sb.append(off < 0 ? '-' : '+');
        int a = Math.abs(off);
        pad(sb, a / 60, 2).append(':');
        return pad(sb, a % 60, 2).toString();
    }

    /** Second precision, UTC, as registries usually store it: 2025-12-30T09:14:00Z. */
    static String formatSeconds(long epochMs) {
        String s = format(epochMs - Math.floorMod(epochMs, 1000L), 0, false);
        return s.substring(0, 19) + "Z";
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) sb.append('0');
        return sb.append(s);
    }
}
