package io.alembic.cli;

import io.alembic.bundle.Timestamps;
import io.alembic.timeline.GapHistogram;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineBucket;

import java.io.PrintWriter;

/** Plain-text rendering of a timeline: non-empty buckets, the gap histogram and the hour-of-week grid. */
final class TimelineText {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private TimelineText() { }

    static void print(PrintWriter out, Timeline t) {
        out.printf("%s %s: %d requests, bin %s, %d buckets (empty ones not shown), zone %s%n", t.query().subject().name().toLowerCase(),
                t.query().value(), t.requests(), t.bin().label(), t.buckets().size(), t.query().zone().getId());
        out.printf("%-24s %8s %6s %6s %6s %10s %10s %10s%n", "START (UTC)", "REQUESTS", "2XX", "429", "OTHER", "IN_TOK", "OUT_TOK", "REASON_TOK");
        for (TimelineBucket b : t.buckets()) {
            if (b.requests() == 0) continue;
            out.printf("%-24s %8d %6d %6d %6d %10d %10d %10d%n", Timestamps.format(b.startMs()), b.requests(), b.status2xx(), b.status429(),
                    b.statusOther(), b.inputTokens(), b.outputTokens(), b.reasoningTokens());
        }
        out.println();
        out.println("gaps between consecutive requests:");
        long prev = 0;
        for (GapHistogram.Bucket g : t.gaps()) {
            if (g.count() > 0) {
                out.printf("  %12s .. %-12s %8d%n", prev + " ms", g.upperMs() == Long.MAX_VALUE ? "longer" : g.upperMs() + " ms", g.count());
            }
            prev = g.upperMs();
        }
        out.println();
        out.printf("hour of week (%s):%n     ", t.query().zone().getId());
        for (int h = 0; h < 24; h++) out.printf("%5d", h);
        out.println();
        long[] how = t.hourOfWeek();
        for (int d = 0; d < 7; d++) {
            out.printf("%-5s", DAYS[d]);
            for (int h = 0; h < 24; h++) out.printf("%5d", how[d * 24 + h]);
            out.println();
        }
        out.flush();
    }
}
