package io.alembic.store;

/** A free-text (possibly multi-line) note on a target. */
public record Note(long id, Target target, String text, String createdBy, String createdAt) {}
