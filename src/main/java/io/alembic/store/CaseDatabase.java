package io.alembic.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The case's SQLite database: one connection, WAL journal so readers are not blocked by an import, and
 * explicit transactions so a crash never leaves half a batch behind.
 */
public final class CaseDatabase implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private CaseDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static CaseDatabase open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), driverProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode keeps every committed transaction across a process crash (only power loss can
                // drop the last ones), which is the failure the importer must survive.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA cache_size=-131072");
                s.execute("PRAGMA temp_store=MEMORY");
                s.execute("PRAGMA busy_timeout=10000");
            }
            int stored = Schema.storedVersion(c);
            if (stored > Schema.VERSION) {
                c.close();
                throw new StoreException(file + ": case database has schema version " + stored
                        + ", newer than this Alembic reads (" + Schema.VERSION + "); open it with a newer Alembic", null);
            }
            Schema.create(c);
            c.setAutoCommit(false);
            c.commit();
            return new CaseDatabase(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open case database " + file + ": " + e.getMessage(), e);
        }
    }

    /** The case format this build writes and reads; older cases are migrated up to it ({@link SchemaUpgrade}). */
    public static int currentVersion() { return Schema.VERSION; }

    /** The driver would otherwise run an extra SELECT after every INSERT to fetch generated keys we never use. */
    private static java.util.Properties driverProperties() {
        org.sqlite.SQLiteConfig cfg = new org.sqlite.SQLiteConfig();
        cfg.setGetGeneratedKeys(false);
        return cfg.toProperties();
    }

    /**
     * A second connection for reads while the writer works: WAL gives it a consistent snapshot of the last commit.
     * It never writes ({@code query_only}) and expects the schema to exist (the writer is opened first).
     */
    public static CaseDatabase openReader(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), driverProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only=1");
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA busy_timeout=10000");
            }
            c.setAutoCommit(false);
            return new CaseDatabase(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open case database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Ends the read transaction, so the next read sees newer commits and the WAL can be checkpointed. */
    public void endRead() { rollback(); }

    Connection connection() { return connection; }

    public Path file() { return file; }

    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw fail("commit", e);
        }
    }

    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw fail("rollback", e);
        }
    }

    /**
     * Runs {@code work} as one transaction: committed before this returns, rolled back if it throws, so a crash or
     * an error never leaves half of an analyst's action behind and never touches what was committed before.
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            T result = work.get();
            commit();
            return result;
        } catch (RuntimeException e) {
            try {
                rollback();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Builds the secondary indexes (cheap after a bulk load) and refreshes the planner's statistics. */
    public void ensureIndexes() {
        try (Statement s = connection.createStatement()) {
            for (String ddl : Schema.SECONDARY_INDEXES) s.execute(ddl);
            // the planner needs the shape of each index, not an exact count: a sample of ~1000 rows per index keeps
            // ANALYZE from reading every index whole (at ten million rows, minutes of the import's single-threaded tail)
            s.execute("PRAGMA analysis_limit=1000");
            s.execute("ANALYZE");
            connection.commit();
        } catch (SQLException e) {
            throw fail("create indexes", e);
        }
    }

    StoreException fail(String what, SQLException e) {
        return new StoreException(what + " failed in " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }
}
