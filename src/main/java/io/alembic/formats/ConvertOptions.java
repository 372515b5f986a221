package io.alembic.formats;

import io.alembic.bundle.LineReader;

/**
 * How to read loose or foreign files: {@code format} forces one reader by name (null: detect per file);
 * {@code mapping} names the columns of a CSV/JSONL gateway log (null: gateway logs are not recognised);
 * {@code maxLineBytes}: a source line longer than this is rejected without being read whole, the same limit the
 * import applies to native lines, so converting first gives no way around it.
 */
public record ConvertOptions(String format, GatewayMapping mapping, long maxLineBytes) {
    public static final ConvertOptions DETECT = new ConvertOptions(null, null);

    public ConvertOptions {
        if (maxLineBytes < 1) throw new IllegalArgumentException("maximum line size must be positive: " + maxLineBytes);
    }

    public ConvertOptions(String format, GatewayMapping mapping) { this(format, mapping, LineReader.DEFAULT_MAX_LINE_BYTES); }

    public ConvertOptions withMaxLineBytes(long max) { return new ConvertOptions(format, mapping, max); }
}
