package io.alembic.export;

import java.nio.file.Path;

/** A file an export wrote, with the SHA-256 of its bytes as written (what the audit log records). */
public record ExportedFile(Path path, String sha256, long bytes) {}
