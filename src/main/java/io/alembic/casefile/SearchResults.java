package io.alembic.casefile;

import java.util.List;
import java.util.Map;

/**
 * Ranked hits (at most the requested limit), the exact total match count, and facet counts over the matches: exact
 * counts, or, when {@code facetsSampled}, estimates scaled from {@code facetSampleSize} evenly spread matches (a
 * search matching more than 100,000 records); an estimate must be shown as one.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                            boolean facetsSampled, long facetSampleSize) {}
