package io.alembic.casefile;

import io.alembic.bundle.BundleVerificationException;
import io.alembic.bundle.BundleVerifier;
import io.alembic.bundle.CopiedFile;
import io.alembic.bundle.EvidenceStager;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.StagedBundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a bundle (folder or .zip) against its own manifest without making a case: the same staging, zip safety
 * checks and comparison an import does, into a temporary folder that is removed afterwards.
 */
public final class BundleChecker {
    private BundleChecker() { }

    public static BundleVerification check(Path bundle) throws IOException {
        Path staging = Files.createTempDirectory("alembic-verify-");
        try {
            StagedBundle staged;
            try {
                staged = EvidenceStager.stage(bundle, staging.resolve("bundle"));
            } catch (BundleVerificationException e) {
                return new BundleVerification(bundle.toString(), null, null, List.of(),
                        List.of(new IntegrityProblem("bundle_refused", bundle.toString(), "a safe bundle", e.getMessage())), List.of());
            }
            BundleVerifier.Result r = BundleVerifier.verify(staged);
            List<BundleVerification.FileCheck> files = new ArrayList<>();
            List<IntegrityProblem> problems = new ArrayList<>();
            for (BundleVerifier.Check c : r.checks()) {
                ManifestFile d = c.declared();
                CopiedFile a = c.actual();
                files.add(new BundleVerification.FileCheck(d.path(), d.kind(), d.sha256(), a == null ? null : a.sha256(), d.bytes(),
                        a == null ? -1 : a.bytes(), c.verified()));
                if (c.verified()) continue;
                String expected = "sha256 " + d.sha256() + (d.bytes() >= 0 ? ", " + d.bytes() + " bytes" : "") + " (manifest)";
                if (a == null) problems.add(new IntegrityProblem("bundle_file_missing", d.path(), expected, "no file"));
                else problems.add(new IntegrityProblem("bundle_file_altered", d.path(), expected, "sha256 " + a.sha256() + ", " + a.bytes() + " bytes"));
            }
            List<IntegrityWarning> warnings = r.unlisted().stream()
                    .map(p -> new IntegrityWarning("unlisted_file", p, "not listed in the manifest: an import keeps it as evidence but does not read it"))
                    .toList();
            return new BundleVerification(staged.source(), staged.manifest().bundleId(), staged.manifestSha256(), files, problems, warnings);
        } finally {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
