package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kills a child JVM with SIGKILL in the middle of an import, twice, then finishes the import and checks counts. */
class CrashResumeTest {
    private static final int RECORDS = 40_000;
    private static final int BAD_EVERY = 1_000;

    @TempDir Path tmp;

    @Test
    void killedImportResumesWithExactCounts() throws Exception {
        List<String> part1 = new ArrayList<>();
        List<String> part2 = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < RECORDS; i++) {
            String line = i % BAD_EVERY == 7 ? "{\"request_id\": \"broken-" + i + "\"" : request("r" + i,
                    "2026-01-01T00:00:00Z", "acct_" + (i % 50), "frontier-large-2026-01", "Question number " + i + " about the Krebs cycle");
            if (i % BAD_EVERY == 7) bad++;
            (i < RECORDS / 2 ? part1 : part2).add(line);
        }
        Path bundle = new TestBundle("CRASH").requests("records/part-00001.jsonl.gz", part1)
                .requests("records/part-00002.jsonl.gz", part2).writeTo(tmp.resolve("bundle"));
        Path caseDir = tmp.resolve("case");

        killAfter(bundle, caseDir, 4_000);
        killAfter(bundle, caseDir, 24_000);

        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        int good = RECORDS - bad;
        assertEquals(good, r.json().get("records_imported").asLong());
        assertEquals(bad, r.json().get("records_quarantined").asLong());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"))) {
            assertEquals(good, query(c, "SELECT COUNT(*) FROM requests"));
            assertEquals(good, query(c, "SELECT COUNT(DISTINCT request_id) FROM requests"));
            assertEquals(bad, query(c, "SELECT COUNT(*) FROM quarantine"));
        }
        JsonNode all = CliRunner.run("search", "--case", caseDir.toString(), "--json", "--limit", "0", "*").json();
        assertEquals(good, all.get("total").asLong(), "index holds each record exactly once");
        assertEquals(good, CliRunner.run("search", "--case", caseDir.toString(), "--json", "--limit", "0", "krebs").json().get("total").asLong());
        long accountsTotal = 0;
        for (JsonNode a : CliRunner.run("accounts", "--case", caseDir.toString(), "--json").json().get("accounts")) accountsTotal += a.get("records").asLong();
        assertEquals(good, accountsTotal);
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json").json().get("records_imported").asLong());
    }

    /** Starts the import in a child JVM and SIGKILLs it once the case has committed at least {@code lines} lines. */
    private void killAfter(Path bundle, Path caseDir, long lines) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dalembic.import.checkpoint=500", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import", bundle.toString(), "--case", caseDir.toString());
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + lines + ".log").toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committedLines(caseDir) < lines && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "child must still be importing when killed: " + Files.readString(tmp.resolve("child-" + lines + ".log")));
        p.destroyForcibly();   // SIGKILL on Unix: no shutdown hooks, no finally blocks
        p.waitFor();
        assertTrue(committedLines(caseDir) < RECORDS, "killed before the end");
    }

    private static long committedLines(Path caseDir) {
        Path db = caseDir.resolve("case.db");
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return query(c, "SELECT COALESCE(SUM(lines_done), 0) FROM files");
        } catch (SQLException e) {
            return 0;   // schema not created yet
        }
    }

    private static long query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
