package io.alembic.casefile;

import io.alembic.bundle.RequestRecord;
import io.alembic.bundle.Timestamps;
import io.alembic.index.CaseIndex;
import io.alembic.store.AccountStore;
import io.alembic.store.AccountSummary;
import io.alembic.store.CaseDatabase;
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
 * ImportService, SearchService, the store and the index. Calls are serialised: one case, one writer.
 */
public final class Case implements AutoCloseable {
    private final CaseFolder folder;
    private final CaseDatabase db;
    private final CaseIndex index;
    private final AuditLog audit;
    private final RequestStore requests;
    private final SearchService search;

    private Case(CaseFolder folder) throws IOException {
        this.folder = folder;
        this.db = CaseDatabase.open(folder.database());
        this.index = new CaseIndex(folder.index());
        this.audit = new AuditLog(folder.auditLog());
        this.requests = new RequestStore(db);
        this.search = new SearchService(index, requests);
    }

    /** Opens the case in {@code dir}, creating the folder layout if it does not exist yet. */
    public static Case openOrCreate(Path dir) throws IOException {
        if (CaseFolder.isCase(dir)) return open(dir);
        Case c = new Case(CaseFolder.create(dir));
        c.audit.append("case_created", Map.of("folder", c.folder.root().toString()));
        return c;
    }

    /** Opens an existing case; fails with a clear message if {@code dir} is not a case folder. */
    public static Case open(Path dir) throws IOException {
        return new Case(CaseFolder.existing(dir));
    }

    public Path folder() { return folder.root(); }

    /**
     * Imports a bundle (directory or .zip). Throws {@link io.alembic.bundle.BundleVerificationException} when the
     * manifest does not match (and acceptMismatch is false) or the zip is unsafe; nothing is imported then.
     * Throws {@link ImportCancelledException} on cancel; the case stays consistent and a rerun resumes.
     */
    public synchronized ImportReport importBundle(Path bundle, boolean acceptMismatch, ImportListener listener, CancelToken cancel)
            throws IOException {
        return new ImportService(folder, db, index, audit).run(bundle, acceptMismatch, listener, cancel);
    }

    public synchronized SearchResults search(SearchQuery query) throws IOException { return search.search(query); }

    public synchronized List<AccountSummary> accounts() { return new AccountStore(db).summaries(); }

    public synchronized List<QuarantineItem> quarantine() { return new QuarantineStore(db).all(); }

    public synchronized Optional<RecordDetail> record(String requestId) {
        return requests.byRequestId(requestId).map(row -> {
            RequestRecord r = search.parse(row.rawJson());
            if (r == null) {
                return new RecordDetail(row.requestId(), null, null, null, null, null, null, null, null, null, List.of(), null,
                        null, null, row.rawJson(), row.file(), row.line());
            }
            return new RecordDetail(r.requestId(), Timestamps.format(r.timestampMs()), r.accountId(), r.apiKeyId(), r.model(),
                    r.client().ip(), r.client().country(), r.client().userAgent(), r.client().router(), r.status(), r.messages(),
                    r.completionPrompt(), r.responseContent(), r.reasoning(), row.rawJson(), row.file(), row.line());
        });
    }

    /** Re-hashes every evidence copy against the hash recorded at import and checks the audit log's hash chain. */
    public synchronized CaseVerification verify() throws IOException {
        CaseVerification v = new CaseVerifier(folder, new io.alembic.store.BundleStore(db)).verify();
        audit.append("case_verified", Map.of("ok", v.ok(), "files", v.files().size()));
        return v;
    }

    /** Number of requests stored in the case. */
    public synchronized long recordCount() { return requests.count(); }

    @Override
    public synchronized void close() throws IOException {
        try {
            index.close();
        } finally {
            db.close();
        }
    }
}
