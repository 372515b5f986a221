package io.alembic.report.chart;

import java.util.Locale;

/**
 * Requests by day of week (rows, Monday first) and hour of day (columns) in UTC, shaded by count relative to the
 * busiest cell, with the count printed in each cell so the figure reads without colour.
 */
public final class HeatMapChart implements Chart {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private final long[] counts;

    /** @param hourOfWeek 168 counts, Monday 00h first */
    public HeatMapChart(long[] hourOfWeek) {
        if (hourOfWeek.length != 168) throw new IllegalArgumentException("168 hour-of-week counts expected");
        this.counts = hourOfWeek.clone();
    }

    @Override
    public void draw(Pen pen, double width, double height) {
        double left = 24, top = 10, bottom = 2;
        double cw = (width - left - 2) / 24, ch = (height - top - bottom) / 7;
        long max = 1;
        for (long c : counts) max = Math.max(max, c);
        for (int h = 0; h < 24; h += 3) pen.text(left + h * cw + cw / 2, top - 3, String.format(Locale.ROOT, "%02dh", h), 6, Palette.INK, Pen.Align.CENTER);
        for (int d = 0; d < 7; d++) {
            double y = top + d * ch;
            pen.text(left - 3, y + ch / 2 + 2.2, DAYS[d], 6.5, Palette.INK, Pen.Align.RIGHT);
            for (int h = 0; h < 24; h++) {
                long c = counts[d * 24 + h];
                double share = c / (double) max;
                pen.fillRect(left + h * cw + 0.3, y + 0.3, cw - 0.6, ch - 0.6, c == 0 ? 0xF4F4F4 : Palette.ramp(0.12 + 0.88 * share));
                if (c > 0) pen.text(left + h * cw + cw / 2, y + ch / 2 + 2, Long.toString(c), 5.2, share > 0.55 ? 0xFFFFFF : Palette.INK, Pen.Align.CENTER);
            }
        }
    }
}
