package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Stored detection runs. A new run replaces the previous results in one transaction; the old run row stays as history. */
public final class DetectionStore {
    /** One account's row of a run, for listing and joining without parsing the report. */
    public record ResultRow(String accountId, double score, boolean flagged, String cluster) {}

    /** A run as recorded: who, when, under which rules, and how many accounts it flagged. */
    public record Run(long id, String rulesVersion, String startedAt, String finishedAt, long requests, long accounts, long flagged) {}

    private final CaseDatabase db;

    public DetectionStore(CaseDatabase db) { this.db = db; }

    /** @return the new run id; the previous run's report and results are dropped in the same transaction */
    public long replace(String rulesVersion, String osUser, String startedAt, String finishedAt, long requests,
                        String reportJson, List<ResultRow> rows) {
        return db.inTransaction(() -> {
            Sql.update(db, "UPDATE detection_runs SET report_json = NULL, replaced_at = ? WHERE replaced_at IS NULL", finishedAt);
            Sql.update(db, "DELETE FROM detection_results");
            long flagged = rows.stream().filter(ResultRow::flagged).count();
            long id = Sql.insert(db, """
                    INSERT INTO detection_runs(rules_version, os_user, started_at, finished_at, requests, accounts, flagged, report_json)
                    VALUES (?,?,?,?,?,?,?,?)""", rulesVersion, osUser, startedAt, finishedAt, requests, rows.size(), flagged, reportJson);
            try (PreparedStatement s = db.connection().prepareStatement(
                    "INSERT INTO detection_results(run_id, account_id, score, flagged, cluster) VALUES (?,?,?,?,?)")) {
                for (ResultRow r : rows) {
                    Sql.bind(s, id, r.accountId(), r.score(), r.flagged() ? 1 : 0, r.cluster());
                    s.addBatch();
                }
                s.executeBatch();
            } catch (SQLException e) {
                throw db.fail("store detection results", e);
            }
            return id;
        });
    }

    public Optional<String> latestReport() {
        return Optional.ofNullable(Sql.queryString(db,
                "SELECT report_json FROM detection_runs WHERE replaced_at IS NULL ORDER BY id DESC LIMIT 1"));
    }

    public List<Run> runs() {
        return Sql.list(db, "SELECT id, rules_version, started_at, finished_at, requests, accounts, flagged FROM detection_runs ORDER BY id",
                rs -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }
}
