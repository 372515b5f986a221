package io.alembic.store;

import java.util.List;

/**
 * The audit log's heads as the case database saw them, one row per entry, never updated or deleted: a second copy
 * of the chain's tail, so cutting or rewriting the end of the log (or of this table) shows as a disagreement.
 */
public final class AuditAnchorStore {
    public record Anchor(long id, long seq, String hash, String at) {}

    private final CaseDatabase db;

    public AuditAnchorStore(CaseDatabase db) { this.db = db; }

    /** Records a head in its own transaction; callers append to the log only after their own work has committed. */
    public void record(long seq, String hash, String at) {
        db.inTransaction(() -> Sql.update(db, "INSERT INTO audit_anchors(seq, hash, at) VALUES (?,?,?)", seq, hash, at));
    }

    /** Every recorded head, in the order recorded. */
    public List<Anchor> all() {
        return Sql.list(db, "SELECT id, seq, hash, at FROM audit_anchors ORDER BY id",
                rs -> new Anchor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }
}
