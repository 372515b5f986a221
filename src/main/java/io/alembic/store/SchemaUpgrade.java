package io.alembic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrates a case database written by an older Alembic to {@link Schema#VERSION}, one step per version, all in one
 * transaction with the rows that record them: a crash leaves the database either as it was or fully upgraded.
 * The caller backs the case up before and writes the audit entry after (see the casefile package).
 */
public final class SchemaUpgrade {
    static final String MIGRATIONS_TABLE = """
        CREATE TABLE IF NOT EXISTS case_migrations(
          id INTEGER PRIMARY KEY, from_version INTEGER NOT NULL, to_version INTEGER NOT NULL, at TEXT NOT NULL,
          os_user TEXT, backup TEXT, steps TEXT NOT NULL, audit_seq INTEGER)""";

    /** One version's change; {@code sql} must be safe to run twice (a step may meet a half-created table). */
    private record Step(int from, String description, String... sql) { }

    // Index i migrates version i+1 to i+2. Version 1 is every case made before case formats were recorded.
    private static final Step[] STEPS = {
        new Step(1, "record case upgrades (case_migrations) and the case format in case.json", MIGRATIONS_TABLE),
    };

    /** An upgrade recorded in the database whose audit entry is not written yet. */
    public record Migration(long id, int from, int to, String at, String user, String backup, String steps) { }

    private final CaseDatabase db;

    public SchemaUpgrade(CaseDatabase db) { this.db = db; }

    /** The version the database holds. */
    public int version() {
        try {
            return Schema.storedVersion(db.connection());
        } catch (SQLException e) {
            throw db.fail("read schema version", e);
        }
    }

    /**
     * Runs every step from the stored version up to the current one and records them as one migration.
     * Returns it, or null when the database is already current.
     */
    public Migration upgrade(String at, String user, String backup) {
        Connection c = db.connection();
        return db.inTransaction(() -> {
            try {
                int from = Schema.storedVersion(c);
                if (from >= Schema.VERSION) return null;
                List<String> done = new ArrayList<>();
                try (Statement s = c.createStatement()) {
                    for (int v = from; v < Schema.VERSION; v++) {
                        Step step = STEPS[v - 1];
                        for (String sql : step.sql()) s.execute(sql);
                        done.add(v + "->" + (v + 1) + ": " + step.description());
                    }
                    s.execute("UPDATE meta SET value = '" + Schema.VERSION + "' WHERE key = 'schema_version'");
                }
                String steps = String.join("; ", done);
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO case_migrations(from_version, to_version, at, os_user, backup, steps) VALUES (?,?,?,?,?,?)")) {
                    p.setInt(1, from);
                    p.setInt(2, Schema.VERSION);
                    p.setString(3, at);
                    p.setString(4, user);
                    p.setString(5, backup);
                    p.setString(6, steps);
                    p.executeUpdate();
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                    rs.next();
                    return new Migration(rs.getLong(1), from, Schema.VERSION, at, user, backup, steps);
                }
            } catch (SQLException e) {
                throw db.fail("upgrade case database", e);
            }
        });
    }

    /** Upgrades whose audit entry is still to be written (normally none; one after a crash between the two). */
    public List<Migration> unaudited() {
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, from_version, to_version, at, os_user, backup, steps FROM case_migrations"
                     + " WHERE audit_seq IS NULL ORDER BY id")) {
            List<Migration> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Migration(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
            db.rollback();
            return out;
        } catch (SQLException e) {
            throw db.fail("read case migrations", e);
        }
    }

    /** Notes the audit entry that recorded an upgrade. */
    public void audited(long id, long auditSeq) {
        db.inTransaction(() -> {
            try (PreparedStatement p = db.connection().prepareStatement("UPDATE case_migrations SET audit_seq = ? WHERE id = ?")) {
                p.setLong(1, auditSeq);
                p.setLong(2, id);
                p.executeUpdate();
                return null;
            } catch (SQLException e) {
                throw db.fail("record case migration", e);
            }
        });
    }
}
