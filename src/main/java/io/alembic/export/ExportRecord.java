package io.alembic.export;

import io.alembic.bundle.RequestRecord;

/** One stored request handed to an export: the parsed record (with its verbatim line) and where it came from. */
public record ExportRecord(RequestRecord record, String bundleId, String file, long line) {}
