package io.alembic.store;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestStoreLimitTest {
    @TempDir Path tmp;

    private static RequestRecord record(String id, String text) throws BadRecordException {
        byte[] line = TestBundle.request(id, "2026-01-14T03:12:45Z", "a1", "m1", text).getBytes(StandardCharsets.UTF_8);
        return new RecordParser().parse(line, line.length);
    }

    @Test
    void recordLargerThanSqliteAllowsIsRefusedWholeAndTheTransactionGoesOn() throws Exception {
        try (CaseDatabase db = CaseDatabase.open(tmp.resolve("case.db"))) {
            setLengthLimit(db, 2000); // the same refusal SQLite gives past its 1 GB default, at a size a test can afford
            RequestStore store = new RequestStore(db);
            assertEquals(RequestStore.Outcome.INSERTED, store.insert(1, "k", "f", 1, record("r1", "short")));
            RecordTooLargeException e = assertThrows(RecordTooLargeException.class, () -> store.insert(2, "k", "f", 2, record("r2", "x".repeat(3000))));
            assertTrue(e.getMessage().startsWith("cannot be stored: larger than the database allows for one value"), e.getMessage());
            assertEquals(RequestStore.Outcome.INSERTED, store.insert(3, "k", "f", 3, record("r3", "short too")));
            db.commit();
            assertEquals(2, store.count());
            assertEquals(2, Sql.queryLong(db, "SELECT COUNT(*) FROM request_raw"));
            assertTrue(store.byRequestId("r2").isEmpty());
        }
    }

    private static void setLengthLimit(CaseDatabase db, int bytes) throws SQLException {
        db.connection().unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, bytes);
    }
}
