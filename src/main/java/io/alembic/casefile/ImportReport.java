package io.alembic.casefile;

import java.util.List;

/**
 * Outcome of one import run. {@code alreadyImported} is true when the bundle was complete in the case already.
 * {@code upstream} describes the detection results a reduced bundle carried (findings.json), recorded as the case's
 * results; null for an ordinary bundle. {@code notes} names listed files that were kept as evidence but not used
 * (a kind this version does not read, an upstream file that could not be read), one sentence each.
 */
public record ImportReport(String bundleId, long recordsImported, long recordsQuarantined, long accounts,
                           List<FileCheck> files, List<String> unlistedFiles, boolean acceptedMismatch,
                           boolean alreadyImported, Upstream upstream, List<String> notes) {
    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** One manifest file as checked on import: expected vs actual hash. */
    public record FileCheck(String path, String kind, String expectedSha256, String sha256, long expectedBytes,
                            long bytes, boolean verified, String problem) {}

    /**
     * Upstream findings recorded from a reduced bundle: the job, its rules, how many accounts the findings cover and
     * flag, and the whole log it read; {@code population} is whether the bundle's population context is usable.
     */
    public record Upstream(String jobId, String rulesVersion, long accounts, long flagged, long logAccounts, long logRequests,
                           boolean population) {}
}
