package io.alembic.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The case's tag set: names, colours, descriptions. Writes run inside the caller's transaction. */
public final class TagDefStore {
    private static final String SELECT = """
            SELECT d.name, d.color, d.description, d.builtin, d.created_by, d.created_at,
              COALESCE(SUM(t.target_kind = 'record'), 0), COALESCE(SUM(t.target_kind = 'account'), 0),
              COALESCE(SUM(t.target_kind = 'key'), 0), COALESCE(SUM(t.target_kind = 'ip'), 0)
            FROM tag_defs d LEFT JOIN tags t ON t.tag = d.name AND t.removed_at IS NULL""";

    private final CaseDatabase db;

    public TagDefStore(CaseDatabase db) { this.db = db; }

    /** Adds a shipped tag unless the case already has one of that name (an analyst's colour change stays). */
    public boolean seed(String name, String color, String description, String at) {
        return Sql.update(db, "INSERT OR IGNORE INTO tag_defs(name, color, description, builtin, created_by, created_at) VALUES (?,?,?,1,?,?)",
                name, color, description, "alembic", at) == 1;
    }

    /** Creates a tag, or changes the colour/description of an existing one. @return true if it was created */
    public boolean define(String name, String color, String description, String user, String at) {
        if (find(name).isPresent()) {
            Sql.update(db, "UPDATE tag_defs SET color = ?, description = COALESCE(?, description), updated_by = ?, updated_at = ? WHERE name = ?",
                    color, description, user, at, name);
            return false;
        }
        Sql.update(db, "INSERT INTO tag_defs(name, color, description, builtin, created_by, created_at) VALUES (?,?,?,0,?,?)",
                name, color, description, user, at);
        return true;
    }

    public Optional<TagDefinition> find(String name) {
        return Sql.list(db, SELECT + " WHERE d.name = ? GROUP BY d.name", TagDefStore::row, name).stream().findFirst();
    }

    /** Shipped tags first, then the analysts' own, each by name. */
    public List<TagDefinition> all() {
        return Sql.list(db, SELECT + " GROUP BY d.name ORDER BY d.builtin DESC, d.name", TagDefStore::row);
    }

    private static TagDefinition row(ResultSet rs) throws SQLException {
        return new TagDefinition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
    }
}
