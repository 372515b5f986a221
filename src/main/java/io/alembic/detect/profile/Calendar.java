package io.alembic.detect.profile;

import io.alembic.detect.Times;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The irregular moments of an account's activity: the day it started and stopped (when not the edges of the log), the
 * days it unexpectedly rested, and the hours it unexpectedly paused and resumed. "Unexpectedly" is measured against
 * the account's own rhythm (how often it is active at that hour on that kind of day), so a person's nights and weekends
 * are not events, while a round-the-clock script's afternoon outage is. Accounts run by one operator share these
 * moments whatever their addresses, wording or schedules; people in one time zone share only their rhythm.
 *
 * <p>Items are longs: kind in the top byte, then a tolerance-offset bit, then a day or two-hour-bucket number. Pause
 * and resume moments are emitted on two bucket grids shifted by an hour, so two moments within about an hour of each
 * other share at least one item.
 */
public final class Calendar {
    public static final int FIRST = 1, LAST = 2, REST = 3, PAUSE = 4, RESUME = 5;
    private static final long HOUR = Activity.HOUR, DAY = Activity.DAY, BUCKET = 2 * HOUR;

    /** Thresholds, from the cluster rules. */
    public record Rules(int minRequests, int minActiveDays, double restDayMinTypeShare, int minPauseHours,
                        double minExpectedActiveHours, int maxRestDays, int maxPauses) {}

    private Calendar() { }

    public static long item(int kind, int offset, long value) { return ((long) kind << 56) | ((long) offset << 55) | value; }

    public static int kind(long item) { return (int) (item >>> 56); }

    public static long value(long item) { return item & ((1L << 55) - 1); }

    /** The epoch day an item falls on. */
    public static long dayOf(long item) {
        int k = kind(item);
        return k == PAUSE || k == RESUME ? Math.floorDiv(value(item) * BUCKET, DAY) : value(item);
    }

    /** One phrase per item, for explanations: "rested 2026-01-21", "paused ~2026-01-14T10Z". */
    public static String describe(long item) {
        long v = value(item);
        int offset = (int) ((item >>> 55) & 1);
        return switch (kind(item)) {
            case FIRST -> "first active " + day(v);
            case LAST -> "last active " + day(v);
            case REST -> "rested " + day(v);
            case PAUSE -> "paused ~" + Times.format(v * BUCKET + offset * HOUR).substring(0, 13) + "Z";
            case RESUME -> "resumed ~" + Times.format(v * BUCKET + offset * HOUR).substring(0, 13) + "Z";
            default -> "?";
        };
    }

    private static String day(long epochDay) { return Times.format(epochDay * DAY).substring(0, 10); }

    /** The account's calendar items, sorted; empty when it has too little activity to have a rhythm. */
    public static long[] items(Activity a, long windowStart, long windowEnd, Rules r) {
        int n = a.size();
        if (n < r.minRequests()) return new long[0];
        long d0 = Math.floorDiv(a.first(), DAY), d1 = Math.floorDiv(a.last(), DAY);
        int span = (int) (d1 - d0 + 1);
        boolean[] activeDay = new boolean[span];
        // hour-of-day activity rate per day type, from distinct active (day, hour) cells
        int[][] activeHours = new int[2][24];
        long lastHour = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long h = Math.floorDiv(a.time(i), HOUR);
            activeDay[(int) (Math.floorDiv(a.time(i), DAY) - d0)] = true;
            if (h != lastHour) {
                activeHours[weekend(Math.floorDiv(h, 24)) ? 1 : 0][(int) Math.floorMod(h, 24L)]++;
                lastHour = h;
            }
        }
        int active = 0;
        int[] typeDays = new int[2], typeActive = new int[2];
        for (int d = 0; d < span; d++) {
            int t = weekend(d0 + d) ? 1 : 0;
            typeDays[t]++;
            if (activeDay[d]) { active++; typeActive[t]++; }
        }
        if (active < r.minActiveDays()) return new long[0];
        double[][] rate = new double[2][24];
        for (int t = 0; t < 2; t++) for (int h = 0; h < 24; h++) rate[t][h] = typeDays[t] == 0 ? 0 : activeHours[t][h] / (double) typeDays[t];

        List<Long> out = new ArrayList<>();
        if (d0 > Math.floorDiv(windowStart, DAY)) out.add(item(FIRST, 0, d0));
        if (d1 < Math.floorDiv(windowEnd, DAY)) out.add(item(LAST, 0, d1));
        int rests = 0;
        for (int d = 1; d < span - 1 && rests < r.maxRestDays(); d++) {
            int t = weekend(d0 + d) ? 1 : 0;
            if (!activeDay[d] && typeActive[t] >= r.restDayMinTypeShare() * typeDays[t] && typeActive[t] >= 2) {
                out.add(item(REST, 0, d0 + d));
                rests++;
            }
        }
        pauses(a, rate, r, out);
        long[] items = out.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(items);
        return items;
    }

    /** Gaps during which the account's own rhythm expected several active hours: the most surprising ones, capped. */
    private static void pauses(Activity a, double[][] rate, Rules r, List<Long> out) {
        int n = a.size();
        List<double[]> found = new ArrayList<>(); // {expected, from, to}
        for (int i = 1; i < n; i++) {
            long from = a.time(i - 1), to = a.time(i);
            if (to - from < r.minPauseHours() * HOUR) continue;
            // a gap holding a whole UTC day is a day off (a rest item, or a weekend): one event, not also a pause
            if (Math.floorDiv(to, DAY) - Math.floorDiv(from, DAY) >= 2) continue;
            double expected = 0;
            for (long h = Math.floorDiv(from, HOUR) + 1; h < Math.floorDiv(to, HOUR); h++) {
                expected += rate[weekend(Math.floorDiv(h, 24)) ? 1 : 0][(int) Math.floorMod(h, 24L)];
            }
            if (expected >= r.minExpectedActiveHours()) found.add(new double[]{expected, from, to});
        }
        found.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
        for (int k = 0; k < Math.min(r.maxPauses(), found.size()); k++) {
            long from = (long) found.get(k)[1], to = (long) found.get(k)[2];
            out.add(item(PAUSE, 0, Math.floorDiv(from, BUCKET)));
            out.add(item(PAUSE, 1, Math.floorDiv(from - HOUR, BUCKET)));
            out.add(item(RESUME, 0, Math.floorDiv(to, BUCKET)));
            out.add(item(RESUME, 1, Math.floorDiv(to - HOUR, BUCKET)));
        }
    }

    /** UTC Saturday or Sunday (1970-01-01 was a Thursday). */
    static boolean weekend(long epochDay) { return Math.floorMod(epochDay + 3, 7) >= 5; }
}
