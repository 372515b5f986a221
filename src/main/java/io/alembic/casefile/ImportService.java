package io.alembic.casefile;

import io.alembic.bundle.BundleVerificationException;
import io.alembic.bundle.BundleVerifier;
import io.alembic.bundle.CopiedFile;
import io.alembic.bundle.Manifest;
import io.alembic.bundle.ManifestFile;
import io.alembic.index.CaseIndex;
import io.alembic.store.AccountStore;
import io.alembic.store.BundleStore;
import io.alembic.store.CaseDatabase;
import io.alembic.store.FieldCutStore;
import io.alembic.store.QuarantineStore;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Imports a bundle into the case: evidence copy and verification, then records, then derived tables. */
final class ImportService {
    private final CaseFolder folder;
    private final CaseDatabase db;
    private final CaseIndex index;
    private final AuditLog audit;
    private final BundleStore bundles;

    ImportService(CaseFolder folder, CaseDatabase db, CaseIndex index, AuditLog audit) {
        this.folder = folder;
        this.db = db;
        this.index = index;
        this.audit = audit;
        this.bundles = new BundleStore(db);
    }

    ImportReport run(Path source, ImportOptions options, ImportListener listener, CancelToken cancel) throws IOException {
        boolean acceptMismatch = options.acceptMismatch();
        listener.progress("Copying and hashing evidence", 0, 0);
        EvidenceLocker locker = new EvidenceLocker(folder);
        EvidenceLocker.StagedAndVerified sv = locker.stage(source, options.formats().withMaxLineBytes(options.maxLineBytes()));
        Manifest manifest = sv.staged().manifest();
        BundleVerifier.Result verification = sv.verification();
        if (!verification.ok() && !acceptMismatch) {
            locker.discard(sv);
            audit.append("import_refused", Map.of("source", source.toString(), "bundle_id", manifest.bundleId(),
                    "problems", problems(verification)));
            BundleVerifier.Check first = verification.failures().get(0);
            throw new BundleVerificationException(source + ": evidence verification failed for " + first.declared().path() + ": "
                    + first.problem() + (verification.failures().size() > 1 ? " (and " + (verification.failures().size() - 1) + " more)" : "")
                    + "; nothing imported (use --accept-mismatch to import anyway; the override is recorded in the case)");
        }
        String key = sv.bundleKey();
        var existing = bundles.bundle(key);
        if (existing.isPresent() && existing.get().complete()) {
            locker.discard(sv);
            audit.append("import_skipped", Map.of("source", source.toString(), "bundle_id", manifest.bundleId(),
                    "reason", "bundle already imported into this case"));
            return report(key, manifest, verification, acceptMismatch, true, null, List.of(), List.of());
        }
        EvidenceLocker.Placed placed = locker.place(sv);
        boolean resumed = existing.isPresent();
        registerBundle(placed, acceptMismatch);
        long runId = bundles.startRun(key, manifest.bundleId(), source.toString(), System.getProperty("user.name"), acceptMismatch);
        db.commit();
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("source", source.toString());
        started.put("bundle_id", manifest.bundleId());
        started.put("bundle_key", key);
        started.put("evidence", folder.root().relativize(placed.dir()).toString());
        started.put("resumed", resumed);
        started.put("unlisted_files", verification.unlisted());
        started.put("exporter_manifest", manifest.exporterVouched());
        if (!manifest.exporterVouched()) started.put("converted_from", manifest.convertedFrom());
        if (options.formats().mapping() != null) started.put("gateway_mapping", options.formats().mapping().toNode());
        audit.append("import_started", started);
        if (!verification.ok()) {
            audit.append("verification_overridden", Map.of("bundle_id", manifest.bundleId(), "problems", problems(verification)));
        }
        RecordLoader loader = new RecordLoader(db, index, RecordLoader.DEFAULT_CHECKPOINT, options.maxLineBytes());
        try {
            loadAll(placed, runId, loader, listener, cancel);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(manifest, runId, key, loader.position());
        } catch (ImportCancelledException e) {
            index.rollback();
            db.rollback();
            bundles.finishRun(runId, "cancelled", e.getMessage());
            db.commit();
            audit.append("import_cancelled", Map.of("bundle_id", manifest.bundleId(), "at", e.getMessage()));
            throw e;
        } catch (IOException | RuntimeException e) {
            index.rollback();
            db.rollback();
            bundles.finishRun(runId, "failed", String.valueOf(e.getMessage()));
            db.commit();
            audit.append("import_failed", Map.of("bundle_id", manifest.bundleId(), "error", String.valueOf(e.getMessage())));
            throw e;
        }
        listener.progress("Building account statistics", 0, 0);
        StoredLinesDigest stored = StoredLinesDigest.start(db.file(), key);
        db.ensureIndexes();   // first: the per-account aggregation below then walks the (account_id, ts_ms) index
        new AccountStore(db).rebuildDerived();
        List<String> notes = new ArrayList<>();
        List<ImportReport.BrokenPart> broken = new ArrayList<>();
        for (RecordLoader.BrokenPart b : loader.brokenParts()) {
            broken.add(new ImportReport.BrokenPart(b.file(), b.lastGoodLine(), b.error()));
            notes.add(b.file() + ": compressed stream broken after line " + b.lastGoodLine() + " (" + b.error() + "); lines 1-"
                    + b.lastGoodLine() + " imported, the cut-off line quarantined, nothing after it readable");
            audit.append("part_broken", Map.of("bundle_id", manifest.bundleId(), "file", b.file(), "last_good_line", b.lastGoodLine(),
                    "error", b.error()));
        }
        markOtherFiles(key, manifest, notes);
        if (!manifest.exporterVouched()) {
            notes.addAll(0, sv.conversionNotes());
            notes.add(0, unvouched(manifest));
        }
        bundles.markComplete(key);
        bundles.finishRun(runId, "complete", null);
        db.commit();
        index.closeWriter();
        ImportReport report = report(key, manifest, verification, acceptMismatch, false, null, notes, broken);
        Map<String, Object> completed = new LinkedHashMap<>();
        completed.put("bundle_id", manifest.bundleId());
        completed.put("records_imported", report.recordsImported());
        completed.put("records_quarantined", report.recordsQuarantined());
        completed.put("fields_cut", report.fieldsCut());
        // what verify later recomputes from case.db: rows per file and the digest of their verbatim lines
        completed.put("bundle_key", key);
        completed.put(StoreCheck.STORED, stored.join());
        db.rollback(); // end the read transaction
        audit.append(StoreCheck.ACTION, completed);
        ImportReport.Upstream upstream = recordUpstream(key, manifest, notes);
        return new ImportReport(report.bundleId(), report.recordsImported(), report.recordsQuarantined(), report.fieldsCut(),
                report.accounts(), report.files(), report.unlistedFiles(), report.acceptedMismatch(), false, upstream, notes,
                report.brokenParts(), manifest.convertedFrom());
    }

    static String unvouched(Manifest m) {
        return "no exporter manifest vouched for these files: they were read as " + m.convertedFrom()
                + " and Alembic hashed every file itself on import (manifest.json written by Alembic)";
    }

    private void registerBundle(EvidenceLocker.Placed placed, boolean acceptMismatch) {
        Manifest m = placed.staged().manifest();
        bundles.insertBundle(placed.bundleKey(), m.bundleId(), placed.staged().manifestSha256(), folder.root().relativize(placed.dir()).toString(),
                m.provider(), m.exportedAt(), m.caseReference(), m.rawJson(), acceptMismatch);
        CopiedFile mf = placed.staged().files().get(Manifest.FILE_NAME);
        bundles.insertFile(new BundleStore.FileRow(placed.bundleKey(), Manifest.FILE_NAME, "manifest", true, null, mf.sha256(), -1,
                mf.bytes(), -1, true, null, 0, true));
        CopiedFile readme = placed.staged().files().get(BundleVerifier.README);
        if (readme != null && placed.staged().manifest().file(BundleVerifier.README).isEmpty()) {
            bundles.insertFile(new BundleStore.FileRow(placed.bundleKey(), BundleVerifier.README, "readme", false, null, readme.sha256(), -1,
                    readme.bytes(), -1, true, null, 0, true));
        }
        for (BundleVerifier.Check c : placed.verification().checks()) {
            ManifestFile d = c.declared();
            CopiedFile a = c.actual();
            bundles.insertFile(new BundleStore.FileRow(placed.bundleKey(), d.path(), d.kind(), true, d.sha256(), a == null ? null : a.sha256(),
                    d.bytes(), a == null ? -1 : a.bytes(), d.records(), c.verified(), c.problem(), 0, false));
        }
        for (String path : placed.verification().unlisted()) {
            CopiedFile a = placed.staged().files().get(path);
            bundles.insertFile(new BundleStore.FileRow(placed.bundleKey(), path, null, false, null, a.sha256(), -1, a.bytes(), -1,
                    false, "not listed in the manifest: kept as evidence, not imported", 0, true));
        }
    }

    /**
     * Out of heap: whatever the failed allocation was for is unreachable by now, so there is room to roll back to the last
     * checkpoint, record the failure and say where it happened.
     */
    private ImportOutOfMemoryException outOfMemory(Manifest manifest, long runId, String key, String where) throws IOException {
        index.rollback();
        db.rollback();
        String message = "out of memory while importing " + where + " (heap limit " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB); rolled back to the last checkpoint: the case keeps the " + new RequestStore(db).countForBundle(key)
                + " records of bundle " + manifest.bundleId() + " committed before it. Re-run the import with a larger heap "
                + "(java -Xmx...) or a smaller --max-line-size to resume from there";
        bundles.finishRun(runId, "failed", message);
        db.commit();
        audit.append("import_failed", Map.of("bundle_id", manifest.bundleId(), "error", message));
        return new ImportOutOfMemoryException(message);
    }

    private void loadAll(EvidenceLocker.Placed placed, long runId, RecordLoader loader, ImportListener listener, CancelToken cancel)
            throws IOException {
        String key = placed.bundleKey();
        Manifest m = placed.staged().manifest();
        index.reconcile(new RequestStore(db).maxId());
        RecordLoader.Tally tally = new RecordLoader.Tally();
        Map<String, BundleStore.FileRow> progress = bundles.files(key).stream()
                .collect(Collectors.toMap(BundleStore.FileRow::path, f -> f));
        for (ManifestFile f : m.files()) {
            BundleStore.FileRow row = progress.get(f.path());
            Path file = placed.dir().resolve(f.path());
            if (row == null || row.done() || !Files.isRegularFile(file)) continue;
            if (f.isAccounts()) loader.loadAccounts(key, file, f.path(), tally);
            if (f.isRejected()) loader.loadRejected(key, file, f.path(), tally);
        }
        for (ManifestFile f : m.files()) {
            BundleStore.FileRow row = progress.get(f.path());
            Path file = placed.dir().resolve(f.path());
            if (row == null || row.done() || !Files.isRegularFile(file) || !f.isRequests()) continue;
            loader.loadRequests(key, m.bundleId(), runId, file, f.path(), row.linesDone(), tally, m.declaredRequestRecords(), listener, cancel);
        }
    }

    /**
     * Listed files that hold no records: a reduced bundle's findings and population files (read when the bundle is
     * complete), and kinds this version does not know, which are kept as evidence (hashed, verified) and named in the
     * report. Marked done, so a resumed import does not look at them again.
     */
    private void markOtherFiles(String key, Manifest m, List<String> notes) {
        for (ManifestFile f : m.files()) {
            if (f.isRequests() || f.isAccounts() || f.isRejected()) continue;
            bundles.setProgress(key, f.path(), 0, true);
            if (!f.isKnownKind()) notes.add(f.path() + ": listed with kind \"" + f.kind() + "\", which this version does not read; kept as evidence, not imported");
        }
    }

    /** A reduced bundle's findings become the case's detection results, marked as computed upstream. */
    private ImportReport.Upstream recordUpstream(String key, Manifest m, List<String> notes) throws IOException {
        UpstreamEvidence evidence = new UpstreamEvidence(folder, bundles);
        BundleStore.BundleRow b = bundles.bundle(key).orElseThrow();
        boolean population = false;
        var pf = evidence.file(key, ManifestFile.POPULATION);
        if (pf.isPresent()) {
            try {
                io.alembic.detect.PopulationContext.parse(new String(evidence.read(b, pf.get()), java.nio.charset.StandardCharsets.UTF_8));
                population = true;
            } catch (IOException | RuntimeException e) {
                notes.add(pf.get().path() + ": not used: " + e.getMessage());
            }
        }
        var ff = evidence.file(key, ManifestFile.FINDINGS);
        ImportReport.Upstream out = null;
        if (ff.isPresent()) {
            try {
                io.alembic.bundle.FindingsFile findings = evidence.findings(b, ff.get());
                long caseRequests = new RequestStore(db).count();
                new DetectionService(folder, db, audit).storeUpstream(findings, m.bundleId(), ff.get().sha256(), caseRequests);
                var up = findings.upstream();
                out = new ImportReport.Upstream(up.jobId(), up.rulesVersion(), findings.report().accounts().size(),
                        findings.report().flagged().size(), up.count("accounts"), findings.report().requests(), population);
            } catch (IOException | RuntimeException e) {
                db.rollback();
                notes.add(ff.get().path() + ": upstream findings not recorded: " + e.getMessage());
            }
        }
        db.rollback(); // end the read transaction
        return out;
    }

    private ImportReport report(String key, Manifest m, BundleVerifier.Result v, boolean acceptMismatch, boolean already,
                                ImportReport.Upstream upstream, List<String> notes, List<ImportReport.BrokenPart> broken) {
        List<ImportReport.FileCheck> files = new ArrayList<>();
        for (BundleVerifier.Check c : v.checks()) {
            ManifestFile d = c.declared();
            CopiedFile a = c.actual();
            files.add(new ImportReport.FileCheck(d.path(), d.kind(), d.sha256(), a == null ? null : a.sha256(), d.bytes(),
                    a == null ? -1 : a.bytes(), c.verified(), c.problem()));
        }
        RequestStore requests = new RequestStore(db);
        long imported = already ? 0 : requests.countForBundle(key);
        long quarantined = already ? 0 : new QuarantineStore(db).countForBundle(key);
        long cut = already ? 0 : new FieldCutStore(db).countForBundle(key);
        long accounts = requests.distinctAccountsForBundle(key);
        return new ImportReport(m.bundleId(), imported, quarantined, cut, accounts, files, v.unlisted(), acceptMismatch, already,
                upstream, already && !m.exporterVouched() ? List.of(unvouched(m)) : notes, broken, m.convertedFrom());
    }

    private static List<String> problems(BundleVerifier.Result v) {
        return v.failures().stream().map(c -> c.declared().path() + ": " + c.problem()).toList();
    }
}
