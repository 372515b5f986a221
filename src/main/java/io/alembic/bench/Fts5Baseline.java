package io.alembic.bench;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What an analyst would script instead of the workbench: parse the lines and bulk-load the text into an SQLite FTS5
 * table in one transaction. No evidence copy and no verbatim record, so it is a generous comparison for FTS5.
 */
final class Fts5Baseline {
    private Fts5Baseline() { }

    static long run(List<Path> requestFiles, Path dbFile) throws IOException {
        RecordParser parser = new RecordParser();
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE requests USING fts5(request_id UNINDEXED, account_id UNINDEXED, "
                        + "model UNINDEXED, prompt, system, response, reasoning)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO requests(request_id, account_id, model, prompt, system, response, reasoning) VALUES (?,?,?,?,?,?,?)")) {
                for (Path file : requestFiles) {
                    try (LineReader in = new LineReader(file)) {
                        while (in.next()) {
                            if (in.isBlank()) continue;
                            RequestRecord r;
                            try {
                                r = parser.parse(in.bytes(), in.length());
                            } catch (BadRecordException e) {
                                continue;
                            }
                            ins.setString(1, r.requestId());
                            ins.setString(2, r.accountId());
                            ins.setString(3, r.model());
                            ins.setString(4, r.promptText());
                            ins.setString(5, r.systemText());
                            ins.setString(6, r.responseContent());
                            ins.setString(7, r.reasoning());
                            ins.executeUpdate();
                            n++;
                        }
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("FTS5 baseline: " + e.getMessage(), e);
        }
        return n;
    }
}
