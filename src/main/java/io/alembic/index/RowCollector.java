package io.alembic.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.LongStream;

/** Collects the store row id of every match (no scores): a primitive array, so 200k hits cost 1.6 MB, not objects. */
final class RowCollector implements CollectorManager<RowCollector.Rows, RowCollector.Rows> {
    @Override
    public Rows newCollector() { return new Rows(); }

    @Override
    public Rows reduce(Collection<Rows> collectors) {
        Rows all = new Rows();
        for (Rows r : collectors) {
            for (int i = 0; i < r.size; i++) all.add(r.ids[i]);
        }
        return all;
    }

    static final class Rows implements Collector {
        private long[] ids = new long[256];
        private int size;

        void add(long id) {
            if (size == ids.length) ids = Arrays.copyOf(ids, size * 2);
            ids[size++] = id;
        }

        long[] toArray() { return LongStream.of(Arrays.copyOf(ids, size)).sorted().distinct().toArray(); }

        @Override
        public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            NumericDocValues rows = DocValues.getNumeric(ctx.reader(), Fields.ROW);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) { }

                @Override
                public void collect(int doc) throws IOException {
                    if (rows.advanceExact(doc)) add(rows.longValue());
                }
            };
        }
    }
}
