package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Sha256;
import io.alembic.testutil.TestBundle;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case written before heads and store digests were recorded (its log rebuilt here as that version wrote it) still
 * opens and verifies, with warnings saying what could not be checked; its next change anchors it.
 */
class OlderCaseVerifyTest {
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir Path tmp;

    private Path olderCase() throws IOException, SQLException {
        Path bundle = new TestBundle("OLD").requests("records/part-00001.jsonl",
                List.of(request("o1", "2026-01-01T00:00:00Z", "a", "m", "hello"), request("o2", "2026-01-01T00:01:00Z", "a", "m", "again")))
                .writeTo(tmp.resolve("bundle"));
        Path caseDir = tmp.resolve("case");
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir.toString()).code());
        Path log = caseDir.resolve("audit.log.jsonl");
        List<String> out = new ArrayList<>();
        String prev = "0".repeat(64);
        for (String line : Files.readAllLines(log)) {
            ObjectNode n = (ObjectNode) M.readTree(line);
            n.remove("hash");
            n.remove("anchored");
            ObjectNode details = (ObjectNode) n.get("details");
            details.remove("stored");
            details.remove("bundle_key");
            n.put("prev", prev);
            prev = Sha256.of(M.writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
            n.put("hash", prev);
            out.add(M.writeValueAsString(n));
        }
        Files.writeString(log, String.join("\n", out) + "\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db")); Statement s = c.createStatement()) {
            s.execute("DROP TABLE audit_anchors");
        }
        return caseDir;
    }

    private static List<String> kinds(JsonNode array) {
        List<String> k = new ArrayList<>();
        array.forEach(p -> k.add(p.get("kind").asText()));
        return k;
    }

    @Test
    void opensAndVerifiesWithWarningsNotFailures() throws Exception {
        Path caseDir = olderCase();
        assertEquals(0, CliRunner.run("accounts", "--case", caseDir.toString()).code());
        CliRunner.Result r = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of(), kinds(r.json().get("problems")));
        assertEquals(List.of("not_anchored", "no_store_digest"), kinds(r.json().get("warnings")));
        assertEquals(2, r.json().get("index").get("documents").asLong(), "the index is still held against the store");
    }

    @Test
    void itsNextChangeAnchorsIt() throws Exception {
        Path caseDir = olderCase();
        assertEquals(0, CliRunner.run("verify", "--case", caseDir.toString()).code());
        CliRunner.Result again = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(List.of("no_store_digest"), kinds(again.json().get("warnings")));

        Path log = caseDir.resolve("audit.log.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.remove(lines.size() - 1);
        Files.writeString(log, String.join("\n", lines) + "\n");
        CliRunner.Result cut = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(2, cut.code());
        assertTrue(kinds(cut.json().get("problems")).contains("audit_log_truncated"), cut.out());
    }
}
