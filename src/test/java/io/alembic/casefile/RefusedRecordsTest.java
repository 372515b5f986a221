package io.alembic.casefile;

import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;
import io.alembic.index.DocumentRejectedException;
import io.alembic.store.CaseDatabase;
import io.alembic.store.QuarantineItem;
import io.alembic.store.QuarantineStore;
import io.alembic.store.RequestStore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document the index refuses (whatever the cause) becomes a quarantined line, and store and index stay equal. */
class RefusedRecordsTest {
    @TempDir Path tmp;

    @Test
    void recordTheIndexRefusesIsTakenOutOfTheStoreAndQuarantinedWhileTheRestLoads() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) lines.add(request("r" + i, "2026-01-14T03:12:45Z", "a" + i, "m1", "text " + i));
        Path file = tmp.resolve("part.jsonl");
        Files.write(file, lines);
        try (CaseDatabase db = CaseDatabase.open(tmp.resolve("case.db")); CaseIndex index = new CaseIndex(tmp.resolve("index"))) {
            IndexFeeder.Sink real = IndexFeeder.of(index);
            IndexFeeder.Sink refusing = new IndexFeeder.Sink() {
                @Override
                public void add(long row, String bundleId, RequestRecord r) throws IOException {
                    if (r.requestId().equals("r3") || r.requestId().equals("r5")) {
                        throw new DocumentRejectedException("cannot be indexed: refused for the test", null);
                    }
                    real.add(row, bundleId, r);
                }

                @Override
                public void flushNextBuffer() throws IOException { real.flushNextBuffer(); }
            };
            RecordLoader loader = new RecordLoader(db, index, refusing, 4, 1 << 20);
            RecordLoader.Tally tally = new RecordLoader.Tally();
            loader.loadRequests("key", "B", 1, file, "part.jsonl", 0, tally, 6, ImportListener.NONE, CancelToken.none());

            assertEquals(4, tally.inserted);
            assertEquals(2, tally.quarantined);
            assertEquals(4, new RequestStore(db).count());
            assertTrue(new RequestStore(db).byRequestId("r3").isEmpty());
            List<QuarantineItem> q = new QuarantineStore(db).all();
            assertEquals(List.of(3L, 5L), q.stream().map(QuarantineItem::line).toList());
            assertEquals("cannot be indexed: refused for the test", q.get(0).reason());
            assertEquals(lines.get(2), q.get(0).content());
            index.closeWriter();
            try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")))) {
                assertEquals(4, r.numDocs());
            }
        }
    }
}
