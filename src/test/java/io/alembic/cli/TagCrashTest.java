package io.alembic.cli;

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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILLs a child JVM that is tagging every record with four tags, one committed action per tag, right after its
 * first action committed: everything committed before (by this process and by the child) must still be there, and
 * each action must be all or nothing.
 */
class TagCrashTest {
    private static final int RECORDS = 20_000;
    private static final List<String> TAGS = List.of("volume-evasion", "templated-prompts", "cot-harvest", "capability-sweep");

    @TempDir Path tmp;

    @Test
    void killedTaggingLosesNoEarlierTag() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) lines.add(request("r" + i, "2026-01-01T00:00:00Z", "acct_" + (i % 20), "m", "Question " + i));
        Path bundle = new TestBundle("TAGCRASH").requests("records/part-00001.jsonl.gz", lines).writeTo(tmp.resolve("bundle"));
        String caseDir = tmp.resolve("case").toString();
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir).code());
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--record", "r1", "--tag", "benign-confirmed").code());
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--account", "acct_3", "--tag", "key-rotation").code());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "tag", "--case", caseDir, "--query", "*"));
        for (String t : TAGS) cmd.addAll(List.of("--tag", t));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path db = tmp.resolve("case").resolve("case.db");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(db, "SELECT COUNT(*) FROM tag_actions WHERE tag = 'volume-evasion'") == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        p.destroyForcibly();   // SIGKILL: no shutdown hooks, no finally blocks
        p.waitFor();
        assertEquals(1, count(db, "SELECT COUNT(*) FROM tag_actions WHERE tag = 'volume-evasion'"), Files.readString(tmp.resolve("child.log")));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals("ok", string(c, "PRAGMA integrity_check"));
        }
        assertEquals(1, count(db, "SELECT COUNT(*) FROM tags WHERE tag = 'benign-confirmed' AND target = 'r1' AND removed_at IS NULL"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM tags WHERE tag = 'key-rotation' AND target = 'acct_3' AND removed_at IS NULL"));
        assertEquals(RECORDS, count(db, "SELECT COUNT(*) FROM tags WHERE tag = 'volume-evasion' AND removed_at IS NULL"),
                "the killed process's committed action is complete");
        for (String t : TAGS) {
            long n = count(db, "SELECT COUNT(*) FROM tags WHERE tag = '" + t + "'");
            assertTrue(Set.of(0L, (long) RECORDS).contains(n), t + " is all or nothing, was " + n);
        }
        assertEquals(RECORDS, CliRunner.run("search", "--case", caseDir, "--json", "--limit", "0", "tag:volume-evasion").json().get("total").asLong());
        assertEquals(RECORDS / 20, CliRunner.run("search", "--case", caseDir, "--json", "--limit", "0", "tag:key-rotation").json().get("total").asLong());
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--record", "r2", "--tag", "benign-confirmed").code(), "case still writable");
    }

    private static long count(Path db, String sql) {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
