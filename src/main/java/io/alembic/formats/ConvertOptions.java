package io.alembic.formats;

/**
 * How to read loose or foreign files: {@code format} forces one reader by name (null: detect per file);
 * {@code mapping} names the columns of a CSV/JSONL gateway log (null: gateway logs are not recognised).
 */
public record ConvertOptions(String format, GatewayMapping mapping) {
    public static final ConvertOptions DETECT = new ConvertOptions(null, null);
}
