package io.alembic.casefile;

import io.alembic.bundle.AccountParser;
import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.BrokenPartException;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;
import io.alembic.index.DocumentFactory;
import io.alembic.index.FieldLimits;
import io.alembic.store.AccountStore;
import io.alembic.store.BundleStore;
import io.alembic.store.CaseDatabase;
import io.alembic.store.FieldCutStore;
import io.alembic.store.QuarantineStore;
import io.alembic.store.RecordTooLargeException;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the lines of one evidence file into the store and the index, resuming after the last checkpoint.
 * A checkpoint commits the index first and then the database (rows, quarantine and the file's progress in one
 * transaction), so a kill at any instant loses at most the work since the last checkpoint and never doubles it.
 * No single line can stop it: a line over the size limit, one that does not parse, one the store or the index
 * refuses, and the line a broken compressed part cuts off are each quarantined with file, line and reason; values the
 * index holds only in part are recorded as cuts.
 */
final class RecordLoader {
    static final int DEFAULT_CHECKPOINT = Integer.getInteger("alembic.import.checkpoint", 50_000);
    private static final int PROGRESS_EVERY = 1_000;

    /** Running totals of one import run. */
    static final class Tally {
        long inserted, quarantined, identical, read;
    }

    /** A compressed part that broke part-way: its whole lines up to {@code lastGoodLine} were read. */
    record BrokenPart(String file, long lastGoodLine, String error) {}

    private final CaseDatabase db;
    private final IndexFeeder.Sink sink;
    private final CaseIndex index;
    private final RequestStore requests;
    private final QuarantineStore quarantine;
    private final FieldCutStore cuts;
    private final BundleStore bundles;
    private final AccountStore accounts;
    private final RecordParser parser = new RecordParser();
    private final int checkpointEvery;
    private final long maxLineBytes;
    private final List<BrokenPart> broken = new ArrayList<>();
    private long nextRow;
    private String currentFile;
    private long currentLine;
    private boolean reading;

    RecordLoader(CaseDatabase db, CaseIndex index, int checkpointEvery, long maxLineBytes) {
        this(db, index, IndexFeeder.of(index), checkpointEvery, maxLineBytes);
    }

    /** {@code sink} receives the documents; {@code index} is committed at checkpoints (tests put a refusing sink in front). */
    RecordLoader(CaseDatabase db, CaseIndex index, IndexFeeder.Sink sink, int checkpointEvery, long maxLineBytes) {
        this.db = db;
        this.index = index;
        this.sink = sink;
        this.requests = new RequestStore(db);
        this.quarantine = new QuarantineStore(db);
        this.cuts = new FieldCutStore(db);
        this.bundles = new BundleStore(db);
        this.accounts = new AccountStore(db);
        this.checkpointEvery = checkpointEvery;
        this.maxLineBytes = maxLineBytes;
        this.nextRow = requests.maxId() + 1;
    }

    /** Parts that broke in this run, in the order met. */
    List<BrokenPart> brokenParts() { return List.copyOf(broken); }

    /**
     * The file and line being read or loaded, for a failure that leaves no other trace of where it happened. While
     * the reader is fetching a line, that is the line after the last one it returned.
     */
    String position() {
        return currentFile == null ? "before the first record" : currentFile + " line " + (reading ? currentLine + 1 : currentLine);
    }

    void loadRequests(String bundleKey, String bundleId, long runId, Path file, String path, long linesDone,
                      Tally tally, long declaredTotal, ImportListener listener, CancelToken cancel) throws IOException {
        long sinceCheckpoint = 0;
        Tally atCheckpoint = copy(tally);
        currentFile = path;
        currentLine = linesDone;
        try (LineReader in = new LineReader(file, maxLineBytes);
             IndexFeeder feeder = new IndexFeeder(sink, Math.min(4, Runtime.getRuntime().availableProcessors()))) {
            try {
                while (next(in)) {
                    if (in.lineNumber() <= linesDone) continue;
                    if (cancel.isCancelled()) throw new ImportCancelledException("import cancelled at " + path + " line " + in.lineNumber());
                    tally.read++;
                    if (in.oversized()) quarantineOversized(bundleKey, path, in, tally);
                    else if (!in.isBlank()) loadLine(bundleKey, bundleId, path, in, tally, feeder);
                    if (++sinceCheckpoint >= checkpointEvery) {
                        feeder.drain();
                        takeBackRejected(bundleKey, feeder, tally);
                        checkpoint(bundleKey, runId, path, in.lineNumber(), false, tally, atCheckpoint);
                        atCheckpoint = copy(tally);
                        sinceCheckpoint = 0;
                    }
                    if (tally.read % PROGRESS_EVERY == 0) listener.progress("Importing " + path, tally.read, declaredTotal);
                }
            } catch (BrokenPartException e) {
                quarantineBroken(bundleKey, path, e, tally);
            }
            feeder.drain();
            takeBackRejected(bundleKey, feeder, tally);
            checkpoint(bundleKey, runId, path, in.lineNumber(), true, tally, atCheckpoint);
            listener.progress("Imported " + path, tally.read, declaredTotal);
        }
    }

    private boolean next(LineReader in) throws IOException {
        reading = true;
        boolean more = in.next();
        reading = false;
        currentLine = in.lineNumber();
        return more;
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
        RequestStore.Outcome outcome;
        try {
            outcome = requests.insert(nextRow, bundleKey, path, in.lineNumber(), r);
        } catch (RecordTooLargeException e) {
            quarantine.add(bundleKey, path, in.lineNumber(), e.getMessage(), r.rawJson());
            tally.quarantined++;
            return;
        }
        switch (outcome) {
            case INSERTED -> {
                for (FieldLimits.Cut c : DocumentFactory.cuts(bundleId, r)) {
                    cuts.add(bundleKey, path, in.lineNumber(), nextRow, c.field(), c.reason());
                }
                feeder.submit(nextRow, bundleId, path, in.lineNumber(), r);
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

    private void quarantineOversized(String bundleKey, String path, LineReader in, Tally tally) {
        quarantine.add(bundleKey, path, in.lineNumber(), "line is " + in.oversizedBytes() + " bytes, over the " + in.maxLineBytes()
                + "-byte line limit (import --max-line-size); skipped without reading it whole, first "
                + in.oversizedPrefix().length + " bytes kept here", new String(in.oversizedPrefix(), StandardCharsets.UTF_8));
        tally.quarantined++;
    }

    /** The cut-off line is quarantined at the line after the last whole one, so the part's break shows in the quarantine. */
    private void quarantineBroken(String bundleKey, String path, BrokenPartException e, Tally tally) {
        quarantine.add(bundleKey, path, e.lastGoodLine() + 1, e.reason(), new String(e.partial(), StandardCharsets.UTF_8));
        tally.quarantined++;
        broken.add(new BrokenPart(path, e.lastGoodLine(), e.getCause().getMessage()));
    }

    /** Rows whose documents the index refused leave the store before the checkpoint, so store and index stay equal. */
    private void takeBackRejected(String bundleKey, IndexFeeder feeder, Tally tally) {
        for (IndexFeeder.Rejected r : feeder.takeRejected()) {
            requests.remove(r.row());
            cuts.removeForRow(r.row());
            quarantine.add(bundleKey, r.file(), r.line(), r.reason(), r.record().rawJson());
            tally.inserted--;
            tally.quarantined++;
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

    /**
     * Lines the format converter could not turn into records, quarantined under their source file and line (not the
     * rejected list's own line), in one transaction with the file's progress so a resumed import adds none twice.
     */
    void loadRejected(String bundleKey, Path file, String path, Tally tally) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        currentFile = path;
        try (LineReader in = new LineReader(file, Long.MAX_VALUE)) {
            while (next(in)) {
                if (in.isBlank()) continue;
                String raw = new String(in.bytes(), 0, in.length(), StandardCharsets.UTF_8);
                com.fasterxml.jackson.databind.JsonNode n;
                try {
                    n = json.readTree(raw);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    n = null;
                }
                if (n == null || !n.isObject()) quarantine.add(bundleKey, path, in.lineNumber(), "unreadable entry of the converter's rejected list", raw);
                else quarantine.add(bundleKey, n.path("file").asText(path), n.path("line").asLong(in.lineNumber()), n.path("reason").asText(),
                        n.path("content").asText());
                tally.quarantined++;
            }
            bundles.setProgress(bundleKey, path, in.lineNumber(), true);
        }
        db.commit();
    }

    /** The registry is small: read it whole in one transaction. */
    void loadAccounts(String bundleKey, Path file, String path, Tally tally) throws IOException {
        AccountParser accountParser = new AccountParser();
        currentFile = path;
        try (LineReader in = new LineReader(file, maxLineBytes)) {
            try {
                while (next(in)) {
                    if (in.oversized()) {
                        quarantineOversized(bundleKey, path, in, tally);
                        continue;
                    }
                    if (in.isBlank()) continue;
                    try {
                        AccountRecord a = accountParser.parse(in.bytes(), in.length());
                        accounts.upsert(a, bundleKey);
                    } catch (BadRecordException e) {
                        quarantine.add(bundleKey, path, in.lineNumber(), e.getMessage(), new String(in.bytes(), 0, in.length(), StandardCharsets.UTF_8));
                        tally.quarantined++;
                    }
                }
            } catch (BrokenPartException e) {
                quarantineBroken(bundleKey, path, e, tally);
            }
            bundles.setProgress(bundleKey, path, in.lineNumber(), true);
        }
        db.commit();
    }
}
