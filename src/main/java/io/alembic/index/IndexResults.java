package io.alembic.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Ranked hits, exact total and facet counts; it can also cut highlighted snippets for the hits it found. Facet counts
 * are exact unless {@link #facetsSampled()}: then they are estimates scaled from {@link #facetSampleSize()} sampled
 * matches.
 */
public final class IndexResults {
    public static final String MARK_OPEN = "[[";
    public static final String MARK_CLOSE = "]]";

    private final long total;
    private final List<IndexHit> hits;
    private final Map<String, Map<String, Long>> facets;
    private final boolean facetsSampled;
    private final long facetSampleSize;
    private final Query query;
    private final UnifiedHighlighter highlighter;

    IndexResults(long total, List<IndexHit> hits, Map<String, Map<String, Long>> facets, boolean facetsSampled,
                 long facetSampleSize, Query query, Analyzer analyzer) {
        this.total = total;
        this.hits = hits;
        this.facets = facets;
        this.facetsSampled = facetsSampled;
        this.facetSampleSize = facetSampleSize;
        this.query = query;
        this.highlighter = new QueryBoundHighlighter(UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", false))
                .withMaxLength(200_000)
                // Weight-matching rewrites the query against a one-document index for every hit, which for fuzzy
                // and wildcard queries means building their automata again per hit; term/phrase matching does not.
                .withWeightMatches(false));
    }

    public long total() { return total; }

    public List<IndexHit> hits() { return hits; }

    public Map<String, Map<String, Long>> facets() { return facets; }

    /** True when the facet counts are estimates from a sample of the matches, not counts. */
    public boolean facetsSampled() { return facetsSampled; }

    /** Matches the facet counts were made from: all of them ({@link #total()}) unless sampled. */
    public long facetSampleSize() { return facetSampleSize; }

    /**
     * The best passage of the first text field (in the order given) in which the query matches, with matched terms
     * wrapped in [[ ]]; null if it matches none of them (e.g. a pure keyword query).
     */
    public String snippet(Map<String, String> textByField, int passages) {
        for (Map.Entry<String, String> e : textByField.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) continue;
            try {
                Object s = highlighter.highlightWithoutSearcher(e.getKey(), query, e.getValue(), passages);
                if (s != null) {
                    String text = s.toString().trim();
                    return e.getKey().equals(Fields.PROMPT) ? text : e.getKey() + ": " + text;
                }
            } catch (IOException ex) {
                throw new IllegalStateException("highlighting failed", ex);
            }
        }
        return null;
    }

    /**
     * Highlights many hits of one query: builds each field's highlighter (for fuzzy and wildcard queries an
     * automaton, the costly part) once, not once per hit, as Lucene's own multi-document path does.
     */
    private static final class QueryBoundHighlighter extends UnifiedHighlighter {
        private final Map<String, FieldHighlighter> perField = new java.util.HashMap<>();

        QueryBoundHighlighter(Builder builder) { super(builder); }

        @Override
        protected FieldHighlighter getFieldHighlighter(String field, Query query, java.util.Set<org.apache.lucene.index.Term> allTerms,
                                                       int maxPassages) {
            return perField.computeIfAbsent(field + '\u0000' + maxPassages,
                    k -> super.getFieldHighlighter(field, query, allTerms, maxPassages));
        }
    }
}
