package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Lines the importer refused, with file, line number and reason. Content is kept (capped) for the analyst. */
public final class QuarantineStore {
    static final int MAX_CONTENT_CHARS = 64 * 1024;

    private final CaseDatabase db;
    private PreparedStatement insert;

    public QuarantineStore(CaseDatabase db) { this.db = db; }

    public void add(String bundleKey, String file, long line, String reason, String content) {
        try {
            if (insert == null) {
                insert = db.connection().prepareStatement(
                        "INSERT OR IGNORE INTO quarantine(bundle_key, file, line, reason, content) VALUES (?,?,?,?,?)");
            }
            insert.setString(1, bundleKey);
            insert.setString(2, file);
            insert.setLong(3, line);
            insert.setString(4, reason);
            insert.setString(5, content != null && content.length() > MAX_CONTENT_CHARS ? content.substring(0, MAX_CONTENT_CHARS) : content);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw db.fail("quarantine " + file + ":" + line, e);
        }
    }

    public long countForBundle(String bundleKey) {
        return Sql.queryLong(db, "SELECT COUNT(*) FROM quarantine WHERE bundle_key = ?", bundleKey);
    }

    public List<QuarantineItem> all() {
        try (PreparedStatement s = db.connection().prepareStatement("""
                SELECT b.bundle_id, q.file, q.line, q.reason, q.content FROM quarantine q
                LEFT JOIN bundles b ON b.bundle_key = q.bundle_key ORDER BY q.id""");
             ResultSet rs = s.executeQuery()) {
            List<QuarantineItem> out = new ArrayList<>();
            while (rs.next()) out.add(new QuarantineItem(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
            return out;
        } catch (SQLException e) {
            throw db.fail("read quarantine", e);
        }
    }
}
