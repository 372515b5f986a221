package io.alembic.detect;

import java.io.Serializable;

/** Facts about the whole log that per-account tests need: its time window and its size. */
public record LogContext(long windowStart, long windowEnd, int accounts, long requests) implements Serializable {
    public double days() { return Math.max(1, (windowEnd - windowStart) / 86_400_000.0); }
}
