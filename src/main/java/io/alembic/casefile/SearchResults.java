package io.alembic.casefile;

import java.util.List;
import java.util.Map;

/** Ranked hits (at most the requested limit), the total match count, and facet counts over all matches. */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}
