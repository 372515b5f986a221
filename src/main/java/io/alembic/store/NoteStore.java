package io.alembic.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Notes are append-only: a correction is a new note, so what an analyst wrote, and when, is never rewritten. */
public final class NoteStore {
    private static final String COLUMNS = "id, target_kind, target, text, created_by, created_at";

    private final CaseDatabase db;

    public NoteStore(CaseDatabase db) { this.db = db; }

    public Note add(Target target, String text, String user, String at) {
        long id = Sql.insert(db, "INSERT INTO notes(target_kind, target, text, created_by, created_at) VALUES (?,?,?,?,?)",
                target.kind().code(), target.id(), text, user, at);
        return new Note(id, target, text, user, at);
    }

    /** All notes, oldest first. */
    public List<Note> all() { return Sql.list(db, "SELECT " + COLUMNS + " FROM notes ORDER BY id", NoteStore::row); }

    public List<Note> on(Target target) {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM notes WHERE target_kind = ? AND target = ? ORDER BY id", NoteStore::row,
                target.kind().code(), target.id());
    }

    private static Note row(ResultSet rs) throws SQLException {
        return new Note(rs.getLong(1), new Target(TargetKind.ofCode(rs.getString(2)), rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }
}
