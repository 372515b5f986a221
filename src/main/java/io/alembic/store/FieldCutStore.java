package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Field values cut for the index, written in the import's transaction so a checkpoint keeps rows and cuts together. */
public final class FieldCutStore {
    private final CaseDatabase db;
    private PreparedStatement insert;

    public FieldCutStore(CaseDatabase db) { this.db = db; }

    public void add(String bundleKey, String file, long line, long requestRow, String field, String reason) {
        try {
            if (insert == null) {
                insert = db.connection().prepareStatement(
                        "INSERT INTO field_cuts(bundle_key, file, line, request_row, field, reason) VALUES (?,?,?,?,?,?)");
            }
            insert.setString(1, bundleKey);
            insert.setString(2, file);
            insert.setLong(3, line);
            insert.setLong(4, requestRow);
            insert.setString(5, field);
            insert.setString(6, reason);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw db.fail("record cut field " + field + " of " + file + ":" + line, e);
        }
    }

    /** Forgets the cuts of a row that was taken back out (the index refused its document). */
    public void removeForRow(long requestRow) {
        Sql.update(db, "DELETE FROM field_cuts WHERE request_row = ?", requestRow);
    }

    public long countForBundle(String bundleKey) {
        return Sql.queryLong(db, "SELECT COUNT(*) FROM field_cuts WHERE bundle_key = ?", bundleKey);
    }

    public List<FieldCut> all() {
        try (PreparedStatement s = db.connection().prepareStatement("""
                SELECT b.bundle_id, c.file, c.line, c.field, c.reason FROM field_cuts c
                LEFT JOIN bundles b ON b.bundle_key = c.bundle_key ORDER BY c.id""");
             ResultSet rs = s.executeQuery()) {
            List<FieldCut> out = new ArrayList<>();
            while (rs.next()) out.add(new FieldCut(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
            return out;
        } catch (SQLException e) {
            throw db.fail("read field cuts", e);
        }
    }
}
