package io.alembic.casefile;

import io.alembic.store.CaseDatabase;
import io.alembic.store.RecordInventory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The import's record of what it stored (rows and digest of the verbatim lines per file, {@link StoreCheck}), computed
 * on a reader connection of its own while the importing connection builds the SQL indexes and derived tables. Once
 * the last checkpoint is committed the bundle's rows no longer change, so the reader's snapshot holds exactly them;
 * reading every verbatim line is the longest part of the import's tail, and the other core is idle during it.
 */
final class StoredLinesDigest {
    private final FutureTask<List<Map<String, Object>>> task;

    private StoredLinesDigest(Path database, String bundleKey) {
        task = new FutureTask<>(() -> {
            try (CaseDatabase reader = CaseDatabase.openReader(database)) {
                return StoreCheck.recordAtImport(new RecordInventory(reader), bundleKey);
            }
        });
    }

    /** Starts reading the committed rows of {@code bundleKey}; call only after the import's last checkpoint. */
    static StoredLinesDigest start(Path database, String bundleKey) {
        StoredLinesDigest d = new StoredLinesDigest(database, bundleKey);
        Thread t = new Thread(d.task, "alembic-stored-digest");
        t.setDaemon(true);
        t.start();
        return d;
    }

    /** The per-file rows and digests, waiting for the reader if it is still going. */
    List<Map<String, Object>> join() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while digesting the stored records");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IOException("cannot digest the stored records: " + c.getMessage(), c);
        }
    }
}
