package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tag assignments. Adding is idempotent (a live tag is never doubled); removing only stamps removed_at/by, so no
 * assignment is ever lost. Every row remembers the action that added or removed it, which is what undo reverses.
 * Writes run inside the caller's transaction.
 */
public final class TagStore {
    private static final String COLUMNS =
            "id, tag, target_kind, target, note, created_by, created_at, action_id, removed_by, removed_at";

    private final CaseDatabase db;

    public TagStore(CaseDatabase db) { this.db = db; }

    /** @return 1 if added, 0 if the target already carried the tag */
    public int add(long actionId, String tag, Target target, String note, String user, String at) {
        return Sql.update(db, """
                INSERT OR IGNORE INTO tags(tag, target_kind, target, note, created_by, created_at, action_id)
                VALUES (?,?,?,?,?,?,?)""", tag, target.kind().code(), target.id(), note, user, at, actionId);
    }

    /** Tags the records with these store row ids (the hits of a query). @return how many were newly tagged */
    public int addRecordRows(long actionId, String tag, long[] rowIds, String note, String user, String at) {
        return batch("""
                INSERT OR IGNORE INTO tags(tag, target_kind, target, note, created_by, created_at, action_id)
                SELECT ?, 'record', request_id, ?, ?, ?, ? FROM requests WHERE id = ?""", rowIds, tag, note, user, at, actionId);
    }

    /** @return 1 if a live tag was removed, 0 if the target did not carry it */
    public int remove(long actionId, String tag, Target target, String user, String at) {
        return Sql.update(db, """
                UPDATE tags SET removed_at = ?, removed_by = ?, removed_action_id = ?
                WHERE tag = ? AND target_kind = ? AND target = ? AND removed_at IS NULL""",
                at, user, actionId, tag, target.kind().code(), target.id());
    }

    public int removeRecordRows(long actionId, String tag, long[] rowIds, String user, String at) {
        return batch("""
                UPDATE tags SET removed_at = ?, removed_by = ?, removed_action_id = ?
                WHERE tag = ? AND target_kind = 'record' AND removed_at IS NULL
                  AND target = (SELECT request_id FROM requests WHERE id = ?)""", rowIds, at, user, actionId, tag);
    }

    /** Withdraws what a tag action added (soft: the rows stay, stamped removed by that same action). */
    public int withdrawAddedBy(long actionId, String user, String at) {
        return Sql.update(db, "UPDATE tags SET removed_at = ?, removed_by = ?, removed_action_id = ? WHERE action_id = ? AND removed_at IS NULL",
                at, user, actionId, actionId);
    }

    /** Brings back what an untag action removed. */
    public int restoreRemovedBy(long actionId) {
        return Sql.update(db, "UPDATE tags SET removed_at = NULL, removed_by = NULL, removed_action_id = NULL WHERE removed_action_id = ?",
                actionId);
    }

    private int batch(String sql, long[] rowIds, Object... leading) {
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            int changed = 0;
            for (int i = 0; i < rowIds.length; i++) {
                Sql.bind(s, leading);
                s.setLong(leading.length + 1, rowIds[i]);
                s.addBatch();
                if (i % 1000 == 999 || i == rowIds.length - 1) {
                    for (int n : s.executeBatch()) changed += Math.max(0, n);
                }
            }
            return changed;
        } catch (SQLException e) {
            throw db.fail("tag records", e);
        }
    }

    /** Assignments, newest first; optionally one tag only, optionally with removed ones. */
    public List<TagAssignment> assignments(String tag, boolean includeRemoved) {
        String where = (tag == null ? "1 = 1" : "tag = ?") + (includeRemoved ? "" : " AND removed_at IS NULL");
        Object[] args = tag == null ? new Object[0] : new Object[] {tag};
        return Sql.list(db, "SELECT " + COLUMNS + " FROM tags WHERE " + where + " ORDER BY id DESC", TagStore::row, args);
    }

    /** Live tags on one target. */
    public List<TagAssignment> on(Target target) {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM tags WHERE target_kind = ? AND target = ? AND removed_at IS NULL ORDER BY id",
                TagStore::row, target.kind().code(), target.id());
    }

    /** Store row ids of the records carrying the tag directly. */
    public long[] recordRows(String tag) {
        return Sql.list(db, """
                SELECT r.id FROM tags t JOIN requests r ON r.request_id = t.target
                WHERE t.tag = ? AND t.target_kind = 'record' AND t.removed_at IS NULL""", rs -> rs.getLong(1), tag)
                .stream().mapToLong(Long::longValue).toArray();
    }

    /** Accounts, keys and IPs carrying the tag, by kind. */
    public Map<TargetKind, Set<String>> entities(String tag) {
        Map<TargetKind, Set<String>> out = new EnumMap<>(TargetKind.class);
        for (TargetKind k : TargetKind.values()) if (k != TargetKind.RECORD) out.put(k, new LinkedHashSet<>());
        for (Target t : Sql.list(db, "SELECT target_kind, target FROM tags WHERE tag = ? AND target_kind <> 'record' AND removed_at IS NULL",
                rs -> new Target(TargetKind.ofCode(rs.getString(1)), rs.getString(2)), tag)) {
            out.get(t.kind()).add(t.id());
        }
        return out;
    }

    private static TagAssignment row(ResultSet rs) throws SQLException {
        return new TagAssignment(rs.getLong(1), rs.getString(2), new Target(TargetKind.ofCode(rs.getString(3)), rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10));
    }
}
