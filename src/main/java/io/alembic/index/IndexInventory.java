package io.alembic.index;

import io.alembic.bundle.LineSetDigest;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.Arrays;

/**
 * The live documents of the index as (row, request_id) pairs sorted by row, with their count and an
 * order-independent digest of the request ids: what verify compares with the store's rows.
 */
public record IndexInventory(long[] rows, String[] requestIds, String idsDigest) {
    public int documents() { return rows.length; }

    static IndexInventory of(DirectoryReader reader) throws IOException {
        if (reader == null) return new IndexInventory(new long[0], new String[0], new LineSetDigest().hex());
        int n = reader.numDocs();
        long[] rows = new long[n];
        String[] ids = new String[n];
        int k = 0;
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            Bits live = leaf.getLiveDocs();
            NumericDocValues rowValues = leaf.getNumericDocValues(Fields.ROW);
            StoredFields stored = leaf.storedFields();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                rows[k] = rowValues != null && rowValues.advanceExact(doc) ? rowValues.longValue() : -1;
                ids[k] = stored.document(doc, java.util.Set.of(Fields.REQUEST_ID)).get(Fields.REQUEST_ID);
                k++;
            }
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(rows[a], rows[b]));
        long[] sortedRows = new long[k];
        String[] sortedIds = new String[k];
        LineSetDigest digest = new LineSetDigest();
        for (int i = 0; i < k; i++) {
            sortedRows[i] = rows[order[i]];
            sortedIds[i] = ids[order[i]];
            digest.add(sortedIds[i] == null ? "" : sortedIds[i]);
        }
        return new IndexInventory(sortedRows, sortedIds, digest.hex());
    }
}
