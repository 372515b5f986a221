package io.alembic.store;

/** A bookmark on a target; removedAt is null while it is live. */
public record Bookmark(long id, Target target, String label, String createdBy, String createdAt, String removedBy, String removedAt) {}
