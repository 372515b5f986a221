package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Sha256;
import io.alembic.testutil.TestBundle;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each tamper an auditor could meet gives exit 2 and a problem naming the item; an untouched case verifies. */
class IntegrityCliTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir Path tmp;

    private Path bundle() throws IOException {
        return new TestBundle("I1").requests("records/part-00001.jsonl", List.of(
                request("r1", "2026-01-01T00:00:00Z", "acct-a", "m", "first prompt"),
                request("r2", "2026-01-01T00:01:00Z", "acct-a", "m", "second prompt"),
                request("r3", "2026-01-01T00:02:00Z", "acct-b", "m", "third prompt"),
                "not json at all")).writeTo(tmp.resolve("bundle"));
    }

    private Path importedCase() throws IOException {
        Path caseDir = tmp.resolve("case");
        CliRunner.Result r = CliRunner.run("import", bundle().toString(), "--case", caseDir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        return caseDir;
    }

    private static CliRunner.Result verify(Path caseDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--case", caseDir.toString(), "--json"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** The problem of that kind, failing with the whole output if there is none. */
    private static JsonNode problem(CliRunner.Result r, String kind) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertFalse(r.json().get("ok").asBoolean());
        for (JsonNode p : r.json().get("problems")) if (p.get("kind").asText().equals(kind)) return p;
        throw new AssertionError("no problem of kind " + kind + " in " + r.out());
    }

    private static List<String> auditLines(Path caseDir) throws IOException {
        return new ArrayList<>(Files.readAllLines(caseDir.resolve("audit.log.jsonl")));
    }

    private static void writeAudit(Path caseDir, List<String> lines) throws IOException {
        Files.writeString(caseDir.resolve("audit.log.jsonl"), String.join("\n", lines) + "\n");
    }

    private static void sql(Path caseDir, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db")); Statement s = c.createStatement()) {
            for (String q : statements) s.executeUpdate(q);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** An entry changed and given a fresh, self-consistent hash: what a careful forger does. */
    private static String rehashed(ObjectNode n) {
        n.remove("hash");
        try {
            n.put("hash", Sha256.of(M.writeValueAsString(n).getBytes(StandardCharsets.UTF_8)));
            return M.writeValueAsString(n);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void untouchedCaseVerifiesWithStoreAndIndexSummedUp() throws IOException {
        Path caseDir = importedCase();
        CliRunner.Result r = verify(caseDir);
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertTrue(j.get("ok").asBoolean());
        assertEquals(0, j.get("problems").size(), r.out());
        assertEquals(0, j.get("warnings").size(), r.out());
        JsonNode store = j.get("store").get(0);
        assertEquals("records/part-00001.jsonl", store.get("path").asText());
        assertEquals(3, store.get("records").asLong(), "the quarantined line is no record");
        assertEquals(store.get("expected_lines_digest").asText(), store.get("lines_digest").asText());
        assertEquals(3, j.get("index").get("documents").asLong());
        assertEquals(j.get("index").get("records_ids_digest").asText(), j.get("index").get("documents_ids_digest").asText());
    }

    @Test
    void importRecordsPerFileCountsAndDigestsInTheAuditEntry() throws IOException {
        Path caseDir = importedCase();
        JsonNode completed = auditLines(caseDir).stream().map(IntegrityCliTest::json)
                .filter(n -> n.get("action").asText().equals("import_completed")).findFirst().orElseThrow();
        JsonNode stored = completed.get("details").get("stored").get(0);
        assertEquals("records/part-00001.jsonl", stored.get("path").asText());
        assertEquals(3, stored.get("records").asLong());
        assertTrue(stored.get("lines_digest").asText().matches("[0-9a-f]{64}"));
    }

    @Test
    void everyChangingCommandPrintsTheHeadTheLogAndDatabaseHold() throws IOException {
        Path caseDir = tmp.resolve("case");
        CliRunner.Result imp = CliRunner.run("import", bundle().toString(), "--case", caseDir.toString(), "--json");
        JsonNode head = imp.json().get("audit_head");
        JsonNode last = json(auditLines(caseDir).get(auditLines(caseDir).size() - 1));
        assertEquals(last.get("seq").asLong(), head.get("seq").asLong());
        assertEquals(last.get("hash").asText(), head.get("hash").asText());

        CliRunner.Result tag = CliRunner.run("tag", "--case", caseDir.toString(), "--record", "r1", "--tag", "cot-harvest");
        assertEquals(0, tag.code(), tag.err());
        String line = tag.out().lines().filter(l -> l.startsWith("audit head: ")).findFirst().orElseThrow(() -> new AssertionError(tag.out()));
        String noted = line.substring("audit head: ".length());
        assertEquals(head.get("seq").asLong() + 1, Long.parseLong(noted.substring(0, noted.indexOf(':'))));
        // the head noted after tagging still checks out after later commands
        assertEquals(0, CliRunner.run("note", "--case", caseDir.toString(), "--record", "r2", "--text", "later").code());
        assertEquals(0, verify(caseDir, "--expect-head", noted).code());
    }

    @Test
    void byteChangedInAnEvidenceCopy() throws IOException {
        Path caseDir = importedCase();
        Path copy;
        try (var s = Files.walk(caseDir.resolve("evidence"))) {
            copy = s.filter(p -> p.toString().endsWith("part-00001.jsonl")).findFirst().orElseThrow();
        }
        copy.toFile().setWritable(true);
        byte[] b = Files.readAllBytes(copy);
        b[10] ^= 1;
        Files.write(copy, b);
        JsonNode p = problem(verify(caseDir), "evidence_altered");
        assertTrue(p.get("where").asText().endsWith("/records/part-00001.jsonl"), p.toString());
        assertTrue(p.get("found").asText().contains(Sha256.of(copy)), p.toString());
    }

    @Test
    void auditEntryEdited() throws IOException {
        Path caseDir = importedCase();
        List<String> lines = auditLines(caseDir);
        lines.set(2, lines.get(2).replace("\"import_started\"", "\"import_begun\""));
        writeAudit(caseDir, lines);
        JsonNode p = problem(verify(caseDir), "audit_entry_altered");
        assertTrue(p.get("where").asText().startsWith("audit.log.jsonl line 3 (seq 3)"), p.toString());
    }

    @Test
    void auditEntryDeleted() throws IOException {
        Path caseDir = importedCase();
        List<String> lines = auditLines(caseDir);
        lines.remove(1);
        writeAudit(caseDir, lines);
        JsonNode p = problem(verify(caseDir), "audit_entry_missing");
        assertEquals("audit.log.jsonl before line 2", p.get("where").asText());
        assertEquals("seq 2", p.get("expected").asText());
    }

    @Test
    void auditEntriesReordered() throws IOException {
        Path caseDir = importedCase();
        List<String> lines = auditLines(caseDir);
        String second = lines.get(1);
        lines.set(1, lines.get(2));
        lines.set(2, second);
        writeAudit(caseDir, lines);
        JsonNode p = problem(verify(caseDir), "audit_entries_reordered");
        assertTrue(p.get("where").asText().startsWith("audit.log.jsonl line 2 (seq 3)"), p.toString());
    }

    @Test
    void newestAuditEntryCutOff() throws IOException {
        Path caseDir = importedCase();
        List<String> lines = auditLines(caseDir);
        long cut = json(lines.remove(lines.size() - 1)).get("seq").asLong();
        writeAudit(caseDir, lines);
        JsonNode p = problem(verify(caseDir), "audit_log_truncated");
        assertTrue(p.get("expected").asText().contains("entries up to seq " + cut), p.toString());
        assertEquals("the log ends at seq " + (cut - 1), p.get("found").asText());
    }

    @Test
    void newestAuditEntryRewrittenWithAFreshHash() throws IOException {
        Path caseDir = importedCase();
        List<String> lines = auditLines(caseDir);
        ObjectNode last = (ObjectNode) json(lines.get(lines.size() - 1));
        ((ObjectNode) last.get("details")).put("records_imported", 2);
        lines.set(lines.size() - 1, rehashed(last));
        writeAudit(caseDir, lines);
        JsonNode p = problem(verify(caseDir), "audit_head_mismatch");
        assertTrue(p.get("where").asText().contains("(seq " + last.get("seq").asLong() + ")"), p.toString());
    }

    @Test
    void newestRecordedHeadCutFromTheDatabase() throws IOException {
        Path caseDir = importedCase();
        sql(caseDir, "DELETE FROM audit_anchors WHERE id = (SELECT MAX(id) FROM audit_anchors)");
        long seq = json(auditLines(caseDir).get(auditLines(caseDir).size() - 1)).get("seq").asLong();
        JsonNode p = problem(verify(caseDir), "audit_head_unrecorded");
        assertTrue(p.get("where").asText().contains("(seq " + seq + ")"), p.toString());
    }

    @Test
    void recordDeletedFromTheStore() throws IOException {
        Path caseDir = importedCase();
        sql(caseDir, "DELETE FROM request_raw WHERE id = (SELECT id FROM requests WHERE request_id = 'r2')",
                "DELETE FROM requests WHERE request_id = 'r2'");
        CliRunner.Result r = verify(caseDir);
        JsonNode summary = problem(r, "store_records_changed");
        assertTrue(summary.get("found").asText().startsWith("2 records"), summary.toString());
        JsonNode p = problem(r, "record_deleted");
        assertEquals("I1/records/part-00001.jsonl line 2 (request_id r2)", p.get("where").asText());
    }

    @Test
    void recordAddedToTheStore() throws IOException {
        Path caseDir = importedCase();
        sql(caseDir, """
                INSERT INTO requests(id, request_id, bundle_key, file, line, ts_ms, account_id, model, input_tokens, output_tokens, reasoning_tokens)
                SELECT 1000, 'forged-1', bundle_key, file, 9, ts_ms, 'acct-z', model, 0, 0, 0 FROM requests WHERE request_id = 'r1'""",
                "INSERT INTO request_raw(id, raw_json) VALUES (1000, '{\"request_id\":\"forged-1\"}')");
        JsonNode p = problem(verify(caseDir), "record_added");
        assertTrue(p.get("where").asText().startsWith("case.db row 1000 (request_id forged-1"), p.toString());
    }

    @Test
    void recordEditedInTheStore() throws IOException {
        Path caseDir = importedCase();
        sql(caseDir, "UPDATE request_raw SET raw_json = replace(raw_json, 'third prompt', 'harmless prompt') "
                + "WHERE id = (SELECT id FROM requests WHERE request_id = 'r3')");
        JsonNode p = problem(verify(caseDir), "record_edited");
        assertTrue(p.get("where").asText().contains("request_id r3, records/part-00001.jsonl line 3"), p.toString());
    }

    @Test
    void documentDeletedFromTheIndex() throws IOException {
        Path caseDir = importedCase();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(caseDir.resolve("index")), new IndexWriterConfig())) {
            w.deleteDocuments(new Term("request_id", "r2"));
            w.commit();
        }
        CliRunner.Result r = verify(caseDir);
        JsonNode p = problem(r, "index_document_missing");
        assertTrue(p.get("where").asText().contains("(request_id r2)"), p.toString());
        assertEquals(2, r.json().get("index").get("documents").asLong());
    }

    @Test
    void wrongExpectedHead() throws IOException {
        Path caseDir = importedCase();
        JsonNode last = json(auditLines(caseDir).get(auditLines(caseDir).size() - 1));
        long seq = last.get("seq").asLong();
        String hash = last.get("hash").asText();
        assertEquals(0, verify(caseDir, "--expect-head", seq + ":" + hash).code());
        assertEquals(0, verify(caseDir, "--expect-head", seq + ":" + hash.substring(0, 16)).code(), "a head copied by hand may be shortened");

        String wrong = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
        JsonNode p = problem(verify(caseDir, "--expect-head", seq + ":" + wrong), "expected_head_mismatch");
        assertEquals("audit.log.jsonl seq " + seq, p.get("where").asText());
        assertEquals("hash " + hash, p.get("found").asText());
        JsonNode beyond = problem(verify(caseDir, "--expect-head", (seq + 50) + ":" + hash), "expected_head_mismatch");
        assertTrue(beyond.get("found").asText().startsWith("no entry with that seq"), beyond.toString());
    }

    @Test
    void textOutputNamesTheProblemAndTheHeadToNoteDown() throws IOException {
        Path caseDir = importedCase();
        sql(caseDir, "DELETE FROM requests WHERE request_id = 'r1'");
        CliRunner.Result r = CliRunner.run("verify", "--case", caseDir.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("PROBLEM  record_deleted: I1/records/part-00001.jsonl line 1 (request_id r1)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("audit head: \\d+:[0-9a-f]{64}")), r.out());
        assertTrue(r.err().startsWith("alembic: verification failed: store_records_changed"), r.err());
    }

    private static JsonNode json(String line) {
        try {
            return M.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
