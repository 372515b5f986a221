package io.alembic.index;

/** Filters applied on top of the analyst's query; null means no filter. Times are epoch ms, inclusive. */
public record IndexFilters(String account, String model, Long fromMs, Long toMs) {
    public static final IndexFilters NONE = new IndexFilters(null, null, null, null);
}
