package io.alembic.index;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Weight;
import org.apache.lucene.document.Document;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs one analyst query with filters: ranked hits, exact total, facet counts (exact, or estimated and flagged). */
public final class IndexSearch {
    private static final Set<String> STORED = Set.of(Fields.REQUEST_ID, Fields.ACCOUNT, Fields.MODEL, Fields.PROMPT_HEAD);

    private final CaseIndex index;
    private final TagResolver tags;
    private final FacetCounter facets;

    IndexSearch(CaseIndex index, TagResolver tags) {
        this(index, tags, FacetCounter.EXACT_LIMIT, FacetCounter.SAMPLE_TARGET);
    }

    /** With other facet limits than the defaults (tests: sampling on a small index). */
    IndexSearch(CaseIndex index, TagResolver tags, long exactFacetLimit, long facetSampleTarget) {
        this.index = index;
        this.tags = tags;
        this.facets = new FacetCounter(Fields.FACETS, exactFacetLimit, facetSampleTarget);
    }

    /**
     * The exact total, the best {@code limit} hits and the facet counts. Each part costs what it must: the total from
     * index statistics where possible, the hits without visiting every match, the facets exact up to
     * {@link FacetCounter#EXACT_LIMIT} matches and estimated from an evenly spread sample above it (flagged).
     */
    public IndexResults run(String queryText, IndexFilters filters, int limit) throws IOException {
        Query query = parse(queryText);
        DirectoryReader reader = index.reader();
        if (reader == null) return new IndexResults(0, List.of(), Map.of(), false, 0, query, index.analyzer());
        IndexSearcher searcher = new IndexSearcher(reader, index.searchExecutor());
        // The count and the facet sample go without Lucene's query cache: caching a query means reading every match
        // into a bit set, the very cost the sample avoids, and a warm cache would flatter repeated benchmark queries.
        IndexSearcher uncached = new IndexSearcher(reader, index.searchExecutor());
        uncached.setQueryCache(null);
        Query filtered = withFilters(query, filters);
        // Rewritten once for all passes: a fuzzy query's rewrite walks the term dictionary.
        Query rewritten = uncached.rewrite(filtered);
        boolean constantScore = TopHits.constantScore(filtered);
        long total = HitCount.singleValuedTerms(uncached, filtered);
        Query matches = rewritten;
        ScoreDoc[] ranked;
        if (total < 0 && !constantScore) total = MatchSet.cheapCount(uncached, rewritten);
        if (total >= 0) {
            ranked = TopHits.find(searcher, constantScore, rewritten, limit, total);
        } else if (constantScore) {
            MatchSet set = MatchSet.read(uncached, rewritten, true);
            total = set.total();
            matches = set;
            ranked = TopHits.find(searcher, true, set, limit, total);
        } else {
            MatchSet.Ranked read = MatchSet.readRanked(searcher, rewritten, limit);
            total = read.matches().total();
            matches = read.matches();
            ranked = read.top();
        }
        Weight matching = uncached.createWeight(matches, ScoreMode.COMPLETE_NO_SCORES, 1f);
        FacetCounter.Counts counts = facets.count(uncached, matching, total, index::ordinals);
        return new IndexResults(total, Collections.unmodifiableList(hits(searcher, ranked)), counts.byField(),
                counts.sampled(), counts.sampledHits(), query, index.analyzer());
    }

    /** Store row ids of every match, ascending: what "tag all hits" tags, without ranking or a hit limit. */
    public long[] rowIds(String queryText, IndexFilters filters) throws IOException {
        Query query = parse(queryText);
        DirectoryReader reader = index.reader();
        if (reader == null) return new long[0];
        return new IndexSearcher(reader).search(withFilters(query, filters), new RowCollector()).toArray();
    }

    Query parse(String queryText) {
        if (queryText == null || queryText.isBlank() || queryText.trim().equals("*")) return new MatchAllDocsQuery();
        try {
            return new CaseQueryParser(index.analyzer(), tags).parse(queryText);
        } catch (ParseException e) {
            String msg = e.getMessage();
            int nl = msg == null ? -1 : msg.indexOf('\n');
            throw new QuerySyntaxException("cannot parse query \"" + queryText + "\": " + (nl < 0 ? msg : msg.substring(0, nl)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new QuerySyntaxException("cannot parse query \"" + queryText + "\": " + e.getMessage());
        }
    }

    private static Query withFilters(Query query, IndexFilters f) {
        if (f == null || (f.account() == null && f.model() == null && f.fromMs() == null && f.toMs() == null)) return query;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (f.account() != null) b.add(new TermQuery(new Term(Fields.ACCOUNT, f.account())), BooleanClause.Occur.FILTER);
        if (f.model() != null) b.add(new TermQuery(new Term(Fields.MODEL, f.model())), BooleanClause.Occur.FILTER);
        if (f.fromMs() != null || f.toMs() != null) {
            long lo = f.fromMs() == null ? Long.MIN_VALUE : f.fromMs();
            long hi = f.toMs() == null ? Long.MAX_VALUE : f.toMs();
            b.add(LongPoint.newRangeQuery(Fields.TIME, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Loads hit fields in doc-id order (doc values iterate forward only, and stored-field blocks are read once),
     * then returns them in rank order. This keeps a 100k-hit page affordable.
     */
    private static List<IndexHit> hits(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        Integer[] byDoc = new Integer[ranked.length];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> ranked[i].doc));
        IndexHit[] out = new IndexHit[ranked.length];
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        NumericDocValues time = null, status = null;
        SortedDocValues router = null;
        for (int i : byDoc) {
            ScoreDoc sd = ranked[i];
            while (leaf == null || sd.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(++leafIndex);
                time = DocValues.getNumeric(leaf.reader(), Fields.TIME);
                status = DocValues.getNumeric(leaf.reader(), Fields.STATUS);
                router = DocValues.getSorted(leaf.reader(), Fields.ROUTER);
            }
            int doc = sd.doc - leaf.docBase;
            Document d = stored.document(sd.doc, STORED);
            long t = time.advanceExact(doc) ? time.longValue() : 0;
            Integer st = status.advanceExact(doc) ? (int) status.longValue() : null;
            String r = router.advanceExact(doc) ? router.lookupOrd(router.ordValue()).utf8ToString() : null;
            float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
            out[i] = new IndexHit(d.get(Fields.REQUEST_ID), d.get(Fields.ACCOUNT), d.get(Fields.MODEL), r, t, st,
                    Float.isNaN(score) ? 0f : score, d.get(Fields.PROMPT_HEAD));
        }
        return java.util.Arrays.asList(out);
    }
}
