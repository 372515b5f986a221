package io.alembic.casefile;

import java.util.List;

/**
 * Result of re-checking a case: every evidence file against the hash recorded at import, the audit chain and its
 * recorded heads, the stored records against what each import recorded, and the index against the store. ok means
 * no problem; warnings name what could not be checked on an older case.
 */
public record CaseVerification(List<FileResult> files, List<IntegrityProblem> problems, List<IntegrityWarning> warnings,
                               List<StoreFile> store, IndexSummary index, List<ExhibitResult> exhibits, AuditHead head) {
    public record FileResult(String bundleId, String path, String expectedSha256, String actualSha256, boolean ok, String problem) {}

    /** One requests file: records and lines digest recorded at import, and as stored now. */
    public record StoreFile(String bundleId, String path, long expectedRecords, String expectedLinesDigest, long records,
                            String linesDigest) {}

    /** One file in exhibits/: the SHA-256 its report_made entry recorded (null: none) and the one it has now (null: gone). */
    public record ExhibitResult(String name, String expectedSha256, String actualSha256, boolean ok) {}

    /** Rows in case.db and documents in the index, each with the digest of their request ids. */
    public record IndexSummary(long records, String recordsIdsDigest, long documents, String documentsIdsDigest) {}

    public boolean ok() { return problems.isEmpty(); }

    /** Problems of the audit chain and its anchors only. */
    public List<IntegrityProblem> auditProblems() {
        return problems.stream().filter(p -> p.kind().startsWith("audit_") || p.kind().equals("expected_head_mismatch")).toList();
    }

    /** The same result with the head the case has after recording the verification itself. */
    /** What the audit log records of this check: its verdict, what it covered and the head it checked. */
    java.util.Map<String, Object> auditDetails(AuditHead expectHead) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("ok", ok());
        details.put("files", files.size());
        details.put("exhibits", exhibits.size());
        details.put("problems", problems.size());
        details.put("checked_head", head.toString());
        if (expectHead != null) details.put("expected_head", expectHead.toString());
        return details;
    }

    CaseVerification withHead(AuditHead newHead) { return new CaseVerification(files, problems, warnings, store, index, exhibits, newHead); }
}
