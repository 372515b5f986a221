package io.alembic.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The log of tagging actions, which undo walks back from the newest not yet undone. */
public final class TagActionStore {
    private static final String COLUMNS = "id, kind, tag, selector, os_user, at, added, removed, undone_by, undone_at";

    private final CaseDatabase db;

    public TagActionStore(CaseDatabase db) { this.db = db; }

    public long begin(String kind, String tag, String selector, String user, String at) {
        return Sql.insert(db, "INSERT INTO tag_actions(kind, tag, selector, os_user, at) VALUES (?,?,?,?,?)", kind, tag, selector, user, at);
    }

    public void finish(long id, long added, long removed) {
        Sql.update(db, "UPDATE tag_actions SET added = ?, removed = ? WHERE id = ?", added, removed, id);
    }

    public Optional<TagAction> lastNotUndone() {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM tag_actions WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1", TagActionStore::row)
                .stream().findFirst();
    }

    public Optional<TagAction> byId(long id) {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM tag_actions WHERE id = ?", TagActionStore::row, id).stream().findFirst();
    }

    public void markUndone(long id, String user, String at) {
        Sql.update(db, "UPDATE tag_actions SET undone_by = ?, undone_at = ? WHERE id = ?", user, at, id);
    }

    /** Newest first. */
    public List<TagAction> all() {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM tag_actions ORDER BY id DESC", TagActionStore::row);
    }

    private static TagAction row(ResultSet rs) throws SQLException {
        return new TagAction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10));
    }
}
