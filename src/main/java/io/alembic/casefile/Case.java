package io.alembic.casefile;

import io.alembic.index.CaseIndex;
import io.alembic.index.TagResolver;
import io.alembic.store.AccountStore;
import io.alembic.store.AuditAnchorStore;
import io.alembic.store.Bookmark;
import io.alembic.store.Note;
import io.alembic.store.SavedSearch;
import io.alembic.store.TagAction;
import io.alembic.store.TagAssignment;
import io.alembic.store.TagDefStore;
import io.alembic.store.TagDefinition;
import io.alembic.store.TagStore;
import io.alembic.store.Target;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineQuery;
import io.alembic.store.AccountSummary;
import io.alembic.store.CaseDatabase;
import io.alembic.store.FieldCut;
import io.alembic.store.FieldCutStore;
import io.alembic.store.QuarantineItem;
import io.alembic.store.QuarantineStore;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open case folder: the one entry point the CLI and the GUI use. It is a thin facade; the work lives in
 * ImportService, SearchService, TagService, MarkService, TimelineService, the store and the index.
 * Writes are serialised on the case; reads (search, accounts, quarantine, record, timeline) go through a second
 * database connection under their own lock, so the GUI can search the last committed checkpoint while an import runs.
 */
public final class Case implements AutoCloseable {
    private final CaseFolder folder;
    private final CaseDatabase db;
    private final CaseIndex index;
    private final AuditLog audit;
    private final RequestStore requests;
    private final SearchService search;
    private final TagSetService tagSet;
    private final TagService tags;
    private final MarkService marks;
    private final TimelineService timelines;
    private final CaseDatabase readDb;
    private final Object readLock = new Object();

    private Case(CaseFolder folder) throws IOException {
        this(folder, null, java.time.Instant.now());
    }

    /** backup: where {@link CaseUpgrade#prepare} saved an older case before this open migrates it (null if current). */
    private Case(CaseFolder folder, Path backup, java.time.Instant at) throws IOException {
        this.folder = folder;
        this.db = CaseDatabase.open(folder.database());
        this.readDb = CaseDatabase.openReader(folder.database());
        this.index = new CaseIndex(folder.index());
        AuditAnchorStore anchors = new AuditAnchorStore(db);
        this.audit = new AuditLog(folder.auditLog(), anchors::record);
        this.requests = new RequestStore(readDb);
        this.search = new SearchService(index, requests, new CaseTagResolver(new TagDefStore(readDb), new TagStore(readDb)));
        this.tagSet = new TagSetService(db, audit);
        this.tags = new TagService(db, audit, index, new CaseTagResolver(new TagDefStore(db), new TagStore(db)), tagSet);
        this.marks = new MarkService(db, audit);
        this.timelines = new TimelineService(readDb);
        try {
            CaseUpgrade.finish(folder, db, audit, backup, at);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A read on the reader connection; ending its transaction afterwards lets the next read see newer commits. */
    private <T> T read(Read<T> work) throws IOException {
        synchronized (readLock) {
            try {
                return work.get();
            } finally {
                readDb.endRead();
            }
        }
    }

    private interface Read<T> {
        T get() throws IOException;
    }

    /** Every case carries the shipped tag set, including cases made before tags existed. */
    private Case seeded() throws IOException {
        try {
            tagSet.seed();
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens the case in {@code dir}, creating the folder layout if it does not exist yet. */
    public static Case openOrCreate(Path dir) throws IOException {
        if (CaseFolder.isCase(dir)) return open(dir);
        Case c = new Case(CaseFolder.create(dir));
        c.audit.append("case_created", Map.of("folder", c.folder.root().toString()));
        return c.seeded();
    }

    /** Opens an existing case; fails with a clear message if {@code dir} is not a case folder. */
    public static Case open(Path dir) throws IOException {
        CaseFolder folder = CaseFolder.existing(dir);
        java.time.Instant at = java.time.Instant.now();
        return new Case(folder, CaseUpgrade.prepare(folder, at), at).seeded();
    }

    public Path folder() { return folder.root(); }

    /**
     * Imports a bundle (directory or .zip). Throws {@link io.alembic.bundle.BundleVerificationException} when the
     * manifest does not match (and acceptMismatch is false) or the zip is unsafe; nothing is imported then.
     * Throws {@link ImportCancelledException} on cancel; the case stays consistent and a rerun resumes.
     */
    public synchronized ImportReport importBundle(Path bundle, boolean acceptMismatch, ImportListener listener, CancelToken cancel)
            throws IOException {
        return importBundle(bundle, ImportOptions.DEFAULT.withAcceptMismatch(acceptMismatch), listener, cancel);
    }

    /**
     * Imports with explicit options (the line size limit). Throws {@link ImportOutOfMemoryException} when the heap runs
     * out: the import is rolled back to its last checkpoint and the case stays usable with what was committed.
     */
    public synchronized ImportReport importBundle(Path bundle, ImportOptions options, ImportListener listener, CancelToken cancel)
            throws IOException {
        return new ImportService(folder, db, index, audit).run(bundle, options, listener, cancel);
    }

    /**
     * Remembers the gateway mapping used for files whose header is {@code headerKey} (replacing the one before) and
     * records it in the audit log.
     */
    public synchronized void rememberGatewayMapping(String headerKey, io.alembic.formats.GatewayMapping mapping, Path source) throws IOException {
        new GatewayMappingMemory(db, audit).remember(headerKey, mapping, source == null ? null : source.toString());
    }

    /** The gateway mapping last remembered for files with this header, if any. */
    public Optional<io.alembic.formats.GatewayMapping> rememberedGatewayMapping(String headerKey) throws IOException {
        return read(() -> GatewayMappingMemory.recall(readDb, headerKey));
    }

    public SearchResults search(SearchQuery query) throws IOException { return read(() -> search.search(query)); }

    public List<AccountSummary> accounts() throws IOException { return read(() -> new AccountStore(readDb).summaries()); }

    public List<QuarantineItem> quarantine() throws IOException { return read(() -> new QuarantineStore(readDb).all()); }

    /** Values of imported records that the index holds only in part (the records themselves are whole). */
    public List<FieldCut> fieldCuts() throws IOException { return read(() -> new FieldCutStore(readDb).all()); }

    public Optional<RecordDetail> record(String requestId) throws IOException {
        return read(() -> requests.byRequestId(requestId).map(this::detail));
    }

    private RecordDetail detail(RequestStore.StoredRequest row) {
        return RecordDetail.of(row.requestId(), search.parse(row.rawJson()), row.rawJson(), row.file(), row.line());
    }

    /**
     * Checks everything an auditor can: evidence copies against their import hashes, the audit chain and the heads
     * recorded in the database, the stored records against what each import recorded, the index against the store;
     * and, when given, that {@code expectHead} (noted outside the case) is still in the log. The check itself is
     * recorded in the audit log; the result carries the head after that entry.
     */
    public synchronized CaseVerification verify(AuditHead expectHead) throws IOException {
        CaseVerification v = new CaseVerifier(folder, db, index).verify(expectHead);
        audit.append("case_verified", v.auditDetails(expectHead));
        return v.withHead(audit.head());
    }

    public CaseVerification verify() throws IOException { return verify(null); }

    /** The newest audit entry's seq and hash: what every command that changed the case prints. */
    public synchronized AuditHead auditHead() { return audit.head(); }

    /** The audit log read back with its chain and recorded heads checked (no store or index scan: quick). */
    public synchronized AuditTrail auditTrail() throws IOException {
        AuditChain.Result chain = AuditChain.read(folder.auditLog());
        java.util.List<IntegrityProblem> problems = new java.util.ArrayList<>(chain.problems());
        java.util.List<IntegrityWarning> warnings = new java.util.ArrayList<>();
        AnchorCheck.check(chain, new AuditAnchorStore(db).all(), problems, warnings);
        db.rollback(); // end the read transaction
        return new AuditTrail(chain.entries(), problems, warnings, chain.head());
    }

    // ---- exhibits

    /** Where exhibits are kept; verify holds every file in it against its report_made entry. */
    public Path exhibitsFolder() { return folder.exhibits(); }

    /** Bundles imported into the case, oldest first. */
    public List<CaseBundle> bundles() throws IOException {
        return read(() -> new io.alembic.store.BundleStore(readDb).bundles().stream()
                .map(b -> new CaseBundle(b.bundleId(), b.manifestSha256(), b.evidenceDir(), b.acceptedMismatch())).toList());
    }

    /** Stored requests by request id, in the order asked, each with its bundle; ids not in the case are left out. */
    public List<CitedRecord> citedRecords(java.util.Collection<String> requestIds) throws IOException {
        return read(() -> {
            Map<String, String> bundleIds = new java.util.HashMap<>();
            for (io.alembic.store.BundleStore.BundleRow b : new io.alembic.store.BundleStore(readDb).bundles()) {
                bundleIds.put(b.bundleKey(), b.bundleId());
            }
            List<CitedRecord> out = new java.util.ArrayList<>();
            for (RequestStore.StoredRequest row : requests.byRequestIds(requestIds)) {
                out.add(new CitedRecord(detail(row), bundleIds.get(row.bundleKey())));
            }
            return out;
        });
    }

    /**
     * Records an exhibit already written into exhibits/ ({@code report_made}): its files' SHA-256, which verify re-checks,
     * and what it shows. Returns the new audit head.
     */
    public synchronized AuditHead recordExhibit(String exhibitId, List<ExhibitFile> files, Map<String, Object> about) throws IOException {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("exhibit_id", exhibitId);
        List<Map<String, Object>> fs = new java.util.ArrayList<>();
        for (ExhibitFile f : files) fs.add(Who.details("file", f.name(), "sha256", f.sha256(), "copied_to", f.copiedTo()));
        details.put("files", fs);
        details.putAll(about);
        audit.append(ExhibitCheck.ACTION, details);
        return audit.head();
    }

    // ---- detection

    /**
     * Runs every detector over the case and stores the report, replacing the previous run (the audit log records both).
     * rules null: the case folder's detect-rules.json if present, else the shipped rules. Cancel keeps the old results.
     */
    public synchronized io.alembic.detect.DetectionReport detect(Path rules, ImportListener listener, CancelToken cancel)
            throws IOException {
        return detect(rules, true, listener, cancel);
    }

    /**
     * As {@link #detect(Path, ImportListener, CancelToken)}. When the case holds a reduced bundle from an upstream job,
     * its population context (population.json, re-hashed first) weighs the shared values by the whole log, so the
     * kept accounts get the scores the upstream job gave them; usePopulation false scores the case on its own.
     */
    public synchronized io.alembic.detect.DetectionReport detect(Path rules, boolean usePopulation, ImportListener listener,
                                                                CancelToken cancel) throws IOException {
        return new DetectionService(folder, db, audit).run(rules, usePopulation, listener, cancel);
    }

    /** The latest stored detection report, empty when detection never ran on this case. */
    public Optional<io.alembic.detect.DetectionReport> detections() throws IOException {
        return read(() -> DetectionService.latest(readDb));
    }

    /** Where the latest stored detection report comes from (this machine, or an upstream job); empty with no report. */
    public Optional<DetectionOrigin> detectionOrigin() throws IOException {
        return read(() -> DetectionService.latestOrigin(readDb));
    }

    // ---- exports

    /**
     * Writes records and findings (CSV, JSON) or indicators with their campaigns (STIX) for a scope, then records the
     * files' SHA-256 in the audit log ({@code export_made}). The scan runs on its own read connection, outside the
     * case's lock, so the GUI keeps searching while a large export runs; only the audit entry queues with the writes.
     * Cancel leaves no file and no audit entry.
     */
    public io.alembic.export.ExportResult export(io.alembic.export.ExportRequest request, ImportListener listener, CancelToken cancel)
            throws IOException {
        io.alembic.export.ExportResult r = new ExportService(folder, index).run(request, listener, cancel);
        recordExport(r);
        return r;
    }

    private synchronized void recordExport(io.alembic.export.ExportResult r) throws IOException {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("format", r.request().format().code());
        details.put("scope", r.request().scope().kind().name().toLowerCase(java.util.Locale.ROOT));
        details.put("scope_values", r.request().scope().values());
        java.util.List<Map<String, Object>> files = new java.util.ArrayList<>();
        for (io.alembic.export.ExportedFile f : r.files()) {
            files.add(Who.details("path", f.path().toString(), "sha256", f.sha256(), "bytes", f.bytes()));
        }
        details.put("files", files);
        details.put("sha256", r.main().sha256());
        details.put("records", r.records());
        details.put("accounts", r.accounts());
        details.put("findings", r.findings());
        if (r.objects() > 0) details.put("stix_objects", r.objects());
        audit.append("export_made", details);
    }

    /** Number of requests stored in the case. */
    public long recordCount() throws IOException { return read(requests::count); }

    // ---- timelines

    /** Aggregated activity of an account, key, IP, router or a tag's accounts; streams from the store, never loads all rows. */
    public Timeline timeline(TimelineQuery query) throws IOException { return read(() -> timelines.timeline(query)); }

    // ---- tags: every write is one transaction, one action-log row and one audit entry

    /** Shipped tags first, then analysts' own, with live assignment counts. */
    public synchronized List<TagDefinition> tagDefinitions() { return tagSet.all(); }

    /** Adds a tag to the set, or changes its colour/description. */
    public synchronized TagDefinition defineTag(String name, String color, String description) throws IOException {
        return tagSet.define(name, color, description);
    }

    public synchronized TagAction tag(String tag, List<Target> targets, String note) throws IOException {
        return tags.tag(tag, targets, note);
    }

    /** Tags every hit of a query (Lucene syntax, no hit limit) as one action. */
    public synchronized TagAction tagQuery(String tag, String query, String note) throws IOException {
        return tags.tagQuery(tag, query, note);
    }

    /** Removes a tag (soft: the assignment is kept, stamped removed_at/removed_by). */
    public synchronized TagAction untag(String tag, List<Target> targets) throws IOException { return tags.untag(tag, targets); }

    public synchronized TagAction untagQuery(String tag, String query) throws IOException { return tags.untagQuery(tag, query); }

    /** Undoes the newest tagging action not yet undone (repeat to go further back); empty when there is none. */
    public synchronized Optional<TagAction> undoLastTagAction() throws IOException { return tags.undo(); }

    /** Assignments, newest first; tag null means all tags. */
    public synchronized List<TagAssignment> tagAssignments(String tag, boolean includeRemoved) {
        return tags.assignments(tag, includeRemoved);
    }

    /** Live tags directly on one target. */
    public synchronized List<TagAssignment> tagsOn(Target target) { return tags.on(target); }

    /** The tagging action log, newest first. */
    public synchronized List<TagAction> tagActions() { return tags.actions(); }

    // ---- notes, bookmarks, saved searches

    public synchronized Note addNote(Target target, String text) throws IOException { return marks.addNote(target, text); }

    /** Notes on one target, or all notes when target is null; oldest first. */
    public synchronized List<Note> notes(Target target) { return marks.notes(target); }

    public synchronized Bookmark addBookmark(Target target, String label) throws IOException { return marks.addBookmark(target, label); }

    public synchronized Bookmark removeBookmark(long id) throws IOException { return marks.removeBookmark(id); }

    public synchronized List<Bookmark> bookmarks(boolean includeRemoved) { return marks.bookmarks(includeRemoved); }

    /** Saves (or replaces) a named query after checking that it parses. */
    public synchronized SavedSearch saveSearch(String name, String query) throws IOException {
        search(SearchQuery.of(query, 0));
        return marks.saveSearch(name, query);
    }

    public synchronized List<SavedSearch> savedSearches() { return marks.savedSearches(); }

    public synchronized Optional<SavedSearch> savedSearch(String name) { return marks.findSavedSearch(name); }

    /** Runs a saved search; fails with a CaseException naming the problem if there is none of that name. */
    public synchronized SearchResults runSavedSearch(String name, int limit) throws IOException {
        return search(SearchQuery.of(marks.savedSearch(name).query(), limit));
    }

    public synchronized void deleteSavedSearch(String name) throws IOException { marks.deleteSavedSearch(name); }

    @Override
    public synchronized void close() throws IOException {
        try {
            index.close();
        } finally {
            try {
                readDb.close();
            } finally {
                db.close();
            }
        }
    }
}
