package io.alembic.store;

import io.alembic.bundle.ClientInfo;
import io.alembic.bundle.RequestRecord;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Request rows: insertion during import (inside the caller's transaction) and look-ups by id. */
public final class RequestStore {
    /** What happened to one record offered to the store. */
    public enum Outcome { INSERTED, IDENTICAL_DUPLICATE, CONFLICTING_DUPLICATE }

    /** Where a stored request came from, and its verbatim JSON. */
    public record StoredRequest(long id, String requestId, String bundleKey, String file, long line, String rawJson) {}

    private static final String SELECT_ROW =
            "SELECT r.id, r.request_id, r.bundle_key, r.file, r.line, w.raw_json FROM requests r JOIN request_raw w ON w.id = r.id";

    private final CaseDatabase db;
    private PreparedStatement insert;
    private PreparedStatement insertRaw;
    private PreparedStatement byRequestId;

    public RequestStore(CaseDatabase db) { this.db = db; }

    /**
     * Inserts with the given row id. A request_id already present is not inserted again: byte-identical content
     * counts once, anything else is a conflict the caller quarantines.
     */
    public Outcome insert(long id, String bundleKey, String file, long line, RequestRecord r) {
        try {
            if (insert == null) {
                insert = db.connection().prepareStatement("""
                        INSERT OR IGNORE INTO requests(id, request_id, bundle_key, file, line, ts_ms, account_id, org_id,
                          api_key_id, endpoint, model, ip, asn, as_org, country, user_agent, router, forwarded_for, status,
                          finish_reason, error_type, input_tokens, output_tokens, reasoning_tokens, latency_ms)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""");
                insertRaw = db.connection().prepareStatement("INSERT INTO request_raw(id, raw_json) VALUES (?,?)");
            }
            ClientInfo c = r.client();
            PreparedStatement s = insert;
            s.setLong(1, id);
            s.setString(2, r.requestId());
            s.setString(3, bundleKey);
            s.setString(4, file);
            s.setLong(5, line);
            s.setLong(6, r.timestampMs());
            s.setString(7, r.accountId());
            s.setString(8, r.orgId());
            s.setString(9, r.apiKeyId());
            s.setString(10, r.endpoint());
            s.setString(11, r.model());
            s.setString(12, c.ip());
            setLong(s, 13, c.asn());
            s.setString(14, c.asOrg());
            s.setString(15, c.country());
            s.setString(16, c.userAgent());
            s.setString(17, c.router());
            s.setString(18, c.forwardedFor().isEmpty() ? null : String.join(",", c.forwardedFor()));
            if (r.status() == null) s.setNull(19, Types.INTEGER); else s.setInt(19, r.status());
            s.setString(20, r.finishReason());
            s.setString(21, r.errorType());
            s.setLong(22, r.inputTokens());
            s.setLong(23, r.outputTokens());
            s.setLong(24, r.reasoningTokens());
            setLong(s, 25, r.latencyMs());
            if (s.executeUpdate() == 1) {
                insertRaw.setLong(1, id);
                insertRaw.setString(2, r.rawJson());
                insertRaw.executeUpdate();
                return Outcome.INSERTED;
            }
            StoredRequest existing = byRequestId(r.requestId()).orElseThrow();
            return existing.rawJson().equals(r.rawJson()) ? Outcome.IDENTICAL_DUPLICATE : Outcome.CONFLICTING_DUPLICATE;
        } catch (SQLException e) {
            if (e instanceof org.sqlite.SQLiteException se && se.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_TOOBIG) {
                remove(id); // the row may be in while its verbatim line was refused
                throw new RecordTooLargeException("cannot be stored: larger than the database allows for one value ("
                        + se.getMessage() + ")", e);
            }
            throw db.fail("insert request " + r.requestId(), e);
        }
    }

    /** Takes a row inserted in the current transaction back out (its document was refused by the index). */
    public void remove(long id) {
        Sql.update(db, "DELETE FROM request_raw WHERE id = ?", id);
        Sql.update(db, "DELETE FROM requests WHERE id = ?", id);
    }

    private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER); else s.setLong(i, v);
    }

    public Optional<StoredRequest> byRequestId(String requestId) {
        try {
            if (byRequestId == null) {
                byRequestId = db.connection().prepareStatement(
                        SELECT_ROW + " WHERE r.request_id = ?");
            }
            byRequestId.setString(1, requestId);
            try (ResultSet rs = byRequestId.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.fail("read request " + requestId, e);
        }
    }

    /** Rows for many request ids at once, in the order asked (missing ids are left out). */
    public List<StoredRequest> byRequestIds(Collection<String> requestIds) {
        Map<String, StoredRequest> found = new LinkedHashMap<>();
        for (String id : requestIds) found.put(id, null);
        List<String> ids = new ArrayList<>(found.keySet());
        try {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = db.connection().prepareStatement(
                        SELECT_ROW + " WHERE r.request_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) s.setString(i + 1, chunk.get(i));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) found.put(rs.getString(2), row(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.fail("read requests", e);
        }
        return found.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    private static StoredRequest row(ResultSet rs) throws SQLException {
        return new StoredRequest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));
    }

    /** Highest row id committed, 0 for an empty case: the index must hold exactly the rows up to it. */
    public long maxId() { return Sql.queryLong(db, "SELECT COALESCE(MAX(id), 0) FROM requests"); }

    public long count() { return Sql.queryLong(db, "SELECT COUNT(*) FROM requests"); }

    public long countForBundle(String bundleKey) {
        return Sql.queryLong(db, "SELECT COUNT(*) FROM requests WHERE bundle_key = ?", bundleKey);
    }

    public long distinctAccountsForBundle(String bundleKey) {
        return Sql.queryLong(db, "SELECT COUNT(DISTINCT account_id) FROM requests WHERE bundle_key = ?", bundleKey);
    }

    /** Streams every stored request's verbatim JSON in row order; nothing is held beyond the current row. */
    public void forEachRawJson(java.util.function.Consumer<String> consumer) {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT raw_json FROM request_raw ORDER BY id")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) consumer.accept(rs.getString(1));
            }
        } catch (SQLException e) {
            throw db.fail("scan requests", e);
        }
    }

    /** The verbatim lines as UTF-8 bytes, in import order: a scan that decodes only what its consumer parses. */
    public void forEachRawBytes(java.util.function.Consumer<byte[]> consumer) {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT raw_json FROM request_raw ORDER BY id")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) consumer.accept(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw db.fail("scan requests", e);
        }
    }

    /** Row id and verbatim JSON of every stored request in row order: the detection scan. */
    public void forEachRawRow(RawRowConsumer consumer) {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT id, raw_json FROM request_raw ORDER BY id")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) consumer.accept(rs.getLong(1), rs.getBytes(2));
            }
        } catch (SQLException e) {
            throw db.fail("scan requests", e);
        }
    }

    @FunctionalInterface
    public interface RawRowConsumer { void accept(long rowId, byte[] rawJson); }

    /** request_id of each given row id (missing rows are absent from the map), in chunks SQLite can bind. */
    public java.util.Map<Long, String> requestIdsByRow(long[] rowIds) {
        java.util.Map<Long, String> out = new java.util.HashMap<>(rowIds.length * 2);
        for (int from = 0; from < rowIds.length; from += 500) {
            int to = Math.min(rowIds.length, from + 500);
            String marks = String.join(",", java.util.Collections.nCopies(to - from, "?"));
            try (PreparedStatement s = db.connection().prepareStatement("SELECT id, request_id FROM requests WHERE id IN (" + marks + ")")) {
                for (int i = from; i < to; i++) s.setLong(i - from + 1, rowIds[i]);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            } catch (SQLException e) {
                throw db.fail("look up request ids", e);
            }
        }
        return out;
    }

    /** Streams stored rows with id above {@code afterId}, for rebuilding the search index from the store. */
    public void forEachAfter(long afterId, java.util.function.Consumer<StoredRequest> consumer) {
        try (PreparedStatement s = db.connection().prepareStatement(
                SELECT_ROW + " WHERE r.id > ? ORDER BY r.id")) {
            s.setLong(1, afterId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) consumer.accept(row(rs));
            }
        } catch (SQLException e) {
            throw db.fail("scan requests", e);
        }
    }
}
