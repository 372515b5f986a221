package io.alembic.casefile;

import io.alembic.bundle.Sha256;
import io.alembic.index.CaseIndex;
import io.alembic.store.AuditAnchorStore;
import io.alembic.store.BundleStore;
import io.alembic.store.CaseDatabase;
import io.alembic.store.RecordInventory;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets an auditor confirm that nothing in the case changed since it was written: evidence copies, the audit log
 * (chain and recorded heads), the stored records, the search index and the exhibits made from the case. Every broken
 * item is named.
 */
final class CaseVerifier {
    private final CaseFolder folder;
    private final CaseDatabase db;
    private final CaseIndex index;
    private final BundleStore bundles;

    CaseVerifier(CaseFolder folder, CaseDatabase db, CaseIndex index) {
        this.folder = folder;
        this.db = db;
        this.index = index;
        this.bundles = new BundleStore(db);
    }

    CaseVerification verify(AuditHead expectHead) throws IOException {
        List<IntegrityProblem> problems = new ArrayList<>();
        List<IntegrityWarning> warnings = new ArrayList<>();
        List<CaseVerification.FileResult> files = evidence(problems);
        AuditChain.Result chain = AuditChain.read(folder.auditLog());
        problems.addAll(chain.problems());
        AnchorCheck.check(chain, new AuditAnchorStore(db).all(), problems, warnings);
        if (expectHead != null) AnchorCheck.expect(chain, expectHead, problems);
        RecordInventory inventory = new RecordInventory(db);
        List<CaseVerification.StoreFile> store = new StoreCheck(folder, bundles, inventory, new RequestStore(db))
                .check(chain.entries(), problems, warnings).stream()
                .map(d -> new CaseVerification.StoreFile(d.bundleId(), d.path(), d.expectedRecords(), d.expectedDigest(), d.records(), d.digest()))
                .toList();
        IndexCheck.Summary idx = new IndexCheck(index, inventory).check(problems);
        db.rollback(); // end the read transaction
        List<CaseVerification.ExhibitResult> exhibits = ExhibitCheck.check(folder.exhibits(), chain.entries(), problems);
        return new CaseVerification(files, problems, warnings, store,
                new CaseVerification.IndexSummary(idx.records(), idx.recordsIdsDigest(), idx.documents(), idx.documentsIdsDigest()),
                exhibits, chain.head());
    }

    private List<CaseVerification.FileResult> evidence(List<IntegrityProblem> problems) throws IOException {
        List<CaseVerification.FileResult> out = new ArrayList<>();
        for (BundleStore.BundleRow b : bundles.bundles()) {
            Path dir = folder.root().resolve(b.evidenceDir());
            for (BundleStore.FileRow f : bundles.files(b.bundleKey())) {
                if (f.sha256() == null) continue;   // listed but absent when imported (accepted mismatch): nothing to re-check
                Path p = dir.resolve(f.path());
                String where = b.evidenceDir() + "/" + f.path();
                if (!Files.isRegularFile(p)) {
                    out.add(new CaseVerification.FileResult(b.bundleId(), f.path(), f.sha256(), null, false, p + ": evidence copy is missing"));
                    problems.add(new IntegrityProblem("evidence_missing", where, "sha256 " + f.sha256(), "no file"));
                    continue;
                }
                String actual = Sha256.of(p);
                boolean ok = actual.equals(f.sha256());
                out.add(new CaseVerification.FileResult(b.bundleId(), f.path(), f.sha256(), actual, ok,
                        ok ? null : p + ": sha256 is " + actual + ", recorded at import " + f.sha256()));
                if (!ok) problems.add(new IntegrityProblem("evidence_altered", where, "sha256 " + f.sha256() + " (recorded at import)", "sha256 " + actual));
            }
        }
        return out;
    }
}
