package io.alembic.store;

/** One tagging action (kind "tag" or "untag") as the analyst issued it, with what it changed. */
public record TagAction(long id, String kind, String tag, String selector, String user, String at, long added, long removed,
                        String undoneBy, String undoneAt) {}
