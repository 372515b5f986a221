package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.store.CaseDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * case-format-1.zip is a small case made by Alembic 0.1.0 before case formats were recorded (import of a generated
 * bundle, detect, a tag and a note): opening it with this build must back it up, migrate it, record the upgrade in the
 * audit log, and leave a case that verifies clean and answers as before.
 */
class CaseMigrationTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir Path tmp;

    private Path fixture() throws IOException {
        Path dir = tmp.resolve("case");
        try (InputStream in = getClass().getResourceAsStream("case-format-1.zip"); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path p = dir.resolve(e.getName()).normalize();
                assertTrue(p.startsWith(dir));
                if (e.isDirectory()) Files.createDirectories(p);
                else {
                    Files.createDirectories(p.getParent());
                    Files.copy(zip, p);
                }
            }
        }
        return dir;
    }

    @Test
    void formatOneCaseIsBackedUpMigratedAndAudited() throws IOException {
        Path dir = fixture();
        assertEquals(1, CaseFolder.existing(dir).formatVersion());
        byte[] db = Files.readAllBytes(dir.resolve("case.db"));
        byte[] log = Files.readAllBytes(dir.resolve("audit.log.jsonl"));
        byte[] marker = Files.readAllBytes(dir.resolve("case.json"));
        long recordsBefore;
        try (Case c = Case.open(dir)) {
            recordsBefore = c.recordCount();
            assertEquals(40, recordsBefore);
            assertTrue(c.search(SearchQuery.of("tag:cot-harvest", 10)).total() > 0, "tags made by format 1 still searchable");
            assertTrue(c.detections().isPresent(), "stored detection run survives");
            assertEquals(1, c.notes(null).size());
        }
        int current = CaseDatabase.currentVersion();
        assertEquals(current, CaseFolder.existing(dir).formatVersion());
        assertEquals(String.valueOf(current), sql(dir, "SELECT value FROM meta WHERE key = 'schema_version'"));

        // backup first: byte-for-byte the files the upgrade rewrote
        List<Path> backups;
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) { backups = s.toList(); }
        assertEquals(1, backups.size());
        Path backup = backups.get(0);
        assertTrue(backup.getFileName().toString().startsWith("format-1-"), backup.toString());
        assertArrayEquals(db, Files.readAllBytes(backup.resolve("case.db")));
        assertArrayEquals(log, Files.readAllBytes(backup.resolve("audit.log.jsonl")));
        assertArrayEquals(marker, Files.readAllBytes(backup.resolve("case.json")));

        // recorded in the audit log (anchored in case.db like every entry) and in case_migrations
        List<String> lines = Files.readAllLines(dir.resolve("audit.log.jsonl"));
        JsonNode last = M.readTree(lines.get(lines.size() - 1));
        assertEquals("case_migrated", last.path("action").asText());
        assertEquals(1, last.path("details").path("from_format").asInt());
        assertEquals(current, last.path("details").path("to_format").asInt());
        assertEquals(dir.relativize(backup).toString(), last.path("details").path("backup").asText());
        assertEquals(last.path("seq").asText(), sql(dir, "SELECT audit_seq FROM case_migrations"));

        try (Case c = Case.open(dir)) {
            CaseVerification v = c.verify();
            assertTrue(v.ok(), () -> "migrated case verifies: " + v.problems());
            assertEquals(recordsBefore, c.recordCount());
        }
        // a second open is a no-op: no new backup, no second migration entry
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) { assertEquals(1, s.count()); }
        assertEquals(1, Files.readAllLines(dir.resolve("audit.log.jsonl")).stream().filter(l -> l.contains("\"case_migrated\"")).count());
    }

    @Test
    void aNewerCaseIsRefusedAndLeftUntouched() throws IOException {
        Path dir = fixture();
        ObjectNode n = (ObjectNode) M.readTree(dir.resolve("case.json").toFile());
        n.put("format_version", CaseDatabase.currentVersion() + 1);
        Files.writeString(dir.resolve("case.json"), M.writeValueAsString(n));
        byte[] db = Files.readAllBytes(dir.resolve("case.db"));
        CaseException e = assertThrows(CaseException.class, () -> Case.open(dir));
        assertTrue(e.getMessage().contains("made by a newer Alembic (case format " + (CaseDatabase.currentVersion() + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("nothing in the case was changed"), e.getMessage());
        assertArrayEquals(db, Files.readAllBytes(dir.resolve("case.db")));
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void anUpgradeWhoseAuditEntryWasLostIsRecordedOnTheNextOpen() throws Exception {
        Path dir = fixture();
        try (Case c = Case.open(dir)) { c.recordCount(); }
        // as if the process died after the database commit, before the audit entry: drop the entry, unmark the row
        Path log = dir.resolve("audit.log.jsonl");
        List<String> lines = Files.readAllLines(log);
        Files.write(log, lines.subList(0, lines.size() - 1));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db")); Statement s = c.createStatement()) {
            s.execute("UPDATE case_migrations SET audit_seq = NULL");
            s.execute("DELETE FROM audit_anchors WHERE seq = " + lines.size());
        }
        try (Case c = Case.open(dir)) { c.recordCount(); }
        assertTrue(Files.readAllLines(log).get(lines.size() - 1).contains("\"case_migrated\""));
    }

    @Test
    void aNewCaseIsStampedWithTheCurrentFormat() throws IOException {
        try (Case c = Case.openOrCreate(tmp.resolve("fresh"))) { c.recordCount(); }
        assertEquals(CaseDatabase.currentVersion(), CaseFolder.existing(tmp.resolve("fresh")).formatVersion());
        assertFalse(Files.exists(tmp.resolve("fresh/backups")));
    }

    private static String sql(Path dir, String query) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("case.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
