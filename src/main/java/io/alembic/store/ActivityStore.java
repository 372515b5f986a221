package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows a timeline aggregates, streamed in time order straight from SQLite so an account with hundreds of
 * thousands of requests is never held in memory as objects.
 */
public final class ActivityStore {
    /** Whose activity: one account, API key, client IP or router, or every account carrying a tag. */
    public enum Scope { ACCOUNT, KEY, IP, ROUTER, TAG }

    /** Receives one request; status is -1 when the record has none. */
    public interface RowSink {
        void accept(long tsMs, int status, String model, long inputTokens, long outputTokens, long reasoningTokens);
    }

    /** How many requests are in scope, and the first and last timestamp (0 when there are none). */
    public record Span(long count, long firstMs, long lastMs) {}

    private final CaseDatabase db;

    public ActivityStore(CaseDatabase db) { this.db = db; }

    public Span span(Scope scope, String value, Long fromMs, Long toMs) {
        String sql = "SELECT COUNT(*), MIN(ts_ms), MAX(ts_ms) FROM requests WHERE " + where(scope);
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, value, fromMs, toMs);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Span(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw db.fail("read activity span", e);
        }
    }

    /** Streams the requests in scope between fromMs and toMs (inclusive, null = open), ordered by time. */
    public void stream(Scope scope, String value, Long fromMs, Long toMs, RowSink sink) {
        String sql = "SELECT ts_ms, status, model, input_tokens, output_tokens, reasoning_tokens FROM requests WHERE " + where(scope)
                + " ORDER BY ts_ms, id";
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, value, fromMs, toMs);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int status = rs.getInt(2);
                    if (rs.wasNull()) status = -1;
                    sink.accept(rs.getLong(1), status, rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
            }
        } catch (SQLException e) {
            throw db.fail("read activity", e);
        }
    }

    private static String where(Scope scope) {
        String subject = switch (scope) {
            case ACCOUNT -> "account_id = ?";
            case KEY -> "api_key_id = ?";
            case IP -> "ip = ?";
            case ROUTER -> "router = ?";
            case TAG -> "account_id IN (SELECT target FROM tags WHERE tag = ? AND target_kind = 'account' AND removed_at IS NULL)";
        };
        return subject + " AND ts_ms >= ? AND ts_ms <= ?";
    }

    private static void bind(PreparedStatement s, String value, Long fromMs, Long toMs) throws SQLException {
        s.setString(1, value);
        s.setLong(2, fromMs == null ? Long.MIN_VALUE : fromMs);
        s.setLong(3, toMs == null ? Long.MAX_VALUE : toMs);
    }
}
