package io.alembic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Tiny helpers for one-value queries. */
final class Sql {
    private Sql() { }

    static long queryLong(CaseDatabase db, String sql, Object... args) {
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw db.fail(sql, e);
        }
    }

    static String queryString(CaseDatabase db, String sql, Object... args) {
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw db.fail(sql, e);
        }
    }

    static int update(CaseDatabase db, String sql, Object... args) {
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw db.fail(sql, e);
        }
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(CaseDatabase db, String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(mapper.map(rs));
                return out;
            }
        } catch (SQLException e) {
            throw db.fail(sql, e);
        }
    }

    /** Inserts one row and returns its new row id. */
    static long insert(CaseDatabase db, String sql, Object... args) {
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw db.fail(sql, e);
        }
        return queryLong(db, "SELECT last_insert_rowid()");
    }

    static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
    }
}
