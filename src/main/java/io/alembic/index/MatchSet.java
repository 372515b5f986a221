package io.alembic.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The matches of one query, read once for one search: the exact count, and a query over the same matches that the
 * ranking and facet passes run instead of the original. A segment whose count Lucene knows from its statistics is
 * not read (the original query serves it); any other segment is iterated once into a bit set, so a costly query
 * (a leading wildcard that unions thousands of terms, a phrase that checks positions) is evaluated once per search,
 * not once per pass. Valid only with searchers over the reader it was read from.
 */
final class MatchSet extends Query {
    private final Weight source;
    private final FixedBitSet[] bits;
    private final int[] counts;
    private final float score;
    private final long total;

    private MatchSet(Weight source, FixedBitSet[] bits, int[] counts, float score, long total) {
        this.source = source;
        this.bits = bits;
        this.counts = counts;
        this.score = score;
        this.total = total;
    }

    long total() { return total; }

    /**
     * Reads the matches of {@code rewritten}. With {@code constantScore} (every match scores the same) the score of
     * a match is kept, so the set ranks exactly as the query does.
     */
    static MatchSet read(IndexSearcher searcher, Query rewritten, boolean constantScore) throws IOException {
        Weight w = searcher.createWeight(rewritten, constantScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Callable<Leaf>> tasks = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) tasks.add(() -> readLeaf(w, leaf, constantScore));
        List<Leaf> read = searcher.getTaskExecutor().invokeAll(tasks);
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        long total = 0;
        float score = Float.NaN;
        for (int i = 0; i < bits.length; i++) {
            Leaf l = read.get(i);
            bits[i] = l.bits;
            counts[i] = l.count;
            total += l.count;
            if (Float.isNaN(score) && !Float.isNaN(l.firstScore)) score = l.firstScore;
        }
        return new MatchSet(w, bits, counts, Float.isNaN(score) ? 0f : score, total);
    }

    /** The best {@code n} matches of a scoring query (relevance, then row) and all its matches as a set. */
    record Ranked(MatchSet matches, ScoreDoc[] top) {}

    /**
     * For a query that scores by relevance and whose count Lucene cannot take from statistics: one pass that ranks,
     * counts and reads the matches together. Every match must be visited for the exact count anyway, so the
     * ranking rides along instead of evaluating the query a second time (for phrases, the costly part).
     */
    static Ranked readRanked(IndexSearcher searcher, Query rewritten, int n) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        CollectorManager<Collector, Void> reading = new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector() {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) {
                        FixedBitSet b = new FixedBitSet(context.reader().maxDoc());
                        bits[context.ord] = b;
                        return new LeafCollector() {
                            @Override
                            public void setScorer(Scorable scorer) { }

                            @Override
                            public void collect(int doc) {
                                b.set(doc);
                                counts[context.ord]++;
                            }
                        };
                    }

                    @Override
                    public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }
                };
            }

            @Override
            public Void reduce(Collection<Collector> collectors) { return null; }
        };
        Object[] out = searcher.search(rewritten, new MultiCollectorManager(
                new TopFieldCollectorManager(TopHits.RANKING, Math.max(1, n), null, Integer.MAX_VALUE), reading));
        long total = 0;
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) bits[i] = new FixedBitSet(leaves.get(i).reader().maxDoc());   // a segment without matches
            total += counts[i];
        }
        ScoreDoc[] top = ((TopDocs) out[0]).scoreDocs;
        if (top.length > n) top = java.util.Arrays.copyOf(top, n);
        Weight source = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Ranked(new MatchSet(source, bits, counts, 0f, total), top);
    }

    /** The exact count when Lucene knows it for every segment from statistics (a single term, match-all, …), else -1. */
    static long cheapCount(IndexSearcher searcher, Query rewritten) throws IOException {
        Weight w = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int c = w.count(leaf);
            if (c < 0) return -1;
            total += c;
        }
        return total;
    }

    private record Leaf(FixedBitSet bits, int count, float firstScore) {}

    private static Leaf readLeaf(Weight w, LeafReaderContext leaf, boolean keepScore) throws IOException {
        int counted = w.count(leaf);
        if (counted >= 0) return new Leaf(null, counted, Float.NaN);
        FixedBitSet b = new FixedBitSet(leaf.reader().maxDoc());
        Scorer s = w.scorer(leaf);
        if (s == null) return new Leaf(b, 0, Float.NaN);
        TwoPhaseIterator twoPhase = s.twoPhaseIterator();
        DocIdSetIterator approx = twoPhase == null ? s.iterator() : twoPhase.approximation();
        Bits live = leaf.reader().getLiveDocs();
        float first = Float.NaN;
        int n = 0;
        for (int doc = approx.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = approx.nextDoc()) {
            if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                b.set(doc);
                if (n++ == 0 && keepScore) first = s.score();
            }
        }
        return new Leaf(b, n, first);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        MatchSet set = this;
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                FixedBitSet b = bits[context.ord];
                if (b == null) return source.scorer(context);
                if (counts[context.ord] == 0) return null;
                return new ConstantScoreScorer(this, score * boost, scoreMode, new BitSetIterator(b, counts[context.ord]));
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                FixedBitSet b = bits[context.ord];
                return b == null ? source.count(context) : counts[context.ord];
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) { return false; }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                FixedBitSet b = bits[context.ord];
                if (b == null) return source.explain(context, doc);
                return b.get(doc) ? Explanation.match(score * boost, "match of " + set) : Explanation.noMatch("no match of " + set);
            }
        };
    }

    @Override
    public String toString(String field) { return "MatchSet(" + source.getQuery().toString(field) + ")"; }

    @Override
    public void visit(QueryVisitor visitor) { visitor.visitLeaf(this); }

    @Override
    public boolean equals(Object other) { return this == other; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }
}
