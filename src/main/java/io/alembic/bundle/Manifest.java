package io.alembic.bundle;

import java.util.List;
import java.util.Optional;

/**
 * The parsed manifest.json of a bundle; {@code rawJson} keeps it verbatim for the case record. {@code convertedFrom}
 * names the foreign format Alembic converted the bundle from (its manifest written by Alembic, not by an exporter);
 * null for an exporter's bundle.
 */
public record Manifest(String bundleId, int formatVersion, String provider, String exportedAt, String exportedBy,
                       String caseReference, List<ManifestFile> files, String rawJson, String convertedFrom) {

    public Manifest(String bundleId, int formatVersion, String provider, String exportedAt, String exportedBy,
                    String caseReference, List<ManifestFile> files, String rawJson) {
        this(bundleId, formatVersion, provider, exportedAt, exportedBy, caseReference, files, rawJson, null);
    }

    /** False when no exporter's manifest vouched for the files: Alembic hashed loose or foreign files itself. */
    public boolean exporterVouched() { return convertedFrom == null; }

    public static final String FILE_NAME = "manifest.json";

    public Optional<ManifestFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public long declaredBytes() {
        return files.stream().mapToLong(ManifestFile::bytes).sum();
    }

    public long declaredRequestRecords() {
        return files.stream().filter(ManifestFile::isRequests).mapToLong(ManifestFile::records).sum();
    }
}
