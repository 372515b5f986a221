package io.alembic.store;

/** A value of an imported record that the index holds only in part: where the record came from, the field and why. */
public record FieldCut(String bundleId, String file, long line, String field, String reason) {}
