package io.alembic.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Bookmarks; removing one only stamps removed_at/by. */
public final class BookmarkStore {
    private static final String COLUMNS = "id, target_kind, target, label, created_by, created_at, removed_by, removed_at";

    private final CaseDatabase db;

    public BookmarkStore(CaseDatabase db) { this.db = db; }

    public Bookmark add(Target target, String label, String user, String at) {
        long id = Sql.insert(db, "INSERT INTO bookmarks(target_kind, target, label, created_by, created_at) VALUES (?,?,?,?,?)",
                target.kind().code(), target.id(), label, user, at);
        return new Bookmark(id, target, label, user, at, null, null);
    }

    /** @return true if a live bookmark with that id was removed */
    public boolean remove(long id, String user, String at) {
        return Sql.update(db, "UPDATE bookmarks SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL", at, user, id) == 1;
    }

    public Optional<Bookmark> byId(long id) {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM bookmarks WHERE id = ?", BookmarkStore::row, id).stream().findFirst();
    }

    /** Oldest first; removed ones only when asked. */
    public List<Bookmark> all(boolean includeRemoved) {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM bookmarks" + (includeRemoved ? "" : " WHERE removed_at IS NULL") + " ORDER BY id",
                BookmarkStore::row);
    }

    private static Bookmark row(ResultSet rs) throws SQLException {
        return new Bookmark(rs.getLong(1), new Target(TargetKind.ofCode(rs.getString(2)), rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
