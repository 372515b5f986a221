package io.alembic.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Gaps between consecutive requests on a log scale (1-2-5 steps from 1 ms to 50 days, then an open-ended bucket).
 * A harvesting program shows a narrow peak; a person a long-tailed spread from seconds to days.
 */
public final class GapHistogram {
    /** Inclusive upper bounds; the last, Long.MAX_VALUE, catches everything longer. */
    public static final long[] UPPER_MS = bounds();

    /** One bucket: gaps g with previous bound < g <= upperMs. */
    public record Bucket(long upperMs, long count) {}

    private final long[] counts = new long[UPPER_MS.length];

    private static long[] bounds() {
        List<Long> b = new ArrayList<>();
        for (long decade = 1; decade <= 1_000_000_000L; decade *= 10) {
            b.add(decade);
            b.add(2 * decade);
            b.add(5 * decade);
        }
        b.add(Long.MAX_VALUE);
        return b.stream().mapToLong(Long::longValue).toArray();
    }

    public void add(long gapMs) { counts[index(gapMs)]++; }

    static int index(long gapMs) {
        int lo = 0;
        int hi = UPPER_MS.length - 1;
        while (lo < hi) {   // first bound >= gap
            int mid = (lo + hi) >>> 1;
            if (UPPER_MS[mid] >= gapMs) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    public List<Bucket> buckets() {
        List<Bucket> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) out.add(new Bucket(UPPER_MS[i], counts[i]));
        return out;
    }
}
