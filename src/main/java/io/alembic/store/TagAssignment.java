package io.alembic.store;

/** One tag on one target; removedAt is null while it is live. actionId is the tagging action that added it. */
public record TagAssignment(long id, String tag, Target target, String note, String createdBy, String createdAt, long actionId,
                            String removedBy, String removedAt) {
    public boolean live() { return removedAt == null; }
}
