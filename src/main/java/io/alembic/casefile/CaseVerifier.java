package io.alembic.casefile;

import io.alembic.bundle.Sha256;
import io.alembic.store.BundleStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lets an auditor confirm that the evidence copies and the audit log are as they were when written. */
final class CaseVerifier {
    private final CaseFolder folder;
    private final BundleStore bundles;

    CaseVerifier(CaseFolder folder, BundleStore bundles) {
        this.folder = folder;
        this.bundles = bundles;
    }

    CaseVerification verify() throws IOException {
        List<CaseVerification.FileResult> out = new ArrayList<>();
        for (BundleStore.BundleRow b : bundles.bundles()) {
            Path dir = folder.root().resolve(b.evidenceDir());
            for (BundleStore.FileRow f : bundles.files(b.bundleKey())) {
                if (f.sha256() == null) continue;   // listed but absent when imported (accepted mismatch): nothing to re-check
                Path p = dir.resolve(f.path());
                if (!Files.isRegularFile(p)) {
                    out.add(new CaseVerification.FileResult(b.bundleId(), f.path(), f.sha256(), null, false, p + ": evidence copy is missing"));
                    continue;
                }
                String actual = Sha256.of(p);
                boolean ok = actual.equals(f.sha256());
                out.add(new CaseVerification.FileResult(b.bundleId(), f.path(), f.sha256(), actual, ok,
                        ok ? null : p + ": sha256 is " + actual + ", recorded at import " + f.sha256()));
            }
        }
        String audit = Files.exists(folder.auditLog()) ? AuditLog.verify(folder.auditLog()) : folder.auditLog() + ": audit log missing";
        return new CaseVerification(out, audit);
    }
}
