package io.alembic.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps time to pixels and picks readable tick marks, on the wall clock of the chart's zone. */
final class TimeAxis {
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    private static final long[] STEPS = {MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
        DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 365 * DAY};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    record Tick(long ms, String label) {}

    private TimeAxis() { }

    static double x(long ms, long from, long to, double x0, double x1) {
        return x0 + (double) (ms - from) / Math.max(1, to - from) * (x1 - x0);
    }

    static long ms(double x, long from, long to, double x0, double x1) {
        return from + Math.round((x - x0) / Math.max(1, x1 - x0) * (to - from));
    }

    /** Ticks at least {@code minPx} apart, aligned to the zone's clock (midnight, whole hours). */
    static List<Tick> ticks(long from, long to, double widthPx, double minPx, ZoneId zone) {
        long span = Math.max(1, to - from);
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (span / (double) s * minPx <= widthPx) {
                step = s;
                break;
            }
        }
        DateTimeFormatter f = (step >= DAY ? DATE : CLOCK).withZone(zone);
        List<Tick> out = new ArrayList<>();
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(from)).getTotalSeconds() * 1000L;
        // align in local time so ticks land on local midnights and hours
        long first = Math.floorDiv(from + offset, step) * step - offset;
        for (long t = first; t <= to && out.size() < 200; t += step) {
            if (t >= from) out.add(new Tick(t, f.format(Instant.ofEpochMilli(t))));
        }
        return out;
    }

    /** "1.2k", "3.4M": short labels for a value axis. */
    static String compact(double v) {
        if (v >= 1e9) return trim(v / 1e9) + "G";
        if (v >= 1e6) return trim(v / 1e6) + "M";
        if (v >= 1e3) return trim(v / 1e3) + "k";
        return trim(v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A round number at or above {@code v}: 1, 2 or 5 times a power of ten. */
    static double niceCeil(double v) {
        if (v <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    /** "250 ms", "2 s", "5 min", "3 h", "2 d": a gap bucket's upper bound. */
    static String duration(long ms) {
        if (ms == Long.MAX_VALUE) return "longer";
        if (ms < 1000) return ms + " ms";
        if (ms < MINUTE) return trim(ms / 1000.0) + " s";
        if (ms < HOUR) return trim(Math.round(ms / 6000.0) / 10.0) + " min";
        if (ms < DAY) return trim(Math.round(ms / 360_000.0) / 10.0) + " h";
        return trim(Math.round(ms / 8_640_000.0) / 10.0) + " d";
    }
}
