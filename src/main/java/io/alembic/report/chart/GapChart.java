package io.alembic.report.chart;

import io.alembic.timeline.GapHistogram;

import java.util.List;

/**
 * Gaps between consecutive requests on the histogram's log scale (1-2-5 steps), from the shortest to the longest
 * non-empty bucket. A program shows a narrow peak; a person a spread from seconds to days.
 */
public final class GapChart implements Chart {
    private final List<GapHistogram.Bucket> buckets;

    public GapChart(List<GapHistogram.Bucket> all) {
        int first = 0, last = all.size() - 1;
        while (first < last && all.get(first).count() == 0) first++;
        while (last > first && all.get(last).count() == 0) last--;
        // a little context either side, so a single peak is not drawn edge to edge
        this.buckets = all.subList(Math.max(0, first - 2), Math.min(all.size(), last + 3));
    }

    @Override
    public void draw(Pen pen, double width, double height) {
        double left = 34, right = 6, top = 8, bottom = 18;
        double w = width - left - right, h = height - top - bottom;
        long max = 1;
        for (GapHistogram.Bucket b : buckets) max = Math.max(max, b.count());
        pen.line(left, top + h, left + w, top + h, 0.6, Palette.AXIS);
        pen.line(left, top, left, top + h, 0.6, Palette.AXIS);
        pen.text(left - 3, top + 3, Long.toString(max), 6.5, Palette.INK, Pen.Align.RIGHT);
        pen.text(left - 3, top + h, "0", 6.5, Palette.INK, Pen.Align.RIGHT);
        double slot = w / Math.max(1, buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            GapHistogram.Bucket b = buckets.get(i);
            double bh = h * b.count() / max;
            if (b.count() > 0) pen.fillRect(left + i * slot + slot * 0.1, top + h - bh, slot * 0.8, bh, Palette.OK);
            if (i % 3 == 0 || buckets.size() <= 12) {
                pen.text(left + i * slot + slot / 2, top + h + 10, "\u2264" + label(b.upperMs()), 6, Palette.INK, Pen.Align.CENTER);
            }
        }
    }

    /** 1 ms, 2 s, 5 min, 1 h, 2 d: the bound in the largest unit it fills. */
    static String label(long ms) {
        if (ms == Long.MAX_VALUE) return "\u221e";
        if (ms < 1000) return ms + "ms";
        if (ms < 60_000) return trim(ms / 1000.0) + "s";
        if (ms < 3_600_000) return trim(ms / 60_000.0) + "min";
        if (ms < 86_400_000) return trim(ms / 3_600_000.0) + "h";
        return trim(ms / 86_400_000.0) + "d";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
