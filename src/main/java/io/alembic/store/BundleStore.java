package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bundles known to the case, their files with per-file import progress, and the import runs. */
public final class BundleStore {
    public record BundleRow(String bundleKey, String bundleId, String manifestSha256, String evidenceDir, boolean acceptedMismatch,
                            String status, String createdAt, String completedAt) {
        public boolean complete() { return "complete".equals(status); }
    }

    public record FileRow(String bundleKey, String path, String kind, boolean listed, String expectedSha256, String sha256,
                          long expectedBytes, long bytes, long declaredRecords, boolean verified, String problem,
                          long linesDone, boolean done) {}

    private final CaseDatabase db;

    public BundleStore(CaseDatabase db) { this.db = db; }

    public Optional<BundleRow> bundle(String bundleKey) {
        List<BundleRow> rows = bundles("WHERE bundle_key = ?", bundleKey);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public List<BundleRow> bundles() { return bundles(""); }

    private List<BundleRow> bundles(String where, Object... args) {
        String sql = "SELECT bundle_key, bundle_id, manifest_sha256, evidence_dir, accepted_mismatch, status, created_at, completed_at FROM bundles "
                + where + " ORDER BY created_at";
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            Sql.bind(s, args);
            List<BundleRow> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new BundleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) != 0,
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("read bundles", e);
        }
    }

    public void insertBundle(String bundleKey, String bundleId, String manifestSha, String evidenceDir, String provider,
                             String exportedAt, String caseReference, String manifestJson, boolean acceptedMismatch) {
        Sql.update(db, """
                INSERT OR IGNORE INTO bundles(bundle_key, bundle_id, manifest_sha256, evidence_dir, provider, exported_at,
                  case_reference, manifest_json, accepted_mismatch, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,'importing',?)""",
                bundleKey, bundleId, manifestSha, evidenceDir, provider, exportedAt, caseReference, manifestJson,
                acceptedMismatch ? 1 : 0, Instant.now().toString());
    }

    public void markComplete(String bundleKey) {
        Sql.update(db, "UPDATE bundles SET status = 'complete', completed_at = ? WHERE bundle_key = ?", Instant.now().toString(), bundleKey);
    }

    public void insertFile(FileRow f) {
        Sql.update(db, """
                INSERT OR IGNORE INTO files(bundle_key, path, kind, listed, expected_sha256, sha256, expected_bytes, bytes,
                  declared_records, verified, problem) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                f.bundleKey(), f.path(), f.kind(), f.listed() ? 1 : 0, f.expectedSha256(), f.sha256(), f.expectedBytes(),
                f.bytes(), f.declaredRecords(), f.verified() ? 1 : 0, f.problem());
    }

    public List<FileRow> files(String bundleKey) {
        try (PreparedStatement s = db.connection().prepareStatement("""
                SELECT bundle_key, path, kind, listed, expected_sha256, sha256, expected_bytes, bytes, declared_records, verified,
                  problem, lines_done, done FROM files WHERE bundle_key = ? ORDER BY path""")) {
            s.setString(1, bundleKey);
            List<FileRow> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new FileRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0, rs.getString(5),
                            rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getInt(10) != 0, rs.getString(11),
                            rs.getLong(12), rs.getInt(13) != 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("read files", e);
        }
    }

    /** Records how far a file has been imported; written in the same transaction as the rows themselves. */
    public void setProgress(String bundleKey, String path, long linesDone, boolean done) {
        Sql.update(db, "UPDATE files SET lines_done = ?, done = ? WHERE bundle_key = ? AND path = ?", linesDone, done ? 1 : 0, bundleKey, path);
    }

    public long startRun(String bundleKey, String bundleId, String source, String osUser, boolean acceptedMismatch) {
        Sql.update(db, "INSERT INTO import_runs(bundle_key, bundle_id, source, os_user, started_at, status, accepted_mismatch) VALUES (?,?,?,?,?,'running',?)",
                bundleKey, bundleId, source, osUser, Instant.now().toString(), acceptedMismatch ? 1 : 0);
        return Sql.queryLong(db, "SELECT last_insert_rowid()");
    }

    public void addRunCounts(long runId, long imported, long quarantined, long identical) {
        Sql.update(db, """
                UPDATE import_runs SET records_imported = records_imported + ?, records_quarantined = records_quarantined + ?,
                  duplicates_identical = duplicates_identical + ? WHERE id = ?""", imported, quarantined, identical, runId);
    }

    public void finishRun(long runId, String status, String message) {
        Sql.update(db, "UPDATE import_runs SET finished_at = ?, status = ?, message = ? WHERE id = ?",
                Instant.now().toString(), status, message, runId);
    }
}
