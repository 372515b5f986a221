package io.alembic.store;

/** A named query in the case's search syntax. */
public record SavedSearch(long id, String name, String query, String createdBy, String createdAt) {}
