package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Streams stored requests for an export, in import (row) order, one row at a time: a case holds millions of
 * records, so nothing is collected. A selection is every record, the records of some accounts, the records a tag
 * reaches (as {@code tag:NAME} does in search: tagged records and all records of tagged accounts, keys and IPs),
 * or given row ids (a query's hits, resolved by the caller).
 */
public final class RecordScan {
    /** Which rows; build with the factories. */
    public static final class Selection {
        private final String where;
        private final Object[] args;
        private final long[] rowIds;

        private Selection(String where, Object[] args, long[] rowIds) {
            this.where = where;
            this.args = args;
            this.rowIds = rowIds;
        }

        public static Selection all() { return new Selection("1 = 1", new Object[0], null); }

        public static Selection accounts(List<String> accountIds) {
            if (accountIds.isEmpty()) return rows(new long[0]);
            return new Selection("r.account_id IN (" + String.join(",", Collections.nCopies(accountIds.size(), "?")) + ")",
                    accountIds.toArray(), null);
        }

        public static Selection tag(String tag) {
            String live = "SELECT target FROM tags WHERE tag = ? AND removed_at IS NULL AND target_kind = ";
            return new Selection("r.request_id IN (" + live + "'record') OR r.account_id IN (" + live + "'account')"
                    + " OR r.api_key_id IN (" + live + "'key') OR r.ip IN (" + live + "'ip')",
                    new Object[] {tag, tag, tag, tag}, null);
        }

        /** @param ascendingRowIds store row ids, ascending (what the index's row collector returns) */
        public static Selection rows(long[] ascendingRowIds) { return new Selection(null, null, ascendingRowIds); }
    }

    /** One stored request: where it came from and its verbatim line. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(long rowId, String bundleKey, String file, long line, byte[] rawJson);
    }

    private static final String SELECT =
            "SELECT r.id, r.bundle_key, r.file, r.line, w.raw_json FROM requests r JOIN request_raw w ON w.id = r.id WHERE ";
    private static final int CHUNK = 500;

    private final CaseDatabase db;

    public RecordScan(CaseDatabase db) { this.db = db; }

    public long count(Selection s) {
        if (s.rowIds != null) return s.rowIds.length;
        return Sql.queryLong(db, "SELECT COUNT(*) FROM requests r WHERE " + s.where, s.args);
    }

    public void forEach(Selection s, RowConsumer consumer) {
        try {
            if (s.rowIds == null) {
                scan(SELECT + "(" + s.where + ") ORDER BY r.id", s.args, consumer);
                return;
            }
            // ascending ids in ascending chunks keep the whole stream in row order
            for (int from = 0; from < s.rowIds.length; from += CHUNK) {
                int to = Math.min(s.rowIds.length, from + CHUNK);
                Object[] ids = new Object[to - from];
                for (int i = from; i < to; i++) ids[i - from] = s.rowIds[i];
                scan(SELECT + "r.id IN (" + String.join(",", Collections.nCopies(ids.length, "?")) + ") ORDER BY r.id", ids, consumer);
            }
        } catch (SQLException e) {
            throw db.fail("export requests", e);
        }
    }

    private void scan(String sql, Object[] args, RowConsumer consumer) throws SQLException {
        try (PreparedStatement st = db.connection().prepareStatement(sql)) {
            st.setFetchSize(1000);
            Sql.bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) consumer.accept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBytes(5));
            }
        }
    }
}
