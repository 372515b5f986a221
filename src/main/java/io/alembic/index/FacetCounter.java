package io.alembic.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Counts the matches of a query by the values of the facet fields. Up to {@link #EXACT_LIMIT} matches every match is
 * counted; above it, an evenly spread sample of the matches is counted and scaled to the (exact) total, so the time
 * no longer grows with the number of matches. The result says which: an estimate must never pass for a count.
 *
 * <p>The sample is systematic over document ids: the id space is cut into blocks of {@code step} documents and one
 * fixed, pseudo-randomly placed id per block is looked at (the query's iterator is advanced to it, skipping the rest).
 * Every match has the same chance, 1/step, of being in the sample, whether the matches are spread out or clustered;
 * the position within each block varies so that no periodic pattern in the index lines up with the sample, and it is
 * fixed, so the same query on the same index gives the same estimate. Lucene's {@code RandomSamplingFacetsCollector}
 * samples the same way, but only after collecting every match.
 *
 * <p>Counting is by segment ordinal, merged through a global ordinal map (built once per index reader), so a field of
 * 100,000 accounts costs no strings except for the values returned.
 */
final class FacetCounter {
    /** Up to this many matches, facets are exact counts. */
    static final long EXACT_LIMIT = 100_000;
    /** Above {@link #EXACT_LIMIT}, about this many matches are sampled. */
    static final long SAMPLE_TARGET = 50_000;
    /**
     * The most frequent values of a facet, at most this many, commonest first: a match-all over a case of 100,000
     * accounts would otherwise hand every account to the facet panel and the filter box's suggestions.
     */
    static final int MAX_VALUES = 100;

    /** Facet values with their counts (commonest first), and whether they are exact or estimated from a sample. */
    record Counts(Map<String, Map<String, Long>> byField, boolean sampled, long sampledHits) {}

    /** Supplies the global ordinal map of a facet field for the reader being searched (cached by the caller). */
    interface Ordinals {
        OrdinalMap of(IndexReader reader, String field) throws IOException;
    }

    private final List<String> fields;
    private final long exactLimit;
    private final long sampleTarget;

    FacetCounter(List<String> fields, long exactLimit, long sampleTarget) {
        if (exactLimit < 0 || sampleTarget < 1) throw new IllegalArgumentException("bad facet limits " + exactLimit + "/" + sampleTarget);
        this.fields = fields;
        this.exactLimit = exactLimit;
        this.sampleTarget = sampleTarget;
    }

    /** One document in every {@code step} is looked at; 1 means every match (exact counts). */
    long step(long total) {
        if (total <= exactLimit) return 1;
        return Math.max(1, total / sampleTarget);
    }

    /**
     * Counts the matches of {@code weight} (created without scores). {@code total} is the exact number of matches; the
     * estimate of a value is its sampled count times total / sampled matches.
     */
    Counts count(IndexSearcher searcher, Weight weight, long total, Ordinals ordinals) throws IOException {
        long step = step(total);
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        List<Callable<LeafCounts>> tasks = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) tasks.add(() -> countLeaf(weight, leaf, step));
        List<LeafCounts> perLeaf = total == 0 ? List.of() : searcher.getTaskExecutor().invokeAll(tasks);

        long seen = 0;
        for (LeafCounts lc : perLeaf) seen += lc.hits;
        boolean sampled = step > 1;
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            String field = fields.get(f);
            if (perLeaf.isEmpty() || seen == 0) {
                byField.put(field, Map.of());
                continue;
            }
            OrdinalMap map = ordinals.of(reader, field);
            long[] global = new long[(int) map.getValueCount()];
            for (LeafCounts lc : perLeaf) {
                int[] c = lc.counts[f];
                if (c == null) continue;
                LongValues toGlobal = map.getGlobalOrds(lc.leafOrd);
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] != 0) global[(int) toGlobal.get(ord)] += c[ord];
                }
            }
            byField.put(field, top(reader, field, map, global, sampled ? (double) total / seen : 1.0));
        }
        return new Counts(byField, sampled, sampled ? seen : total);
    }

    /** Per-segment ordinal counts of the matches looked at, and how many matches that was. */
    private record LeafCounts(int leafOrd, int[][] counts, long hits) {}

    private LeafCounts countLeaf(Weight weight, LeafReaderContext leaf, long step) throws IOException {
        int[][] counts = new int[fields.size()][];
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) return new LeafCounts(leaf.ord, counts, 0);
        SortedDocValues[] dvs = new SortedDocValues[fields.size()];
        for (int i = 0; i < dvs.length; i++) {
            dvs[i] = DocValues.getSorted(leaf.reader(), fields.get(i));
            counts[i] = new int[Math.max(0, dvs[i].getValueCount())];
        }
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approx = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        Bits live = leaf.reader().getLiveDocs();
        int maxDoc = leaf.reader().maxDoc();
        long hits = 0;
        if (step == 1) {
            for (int doc = approx.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = approx.nextDoc()) {
                if (matches(doc, live, twoPhase)) {
                    hits++;
                    add(dvs, counts, doc);
                }
            }
            return new LeafCounts(leaf.ord, counts, hits);
        }
        long base = leaf.docBase;
        long block = base / step;
        long target = samplePosition(block, step);
        if (target < base) target = samplePosition(++block, step);
        while (target - base < maxDoc) {
            int local = (int) (target - base);
            int doc = approx.docID() >= local ? approx.docID() : approx.advance(local);
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
            if (doc == local) {
                if (matches(doc, live, twoPhase)) {
                    hits++;
                    add(dvs, counts, doc);
                }
                target = samplePosition(++block, step);
            } else {
                // The next match is past this block's sample: go to the first sample at or after it.
                long at = base + doc;
                block = at / step;
                target = samplePosition(block, step);
                if (target < at) target = samplePosition(++block, step);
            }
        }
        return new LeafCounts(leaf.ord, counts, hits);
    }

    /** The sampled document id of a block: a fixed pseudo-random offset within it (splitmix64 of the block number). */
    static long samplePosition(long block, long step) {
        long z = block * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return block * step + Math.floorMod(z, step);
    }

    private static boolean matches(int doc, Bits live, TwoPhaseIterator twoPhase) throws IOException {
        return (live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches());
    }

    private static void add(SortedDocValues[] dvs, int[][] counts, int doc) throws IOException {
        for (int i = 0; i < dvs.length; i++) {
            if (dvs[i].advanceExact(doc)) counts[i][dvs[i].ordValue()]++;
        }
    }

    /** The commonest values (count descending, then value), scaled by {@code scale} when sampled. */
    private static Map<String, Long> top(IndexReader reader, String field, OrdinalMap map, long[] global, double scale) throws IOException {
        // Key: count in the high half, then the lower ordinal (= the smaller value) first; a min-heap keeps the best.
        java.util.PriorityQueue<Long> best = new java.util.PriorityQueue<>(MAX_VALUES + 1);
        for (int ord = 0; ord < global.length; ord++) {
            if (global[ord] == 0) continue;
            long key = (global[ord] << 32) | (0xFFFFFFFFL - ord);
            if (best.size() < MAX_VALUES) {
                best.add(key);
            } else if (key > best.peek()) {
                best.poll();
                best.add(key);
            }
        }
        long[] keys = best.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Long> out = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (int i = keys.length - 1; i >= 0; i--) {
            int g = (int) (0xFFFFFFFFL - (keys[i] & 0xFFFFFFFFL));
            SortedDocValues dv = DocValues.getSorted(leaves.get(map.getFirstSegmentNumber(g)).reader(), field);
            String value = dv.lookupOrd((int) map.getFirstSegmentOrd(g)).utf8ToString();
            out.put(value, scale == 1.0 ? global[g] : Math.max(1, Math.round(global[g] * scale)));
        }
        return out;
    }
}
