package io.alembic.casefile;

import java.util.List;

/** Result of re-checking a case: every evidence file against the hash recorded at import, and the audit chain. */
public record CaseVerification(List<FileResult> files, String auditProblem) {
    public record FileResult(String bundleId, String path, String expectedSha256, String actualSha256, boolean ok, String problem) {}

    public boolean ok() { return auditProblem == null && files.stream().allMatch(FileResult::ok); }
}
