package io.alembic.export;

import java.util.List;

/**
 * What an export produced: its files (the first is the one asked for), how many records, accounts and findings it
 * holds, and for STIX how many objects the bundle has (0 otherwise).
 */
public record ExportResult(ExportRequest request, List<ExportedFile> files, long records, long accounts, long findings, long objects) {
    public ExportResult {
        files = List.copyOf(files);
    }

    public ExportedFile main() { return files.get(0); }
}
