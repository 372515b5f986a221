package io.alembic.index;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PointInSetQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The best {@code n} matches: relevance first, equal scores in import order (store row). A query that scores by
 * relevance lets Lucene skip blocks that cannot beat the current best (block-max WAND). A query whose matches all
 * score the same (match-all, wildcards, ranges, field existence, filters) is ranked by row alone, so its best
 * {@code n} are the matches with the lowest rows: those are found in row windows sized from the match density (a
 * window holding ~2n matches on average), widened until {@code n} are found, instead of comparing every match.
 */
final class TopHits {
    static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ROW, SortField.Type.LONG));
    private static final int THRESHOLD = 1000;

    private TopHits() { }

    /**
     * The best {@code n} of {@code total} matches of {@code query}; {@code constantScore} when every match of it
     * scores the same (see {@link #constantScore(Query)}, decided on the query as parsed).
     */
    static ScoreDoc[] find(IndexSearcher searcher, boolean constantScore, Query query, int n, long total) throws IOException {
        if (n <= 0 || total == 0) return new ScoreDoc[0];
        if (constantScore && total > 4L * n) {
            ScoreDoc[] windowed = byRowWindows(searcher, query, n, total);
            if (windowed != null) return windowed;
        }
        return ranked(searcher, query, n);
    }

    static ScoreDoc[] ranked(IndexSearcher searcher, Query query, int n) throws IOException {
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(RANKING, n, null, THRESHOLD));
        return top.scoreDocs.length > n ? java.util.Arrays.copyOf(top.scoreDocs, n) : top.scoreDocs;
    }

    /** Null when the index has no row points to window over. */
    private static ScoreDoc[] byRowWindows(IndexSearcher searcher, Query query, int n, long total) throws IOException {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PointValues points = leaf.reader().getPointValues(Fields.ROW);
            if (points == null || points.size() == 0) continue;
            min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
            max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
        if (min > max) return null;
        double span = (double) max - min + 1;
        double perRow = Math.min(1.0, total / span);
        long width = (long) Math.min(span, Math.ceil(2.0 * n / perRow));
        List<ScoreDoc> out = new ArrayList<>(n);
        long lo = min;
        while (out.size() < n && lo <= max) {
            long hi = width >= max - lo ? max : lo + width - 1;
            Query window = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.ROW, lo, hi),
                            NumericDocValuesField.newSlowRangeQuery(Fields.ROW, lo, hi)), BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc sd : ranked(searcher, window, n - out.size())) out.add(sd);
            if (hi == max) break;
            lo = hi + 1;
            width = width > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : width * 4;
        }
        return out.toArray(new ScoreDoc[0]);
    }

    /**
     * True only when every match certainly scores the same, so that row order alone is the ranking: unknown query
     * types are treated as scoring (the general path is always right, only slower).
     */
    static boolean constantScore(Query q) {
        if (q instanceof BoostQuery b) return constantScore(b.getQuery());
        if (q instanceof MatchAllDocsQuery || q instanceof MatchNoDocsQuery || q instanceof ConstantScoreQuery
                || q instanceof FieldExistsQuery || q instanceof PointRangeQuery || q instanceof PointInSetQuery
                || q instanceof IndexOrDocValuesQuery) {
            return true;
        }
        if (q instanceof MultiTermQuery m) {
            MultiTermQuery.RewriteMethod r = m.getRewriteMethod();
            return r == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE || r == MultiTermQuery.CONSTANT_SCORE_REWRITE
                    || r == MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE || r == MultiTermQuery.DOC_VALUES_REWRITE;
        }
        if (q instanceof BooleanQuery b) {
            // The score is the sum over matching scoring clauses: constant if every scoring clause is required and
            // constant. Optional (SHOULD) clauses beside required ones, or several of them, add varying amounts.
            int must = 0, should = 0;
            boolean required = false;
            for (BooleanClause c : b.clauses()) {
                switch (c.getOccur()) {
                    case MUST -> { must++; required = true; if (!constantScore(c.getQuery())) return false; }
                    case FILTER -> required = true;
                    case SHOULD -> { should++; if (!constantScore(c.getQuery())) return false; }
                    case MUST_NOT -> { }
                }
            }
            if (should == 0) return true;
            return should == 1 && must == 0 && (!required || b.getMinimumNumberShouldMatch() >= 1);
        }
        return false;
    }
}
