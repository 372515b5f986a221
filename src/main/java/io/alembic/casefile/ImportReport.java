package io.alembic.casefile;

import java.util.List;

/** Outcome of one import run. {@code alreadyImported} is true when the bundle was complete in the case already. */
public record ImportReport(String bundleId, long recordsImported, long recordsQuarantined, long accounts,
                           List<FileCheck> files, List<String> unlistedFiles, boolean acceptedMismatch,
                           boolean alreadyImported) {
    /** One manifest file as checked on import: expected vs actual hash. */
    public record FileCheck(String path, String kind, String expectedSha256, String sha256, long expectedBytes,
                            long bytes, boolean verified, String problem) {}
}
