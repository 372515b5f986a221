package io.alembic.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Named queries. Saving under a live name replaces it; the old row is kept, stamped removed. */
public final class SavedSearchStore {
    private static final String COLUMNS = "id, name, query, created_by, created_at";

    private final CaseDatabase db;

    public SavedSearchStore(CaseDatabase db) { this.db = db; }

    public SavedSearch save(String name, String query, String user, String at) {
        remove(name, user, at);
        long id = Sql.insert(db, "INSERT INTO saved_searches(name, query, created_by, created_at) VALUES (?,?,?,?)", name, query, user, at);
        return new SavedSearch(id, name, query, user, at);
    }

    /** @return true if a live saved search of that name was removed */
    public boolean remove(String name, String user, String at) {
        return Sql.update(db, "UPDATE saved_searches SET removed_at = ?, removed_by = ? WHERE name = ? AND removed_at IS NULL",
                at, user, name) == 1;
    }

    public Optional<SavedSearch> find(String name) {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM saved_searches WHERE name = ? AND removed_at IS NULL", SavedSearchStore::row, name)
                .stream().findFirst();
    }

    public List<SavedSearch> all() {
        return Sql.list(db, "SELECT " + COLUMNS + " FROM saved_searches WHERE removed_at IS NULL ORDER BY name", SavedSearchStore::row);
    }

    private static SavedSearch row(ResultSet rs) throws SQLException {
        return new SavedSearch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
