package io.alembic.casefile;

import io.alembic.bundle.AccountParser;
import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;
import io.alembic.store.AccountStore;
import io.alembic.store.BundleStore;
import io.alembic.store.CaseDatabase;
import io.alembic.store.QuarantineStore;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Loads the lines of one evidence file into the store and the index, resuming after the last checkpoint.
 * A checkpoint commits the index first and then the database (rows, quarantine and the file's progress in one
 * transaction), so a kill at any instant loses at most the work since the last checkpoint and never doubles it.
 */
final class RecordLoader {
    static final int DEFAULT_CHECKPOINT = Integer.getInteger("alembic.import.checkpoint", 50_000);
    private static final int PROGRESS_EVERY = 1_000;

    /** Running totals of one import run. */
    static final class Tally {
        long inserted, quarantined, identical, read;
    }

    private final CaseDatabase db;
    private final CaseIndex index;
    private final RequestStore requests;
    private final QuarantineStore quarantine;
    private final BundleStore bundles;
    private final AccountStore accounts;
    private final RecordParser parser = new RecordParser();
    private final int checkpointEvery;
    private long nextRow;

    RecordLoader(CaseDatabase db, CaseIndex index, int checkpointEvery) {
        this.db = db;
        this.index = index;
        this.requests = new RequestStore(db);
        this.quarantine = new QuarantineStore(db);
        this.bundles = new BundleStore(db);
        this.accounts = new AccountStore(db);
        this.checkpointEvery = checkpointEvery;
        this.nextRow = requests.maxId() + 1;
    }

    void loadRequests(String bundleKey, String bundleId, long runId, Path file, String path, long linesDone,
                      Tally tally, long declaredTotal, ImportListener listener, CancelToken cancel) throws IOException {
        long sinceCheckpoint = 0;
        Tally atCheckpoint = copy(tally);
        try (LineReader in = new LineReader(file); IndexFeeder feeder = new IndexFeeder(index)) {
            while (in.next()) {
                if (in.lineNumber() <= linesDone) continue;
                if (cancel.isCancelled()) throw new ImportCancelledException("import cancelled at " + path + " line " + in.lineNumber());
                tally.read++;
                if (!in.isBlank()) loadLine(bundleKey, bundleId, path, in, tally, feeder);
                if (++sinceCheckpoint >= checkpointEvery) {
                    feeder.drain();
                    checkpoint(bundleKey, runId, path, in.lineNumber(), false, tally, atCheckpoint);
                    atCheckpoint = copy(tally);
                    sinceCheckpoint = 0;
                }
                if (tally.read % PROGRESS_EVERY == 0) listener.progress("Importing " + path, tally.read, declaredTotal);
            }
            feeder.drain();
            checkpoint(bundleKey, runId, path, in.lineNumber(), true, tally, atCheckpoint);
            listener.progress("Imported " + path, tally.read, declaredTotal);
        }
    }

    private void loadLine(String bundleKey, String bundleId, String path, LineReader in, Tally tally, IndexFeeder feeder)
            throws IOException {
        RequestRecord r;
        try {
            r = parser.parse(in.bytes(), in.length());
        } catch (BadRecordException e) {
            quarantine.add(bundleKey, path, in.lineNumber(), e.getMessage(), new String(in.bytes(), 0, in.length(), StandardCharsets.UTF_8));
            tally.quarantined++;
            return;
        }
        switch (requests.insert(nextRow, bundleKey, path, in.lineNumber(), r)) {
            case INSERTED -> {
                feeder.submit(nextRow, bundleId, r);
                nextRow++;
                tally.inserted++;
            }
            case IDENTICAL_DUPLICATE -> tally.identical++;
            case CONFLICTING_DUPLICATE -> {
                RequestStore.StoredRequest first = requests.byRequestId(r.requestId()).orElseThrow();
                quarantine.add(bundleKey, path, in.lineNumber(), "conflicting duplicate request_id " + r.requestId()
                        + " (differs from " + first.file() + " line " + first.line() + ")", r.rawJson());
                tally.quarantined++;
            }
        }
    }

    private void checkpoint(String bundleKey, long runId, String path, long line, boolean done, Tally now, Tally before)
            throws IOException {
        index.commit(nextRow - 1);
        bundles.setProgress(bundleKey, path, line, done);
        bundles.addRunCounts(runId, now.inserted - before.inserted, now.quarantined - before.quarantined, now.identical - before.identical);
        db.commit();
    }

    private static Tally copy(Tally t) {
        Tally c = new Tally();
        c.inserted = t.inserted;
        c.quarantined = t.quarantined;
        c.identical = t.identical;
        c.read = t.read;
        return c;
    }

    /** The registry is small: read it whole in one transaction. */
    void loadAccounts(String bundleKey, Path file, String path, Tally tally) throws IOException {
        AccountParser accountParser = new AccountParser();
        try (LineReader in = new LineReader(file)) {
            while (in.next()) {
                if (in.isBlank()) continue;
                try {
                    AccountRecord a = accountParser.parse(in.bytes(), in.length());
                    accounts.upsert(a, bundleKey);
                } catch (BadRecordException e) {
                    quarantine.add(bundleKey, path, in.lineNumber(), e.getMessage(), new String(in.bytes(), 0, in.length(), StandardCharsets.UTF_8));
                    tally.quarantined++;
                }
            }
            bundles.setProgress(bundleKey, path, in.lineNumber(), true);
        }
        db.commit();
    }
}
