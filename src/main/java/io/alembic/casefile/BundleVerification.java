package io.alembic.casefile;

import java.util.List;

/** A bundle checked against its own manifest, outside any case: each listed file, and what is wrong. */
public record BundleVerification(String source, String bundleId, String manifestSha256, List<FileCheck> files,
                                 List<IntegrityProblem> problems, List<IntegrityWarning> warnings) {
    public record FileCheck(String path, String kind, String expectedSha256, String sha256, long expectedBytes, long bytes, boolean verified) {}

    public boolean ok() { return problems.isEmpty(); }
}
