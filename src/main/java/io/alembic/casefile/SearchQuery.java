package io.alembic.casefile;

import java.time.Instant;

/**
 * A search as an analyst states it: Lucene query syntax plus optional filters.
 * Null filters mean "no filter". {@code snippets} bounds how many hits get a highlighted snippet (costly).
 */
public record SearchQuery(String query, String account, String model, Instant from, Instant to, int limit, int snippets) {
    public static SearchQuery of(String query, int limit) {
        return new SearchQuery(query, null, null, null, null, limit, Math.min(limit, 50));
    }
}
