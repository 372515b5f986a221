package io.alembic.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every match by the values of the facet fields, per segment by ordinal (cheap), merged by value at the
 * end. Also yields the exact total, since it sees every match.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {
    record Counts(long total, Map<String, Map<String, Long>> byField) {}

    private final List<String> fields;

    FacetCounter(List<String> fields) { this.fields = fields; }

    @Override
    public Counting newCollector() { return new Counting(fields); }

    @Override
    public Counts reduce(Collection<Counting> collectors) {
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        long total = 0;
        for (String f : fields) merged.put(f, new HashMap<>());
        for (Counting c : collectors) {
            total += c.total;
            c.byField.forEach((f, m) -> m.forEach((v, n) -> merged.get(f).merge(v, n, Long::sum)));
        }
        Map<String, Map<String, Long>> top = new LinkedHashMap<>();
        merged.forEach((f, m) -> top.put(f, top(m)));
        return new Counts(total, top);
    }

    /**
     * The most frequent values of a facet, at most {@link #MAX_VALUES}, commonest first: a match-all over a case of
     * 100,000 accounts would otherwise hand every account to the facet panel and the filter box's suggestions.
     */
    static final int MAX_VALUES = 100;

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static final class Counting implements Collector {
        private final List<String> fields;
        final Map<String, Map<String, Long>> byField = new HashMap<>();
        long total;

        Counting(List<String> fields) {
            this.fields = fields;
            for (String f : fields) byField.put(f, new HashMap<>());
        }

        @Override
        public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            SortedDocValues[] dvs = new SortedDocValues[fields.size()];
            int[][] counts = new int[fields.size()][];
            for (int i = 0; i < dvs.length; i++) {
                dvs[i] = DocValues.getSorted(ctx.reader(), fields.get(i));
                counts[i] = new int[Math.max(0, dvs[i].getValueCount())];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) { }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int i = 0; i < dvs.length; i++) {
                        if (dvs[i].advanceExact(doc)) counts[i][dvs[i].ordValue()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < dvs.length; i++) {
                        Map<String, Long> m = byField.get(fields.get(i));
                        for (int ord = 0; ord < counts[i].length; ord++) {
                            if (counts[i][ord] > 0) m.merge(dvs[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
