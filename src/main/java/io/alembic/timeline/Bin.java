package io.alembic.timeline;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Bucket widths a timeline offers, coarsening as the analyst zooms out. */
public enum Bin {
    MINUTE("1m", 60_000L), FIVE_MINUTES("5m", 300_000L), HOUR("1h", 3_600_000L), DAY("1d", 86_400_000L);

    private final String label;
    private final long nominalMs;

    Bin(String label, long nominalMs) {
        this.label = label;
        this.nominalMs = nominalMs;
    }

    public String label() { return label; }

    /** Length of a bucket, except a 1d bucket on a daylight-saving change day, which is 23 or 25 hours. */
    public long nominalMs() { return nominalMs; }

    public static Bin parse(String label) {
        for (Bin b : values()) if (b.label.equalsIgnoreCase(label.trim())) return b;
        throw new IllegalArgumentException("bin \"" + label + "\" is not one of "
                + Arrays.stream(values()).map(Bin::label).collect(Collectors.joining(", ")));
    }

    /** The finest bin that covers {@code spanMs} in at most {@code maxBuckets} buckets (1d if none does). */
    public static Bin auto(long spanMs, int maxBuckets) {
        for (Bin b : values()) if (spanMs / b.nominalMs + 1 <= maxBuckets) return b;
        return DAY;
    }
}
