package io.alembic.casefile;

import io.alembic.bundle.LineSetDigest;
import io.alembic.index.CaseIndex;
import io.alembic.index.IndexInventory;
import io.alembic.store.RecordInventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index must hold exactly one document per stored request, carrying its row and request_id: a document
 * deleted or added behind the case's back would make searches (and what analysts tag from them) silently wrong.
 */
final class IndexCheck {
    static final int NAMED = 50;

    /** Both sides summed up: counts and the digest of request ids. */
    record Summary(long records, String recordsIdsDigest, long documents, String documentsIdsDigest) {}

    private final CaseIndex index;
    private final RecordInventory inventory;

    IndexCheck(CaseIndex index, RecordInventory inventory) {
        this.index = index;
        this.inventory = inventory;
    }

    Summary check(List<IntegrityProblem> problems) throws IOException {
        IndexInventory docs = index.inventory();
        LineSetDigest stored = new LineSetDigest();
        List<IntegrityProblem> named = new ArrayList<>();
        long[] more = {0};
        int[] at = {0};
        java.util.function.Consumer<IntegrityProblem> name = p -> {
            if (named.size() < NAMED) named.add(p); else more[0]++;
        };
        long[] rows = docs.rows();
        String[] ids = docs.requestIds();
        inventory.forEachId((row, requestId) -> {
            stored.add(requestId);
            while (at[0] < rows.length && rows[at[0]] < row) {
                name.accept(extra(rows[at[0]], ids[at[0]]));
                at[0]++;
            }
            if (at[0] < rows.length && rows[at[0]] == row) {
                if (!requestId.equals(ids[at[0]])) {
                    name.accept(new IntegrityProblem("index_document_mismatch", "index document for row " + row,
                            "request_id " + requestId + " (as in case.db)", "request_id " + ids[at[0]]));
                }
                at[0]++;
            } else {
                name.accept(new IntegrityProblem("index_document_missing", "index document for row " + row + " (request_id " + requestId + ")",
                        "a document", "none"));
            }
        });
        for (; at[0] < rows.length; at[0]++) name.accept(extra(rows[at[0]], ids[at[0]]));
        Summary s = new Summary(stored.count(), stored.hex(), docs.documents(), docs.idsDigest());
        if (s.records() != s.documents() || !s.recordsIdsDigest().equals(s.documentsIdsDigest()) || !named.isEmpty()) {
            problems.add(new IntegrityProblem("index_documents_changed", "index",
                    s.records() + " documents, ids digest " + s.recordsIdsDigest() + " (as the rows in case.db)",
                    s.documents() + " documents, ids digest " + s.documentsIdsDigest()));
        }
        problems.addAll(named);
        if (more[0] > 0) problems.add(new IntegrityProblem("index_documents_changed", "index", "every document named", more[0] + " more not listed"));
        return s;
    }

    private static IntegrityProblem extra(long row, String requestId) {
        return new IntegrityProblem("index_document_extra", "index document for row " + row + " (request_id " + requestId + ")",
                "no document (no such row in case.db)", "a document");
    }
}
