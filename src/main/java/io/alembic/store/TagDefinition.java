package io.alembic.store;

/**
 * A tag name with its colour. Counts are the live (not removed) assignments by target kind; records counts only
 * records tagged directly, not those reached through a tagged account, key or IP.
 */
public record TagDefinition(String name, String color, String description, boolean builtin, String createdBy, String createdAt,
                            long records, long accounts, long keys, long ips) {}
