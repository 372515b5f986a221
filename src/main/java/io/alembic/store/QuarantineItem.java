package io.alembic.store;

/** A line the importer could not accept, kept with where it came from and why. */
public record QuarantineItem(String bundleId, String file, long line, String reason, String content) {}
