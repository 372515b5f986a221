package io.alembic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The case database schema. Secondary indexes are created after bulk loads, where they are cheaper to build.
 * {@link #VERSION} is the case format this build writes; raising it needs a step in {@link SchemaUpgrade}, because
 * cases outlive the version that made them.
 */
final class Schema {
    static final int VERSION = 2;

    private static final String[] TABLES = {
        """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS bundles(
          bundle_key TEXT PRIMARY KEY, bundle_id TEXT NOT NULL, manifest_sha256 TEXT NOT NULL, evidence_dir TEXT NOT NULL,
          provider TEXT, exported_at TEXT, case_reference TEXT, manifest_json TEXT, accepted_mismatch INTEGER NOT NULL,
          status TEXT NOT NULL, created_at TEXT NOT NULL, completed_at TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS files(
          bundle_key TEXT NOT NULL, path TEXT NOT NULL, kind TEXT, listed INTEGER NOT NULL, expected_sha256 TEXT,
          sha256 TEXT, expected_bytes INTEGER, bytes INTEGER, declared_records INTEGER, verified INTEGER NOT NULL,
          problem TEXT, lines_done INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY(bundle_key, path))""",
        """
        CREATE TABLE IF NOT EXISTS import_runs(
          id INTEGER PRIMARY KEY, bundle_key TEXT, bundle_id TEXT, source TEXT, os_user TEXT, started_at TEXT NOT NULL,
          finished_at TEXT, status TEXT NOT NULL, accepted_mismatch INTEGER NOT NULL DEFAULT 0,
          records_imported INTEGER NOT NULL DEFAULT 0, records_quarantined INTEGER NOT NULL DEFAULT 0,
          duplicates_identical INTEGER NOT NULL DEFAULT 0, message TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS requests(
          id INTEGER PRIMARY KEY, request_id TEXT NOT NULL UNIQUE, bundle_key TEXT NOT NULL, file TEXT NOT NULL,
          line INTEGER NOT NULL, ts_ms INTEGER NOT NULL, account_id TEXT NOT NULL, org_id TEXT, api_key_id TEXT,
          endpoint TEXT, model TEXT NOT NULL, ip TEXT, asn INTEGER, as_org TEXT, country TEXT, user_agent TEXT,
          router TEXT, forwarded_for TEXT, status INTEGER, finish_reason TEXT, error_type TEXT,
          input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL,
          latency_ms INTEGER)""",
        // The verbatim line lives apart from the request columns: scans and aggregations over requests (accounts,
        // timelines, detectors) then read a few hundred bytes a row instead of the whole record.
        """
        CREATE TABLE IF NOT EXISTS request_raw(id INTEGER PRIMARY KEY, raw_json TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS accounts(
          account_id TEXT PRIMARY KEY, org_id TEXT, created_at TEXT, email_domain TEXT, country TEXT,
          payment_fingerprint TEXT, tier TEXT, status TEXT, raw_json TEXT, bundle_key TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS quarantine(
          id INTEGER PRIMARY KEY, bundle_key TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
          reason TEXT NOT NULL, content TEXT, UNIQUE(bundle_key, file, line))""",
        // Values of imported records that the index holds only in part; the record itself is whole.
        """
        CREATE TABLE IF NOT EXISTS field_cuts(
          id INTEGER PRIMARY KEY, bundle_key TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
          request_row INTEGER NOT NULL, field TEXT NOT NULL, reason TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS api_keys(
          api_key_id TEXT NOT NULL, account_id TEXT NOT NULL, first_ms INTEGER, last_ms INTEGER, requests INTEGER,
          PRIMARY KEY(api_key_id, account_id))""",
        """
        CREATE TABLE IF NOT EXISTS clients(
          ip TEXT NOT NULL, asn INTEGER, as_org TEXT, country TEXT, router TEXT, first_ms INTEGER, last_ms INTEGER,
          requests INTEGER, accounts INTEGER)""",
        """
        CREATE TABLE IF NOT EXISTS account_stats(
          account_id TEXT PRIMARY KEY, records INTEGER, first_ms INTEGER, last_ms INTEGER, keys TEXT, ips TEXT,
          asns TEXT, countries TEXT, routers TEXT, input_tokens INTEGER, output_tokens INTEGER,
          reasoning_tokens INTEGER)""",
        // Analyst work product. Nothing here is ever deleted: removal sets removed_at/removed_by, so the case keeps
        // who marked what and when, even for marks later withdrawn.
        """
        CREATE TABLE IF NOT EXISTS tag_defs(
          name TEXT PRIMARY KEY, color TEXT NOT NULL, description TEXT, builtin INTEGER NOT NULL DEFAULT 0,
          created_by TEXT, created_at TEXT NOT NULL, updated_by TEXT, updated_at TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS tag_actions(
          id INTEGER PRIMARY KEY, kind TEXT NOT NULL, tag TEXT NOT NULL, selector TEXT NOT NULL, os_user TEXT NOT NULL,
          at TEXT NOT NULL, added INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, undone_at TEXT, undone_by TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS tags(
          id INTEGER PRIMARY KEY, tag TEXT NOT NULL, target_kind TEXT NOT NULL, target TEXT NOT NULL, note TEXT,
          created_by TEXT NOT NULL, created_at TEXT NOT NULL, action_id INTEGER NOT NULL,
          removed_at TEXT, removed_by TEXT, removed_action_id INTEGER)""",
        "CREATE UNIQUE INDEX IF NOT EXISTS tags_live ON tags(tag, target_kind, target) WHERE removed_at IS NULL",
        "CREATE INDEX IF NOT EXISTS tags_action ON tags(action_id)",
        "CREATE INDEX IF NOT EXISTS tags_removed_action ON tags(removed_action_id)",
        "CREATE INDEX IF NOT EXISTS tags_target ON tags(target_kind, target)",
        """
        CREATE TABLE IF NOT EXISTS notes(
          id INTEGER PRIMARY KEY, target_kind TEXT NOT NULL, target TEXT NOT NULL, text TEXT NOT NULL,
          created_by TEXT NOT NULL, created_at TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS bookmarks(
          id INTEGER PRIMARY KEY, target_kind TEXT NOT NULL, target TEXT NOT NULL, label TEXT,
          created_by TEXT NOT NULL, created_at TEXT NOT NULL, removed_at TEXT, removed_by TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS saved_searches(
          id INTEGER PRIMARY KEY, name TEXT NOT NULL, query TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,
          removed_at TEXT, removed_by TEXT)""",
        "CREATE UNIQUE INDEX IF NOT EXISTS saved_searches_live ON saved_searches(name) WHERE removed_at IS NULL",
        // Detection runs: every run is kept for the record; only the newest keeps its report and per-account results.
        """
        CREATE TABLE IF NOT EXISTS detection_runs(
          id INTEGER PRIMARY KEY, rules_version TEXT NOT NULL, os_user TEXT, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
          requests INTEGER NOT NULL, accounts INTEGER NOT NULL, flagged INTEGER NOT NULL, report_json TEXT, replaced_at TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS detection_results(
          run_id INTEGER NOT NULL, account_id TEXT NOT NULL, score REAL NOT NULL, flagged INTEGER NOT NULL, cluster TEXT,
          PRIMARY KEY(run_id, account_id))""",
        // The audit chain's heads, a second copy beside audit.log.jsonl (see AuditAnchorStore); older cases get the
        // table empty on first open and are reported as not anchored until their next change.
        """
        CREATE TABLE IF NOT EXISTS audit_anchors(id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL, at TEXT NOT NULL)""",
        // The last gateway mapping used for a CSV/JSONL layout, keyed by its header, so the next file like it opens
        // the mapping dialog filled in; older cases get the table empty on first open.
        """
        CREATE TABLE IF NOT EXISTS gateway_mappings(
          header_key TEXT PRIMARY KEY, mapping_json TEXT NOT NULL, saved_by TEXT NOT NULL, saved_at TEXT NOT NULL)""",
        // Format 2: every upgrade of the case by a newer Alembic, with its backup; audit_seq is the audit entry that
        // recorded it (null until written, so an upgrade interrupted before its entry gets one on the next open).
        SchemaUpgrade.MIGRATIONS_TABLE
    };

    static final String[] SECONDARY_INDEXES = {
        "CREATE INDEX IF NOT EXISTS requests_account_ts ON requests(account_id, ts_ms)",
        "CREATE INDEX IF NOT EXISTS requests_key ON requests(api_key_id)",
        "CREATE INDEX IF NOT EXISTS requests_ip ON requests(ip)",
        "CREATE INDEX IF NOT EXISTS requests_ts ON requests(ts_ms)"
    };

    private Schema() { }

    /**
     * Creates what is missing. A fresh database is stamped with {@link #VERSION}; an older one keeps its stored version
     * until {@link SchemaUpgrade} migrates it, so the upgrade (and its backup and audit entry) is never skipped.
     */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : TABLES) s.execute(ddl);
            s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '" + VERSION + "')");
        }
    }

    /** The version stored in the database; 0 for a database without one yet (fresh). */
    static int storedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) return 0;
            throw e;
        }
    }
}
