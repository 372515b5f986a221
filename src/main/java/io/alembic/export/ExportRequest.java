package io.alembic.export;

import java.nio.file.Path;

/** One export as asked for: format, scope and the file to write. */
public record ExportRequest(ExportFormat format, ExportScope scope, Path out) {}
