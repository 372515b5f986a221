package io.alembic.casefile;

import java.util.List;

/**
 * Outcome of one import run. {@code alreadyImported} is true when the bundle was complete in the case already.
 * {@code upstream} describes the detection results a reduced bundle carried (findings.json), recorded as the case's
 * results; null for an ordinary bundle. {@code notes} names listed files that were kept as evidence but not used
 * (a kind this version does not read, an upstream file that could not be read, a broken compressed part), one
 * sentence each. {@code fieldsCut} counts the values of imported records that the index holds only in part (each is
 * listed by the quarantine command); {@code brokenParts} names the compressed parts that broke part-way in this run.
 */
public record ImportReport(String bundleId, long recordsImported, long recordsQuarantined, long fieldsCut, long accounts,
                           List<FileCheck> files, List<String> unlistedFiles, boolean acceptedMismatch,
                           boolean alreadyImported, Upstream upstream, List<String> notes, List<BrokenPart> brokenParts,
                           String convertedFrom) {
    public ImportReport {
        notes = List.copyOf(notes);
        brokenParts = List.copyOf(brokenParts);
    }

    public ImportReport(String bundleId, long recordsImported, long recordsQuarantined, long fieldsCut, long accounts,
                        List<FileCheck> files, List<String> unlistedFiles, boolean acceptedMismatch,
                        boolean alreadyImported, Upstream upstream, List<String> notes, List<BrokenPart> brokenParts) {
        this(bundleId, recordsImported, recordsQuarantined, fieldsCut, accounts, files, unlistedFiles, acceptedMismatch, alreadyImported,
                upstream, notes, brokenParts, null);
    }

    /**
     * False when no exporter's manifest vouched for the files (loose files or a foreign format: Alembic hashed them itself
     * on import); {@code convertedFrom} then names the format(s) they were read as.
     */
    public boolean exporterVouched() { return convertedFrom == null; }

    /** A compressed part whose stream broke: lines 1..{@code lastGoodLine} were imported, the rest was unreadable. */
    public record BrokenPart(String file, long lastGoodLine, String error) {}

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
