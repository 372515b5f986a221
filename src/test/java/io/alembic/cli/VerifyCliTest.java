package io.alembic.cli;

import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyCliTest {
    @TempDir Path tmp;

    private Path importedCase() throws IOException {
        Path bundle = new TestBundle("V1").requests("records/part-00001.jsonl",
                List.of(request("v1", "2026-01-01T00:00:00Z", "a", "m", "hello"), request("v2", "2026-01-01T00:01:00Z", "a", "m", "again")))
                .writeTo(tmp.resolve("bundle"));
        Path caseDir = tmp.resolve("case");
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir.toString()).code());
        return caseDir;
    }

    @Test
    void intactCaseVerifies() throws IOException {
        Path caseDir = importedCase();
        CliRunner.Result r = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().get("ok").asBoolean());
        assertEquals(2, r.json().get("files").size(), "manifest.json and the requests file");
    }

    @Test
    void alteredEvidenceCopyFailsWithExit2() throws IOException {
        Path caseDir = importedCase();
        Path copy;
        try (var s = Files.walk(caseDir.resolve("evidence"))) {
            copy = s.filter(p -> p.toString().endsWith("part-00001.jsonl")).findFirst().orElseThrow();
        }
        copy.toFile().setWritable(true);
        Files.writeString(copy, Files.readString(copy).replace("hello", "HELLO"));
        CliRunner.Result r = CliRunner.run("verify", "--case", caseDir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("part-00001.jsonl"), r.err());
    }

    @Test
    void editedAuditLogFailsWithExit2() throws IOException {
        Path caseDir = importedCase();
        Path audit = caseDir.resolve("audit.log.jsonl");
        Files.writeString(audit, Files.readString(audit).replace("import_completed", "import_complete"));
        CliRunner.Result r = CliRunner.run("verify", "--case", caseDir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("audit.log.jsonl line"), r.err());
    }
}
