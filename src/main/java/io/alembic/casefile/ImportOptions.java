package io.alembic.casefile;

import io.alembic.bundle.LineReader;
import io.alembic.formats.ConvertOptions;

/**
 * How one import treats its bundle. {@code maxLineBytes}: a line longer than this is quarantined without being read
 * whole (default {@link LineReader#DEFAULT_MAX_LINE_BYTES}), which is what keeps a hostile line from exhausting memory.
 * {@code formats}: how to read files that are not a native bundle (a forced format, a gateway mapping).
 */
public record ImportOptions(boolean acceptMismatch, long maxLineBytes, ConvertOptions formats) {
    public static final ImportOptions DEFAULT = new ImportOptions(false, LineReader.DEFAULT_MAX_LINE_BYTES);

    public ImportOptions {
        if (maxLineBytes < 1) throw new IllegalArgumentException("maximum line size must be positive: " + maxLineBytes);
        if (formats == null) formats = ConvertOptions.DETECT;
    }

    public ImportOptions(boolean acceptMismatch, long maxLineBytes) { this(acceptMismatch, maxLineBytes, ConvertOptions.DETECT); }

    public ImportOptions withAcceptMismatch(boolean accept) { return new ImportOptions(accept, maxLineBytes, formats); }

    public ImportOptions withFormats(ConvertOptions f) { return new ImportOptions(acceptMismatch, maxLineBytes, f); }
}
