package io.alembic.report.chart;

import io.alembic.timeline.TimelineBucket;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests over time as bars stacked by status (2xx, 429, other), merged to at most {@link #MAX_BARS} bars so each is
 * wide enough to see on paper. The x axis is labelled with UTC dates.
 */
public final class TimelineChart implements Chart {
    static final int MAX_BARS = 120;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private record Bar(long startMs, long ok, long limited, long other) {
        long total() { return ok + limited + other; }
    }

    private final List<Bar> bars;
    private final long spanMs;

    public TimelineChart(List<TimelineBucket> buckets) {
        int per = Math.max(1, (buckets.size() + MAX_BARS - 1) / MAX_BARS);
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i += per) {
            long ok = 0, lim = 0, other = 0;
            for (int k = i; k < Math.min(buckets.size(), i + per); k++) {
                TimelineBucket b = buckets.get(k);
                ok += b.status2xx();
                lim += b.status429();
                other += b.statusOther();
            }
            out.add(new Bar(buckets.get(i).startMs(), ok, lim, other));
        }
        this.bars = out;
        this.spanMs = buckets.isEmpty() ? 0 : buckets.get(buckets.size() - 1).startMs() - buckets.get(0).startMs();
    }

    @Override
    public void draw(Pen pen, double width, double height) {
        double left = 34, right = 6, top = 14, bottom = 18;
        double w = width - left - right, h = height - top - bottom;
        long max = 1;
        for (Bar b : bars) max = Math.max(max, b.total());
        pen.line(left, top + h, left + w, top + h, 0.6, Palette.AXIS);
        pen.line(left, top, left, top + h, 0.6, Palette.AXIS);
        pen.line(left, top, left + w, top, 0.3, Palette.GRID);
        pen.text(left - 3, top + 3, Long.toString(max), 6.5, Palette.INK, Pen.Align.RIGHT);
        pen.text(left - 3, top + h, "0", 6.5, Palette.INK, Pen.Align.RIGHT);
        double slot = bars.isEmpty() ? w : w / bars.size();
        double barW = Math.max(0.4, slot * 0.82);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = left + i * slot + (slot - barW) / 2;
            double y = top + h;
            for (long[] part : new long[][]{{b.ok(), Palette.OK}, {b.limited(), Palette.LIMITED}, {b.other(), Palette.OTHER}}) {
                if (part[0] == 0) continue;
                double ph = h * part[0] / max;
                pen.fillRect(x, y - ph, barW, ph, (int) part[1]);
                y -= ph;
            }
        }
        DateTimeFormatter f = spanMs > 3L * 86_400_000L ? DAY : HOUR;
        int labels = Math.min(5, bars.size());
        for (int k = 0; k < labels; k++) {
            int i = labels == 1 ? 0 : (int) Math.round(k * (bars.size() - 1) / (double) (labels - 1));
            double x = left + i * slot + slot / 2;
            pen.line(x, top + h, x, top + h + 2.5, 0.5, Palette.AXIS);
            Pen.Align a = k == 0 ? Pen.Align.LEFT : k == labels - 1 ? Pen.Align.RIGHT : Pen.Align.CENTER;
            pen.text(x, top + h + 10, f.format(Instant.ofEpochMilli(bars.get(i).startMs())), 6.5, Palette.INK, a);
        }
        legend(pen, left + w, 8);
    }

    private static void legend(Pen pen, double rightX, double y) {
        String[] names = {"2xx", "429", "other"};
        int[] colours = {Palette.OK, Palette.LIMITED, Palette.OTHER};
        double x = rightX;
        for (int i = names.length - 1; i >= 0; i--) {
            x -= 6 + names[i].length() * 4.0;
            pen.fillRect(x, y - 5.5, 5.5, 5.5, colours[i]);
            pen.text(x + 7.5, y, names[i], 6.5, Palette.INK, Pen.Align.LEFT);
            x -= 10;
        }
    }
}
