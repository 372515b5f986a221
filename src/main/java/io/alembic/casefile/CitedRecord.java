package io.alembic.casefile;

/** A stored request with the bundle it came from, so an exhibit can cite bundle, file and line for each record. */
public record CitedRecord(RecordDetail detail, String bundleId) {}
