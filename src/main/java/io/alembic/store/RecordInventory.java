package io.alembic.store;

import io.alembic.bundle.LineSetDigest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store holds, summed up so it can be compared with what an import recorded: per bundle file, the number
 * of request rows and the order-independent digest of their verbatim lines; and the (row, request_id) pairs the
 * search index must mirror. Read-only scans that stream row by row.
 */
public final class RecordInventory {
    /** One bundle file's rows. */
    public record FileKey(String bundleKey, String file) implements Comparable<FileKey> {
        @Override
        public int compareTo(FileKey o) {
            int c = bundleKey.compareTo(o.bundleKey);
            return c != 0 ? c : file.compareTo(o.file);
        }
    }

    /** Count and digest of a file's stored lines. */
    public record Summary(long records, String linesDigest) {}

    @FunctionalInterface
    public interface RowConsumer { void accept(long rowId, String requestId, long line, byte[] rawJson); }

    @FunctionalInterface
    public interface IdConsumer { void accept(long rowId, String requestId); }

    private final CaseDatabase db;

    public RecordInventory(CaseDatabase db) { this.db = db; }

    /** Per (bundle, file): rows and digest; bundleKey null for the whole case. */
    public Map<FileKey, Summary> perFile(String bundleKey) {
        Map<FileKey, LineSetDigest> digests = new TreeMap<>();
        String sql = "SELECT r.bundle_key, r.file, w.raw_json FROM requests r LEFT JOIN request_raw w ON w.id = r.id"
                + (bundleKey == null ? "" : " WHERE r.bundle_key = ?");
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            if (bundleKey != null) s.setString(1, bundleKey);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byte[] raw = rs.getBytes(3);
                    digests.computeIfAbsent(new FileKey(rs.getString(1), rs.getString(2)), k -> new LineSetDigest())
                            .add(raw == null ? new byte[0] : raw);
                }
            }
        } catch (SQLException e) {
            throw db.fail("summarise stored records", e);
        }
        Map<FileKey, Summary> out = new TreeMap<>();
        digests.forEach((k, d) -> out.put(k, new Summary(d.count(), d.hex())));
        return out;
    }

    /** The rows that came from one bundle file, with their verbatim lines (null where the line is gone). */
    public void rowsOf(String bundleKey, String file, RowConsumer consumer) {
        try (PreparedStatement s = db.connection().prepareStatement("""
                SELECT r.id, r.request_id, r.line, w.raw_json FROM requests r LEFT JOIN request_raw w ON w.id = r.id
                WHERE r.bundle_key = ? AND r.file = ? ORDER BY r.id""")) {
            s.setString(1, bundleKey);
            s.setString(2, file);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) consumer.accept(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBytes(4));
            }
        } catch (SQLException e) {
            throw db.fail("read rows of " + file, e);
        }
    }

    /** Every request's row id and request_id, in row order. */
    public void forEachId(IdConsumer consumer) {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT id, request_id FROM requests ORDER BY id")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) consumer.accept(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw db.fail("scan request ids", e);
        }
    }

    /** Line numbers of a file that the import quarantined (they were never meant to be rows). */
    public java.util.Set<Long> quarantinedLines(String bundleKey, String file) {
        return new java.util.HashSet<>(Sql.list(db, "SELECT line FROM quarantine WHERE bundle_key = ? AND file = ?",
                rs -> rs.getLong(1), bundleKey, file));
    }
}
