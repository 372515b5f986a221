package io.alembic.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Copies what an upgrade rewrites (case.json, the database with its WAL, the audit log) into
 * {@code backups/format-N-TIME/}, before anything is opened. Evidence copies and the index are not changed by an
 * upgrade, so they are not copied: a backup stays small however large the case is.
 */
final class CaseBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> FILES = List.of(CaseFolder.MARKER, "case.db", "case.db-wal", "case.db-shm", "audit.log.jsonl");

    private CaseBackup() { }

    /** Returns the backup folder, relative to the case root. */
    static Path make(CaseFolder folder, int fromVersion, Instant at) throws IOException {
        String name = "format-" + fromVersion + "-" + STAMP.format(at);
        Path dir = folder.backups().resolve(name);
        for (int n = 2; Files.exists(dir); n++) dir = folder.backups().resolve(name + "-" + n);
        Files.createDirectories(dir);
        for (String f : FILES) {
            Path src = folder.root().resolve(f);
            if (Files.exists(src)) Files.copy(src, dir.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return folder.root().relativize(dir);
    }
}
