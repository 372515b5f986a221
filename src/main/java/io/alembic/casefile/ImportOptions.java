package io.alembic.casefile;

import io.alembic.bundle.LineReader;

/**
 * How one import treats its bundle. {@code maxLineBytes}: a line longer than this is quarantined without being read
 * whole (default {@link LineReader#DEFAULT_MAX_LINE_BYTES}), which is what keeps a hostile line from exhausting memory.
 */
public record ImportOptions(boolean acceptMismatch, long maxLineBytes) {
    public static final ImportOptions DEFAULT = new ImportOptions(false, LineReader.DEFAULT_MAX_LINE_BYTES);

    public ImportOptions {
        if (maxLineBytes < 1) throw new IllegalArgumentException("maximum line size must be positive: " + maxLineBytes);
    }

    public ImportOptions withAcceptMismatch(boolean accept) { return new ImportOptions(accept, maxLineBytes); }
}
