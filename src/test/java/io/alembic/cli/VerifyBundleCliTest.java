package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** verify BUNDLE: a bundle folder or zip against its own manifest, with no case made. */
class VerifyBundleCliTest {
    @TempDir Path tmp;

    private Path bundle() throws IOException {
        return new TestBundle("B1").requests("records/part-00001.jsonl",
                List.of(request("b1", "2026-01-01T00:00:00Z", "a", "m", "hello"), request("b2", "2026-01-01T00:01:00Z", "a", "m", "again")))
                .writeTo(tmp.resolve("bundle"));
    }

    @Test
    void intactFolderAndZipMatchTheirManifest() throws IOException {
        Path dir = bundle();
        for (Path b : List.of(dir, TestBundle.zip(dir, tmp.resolve("b1.zip")))) {
            CliRunner.Result r = CliRunner.run("verify", b.toString(), "--json");
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.json().get("ok").asBoolean());
            assertEquals("B1", r.json().get("bundle_id").asText());
            assertEquals(1, r.json().get("files").size());
            assertTrue(r.json().get("files").get(0).get("verified").asBoolean());
        }
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("b1.zip", "bundle"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no case folder made");
        }
    }

    @Test
    void alteredFileIsNamed() throws IOException {
        Path dir = bundle();
        Path part = dir.resolve("records/part-00001.jsonl");
        Files.writeString(part, Files.readString(part).replace("hello", "jello"));
        CliRunner.Result r = CliRunner.run("verify", dir.toString(), "--json");
        assertEquals(2, r.code(), r.out());
        assertFalse(r.json().get("ok").asBoolean());
        JsonNode p = r.json().get("problems").get(0);
        assertEquals("bundle_file_altered", p.get("kind").asText());
        assertEquals("records/part-00001.jsonl", p.get("where").asText());
        assertTrue(p.get("expected").asText().endsWith("(manifest)"), p.toString());
        assertTrue(r.err().contains("records/part-00001.jsonl"), r.err());
    }

    @Test
    void missingFileInAZipIsNamed() throws IOException {
        Path dir = bundle();
        Files.delete(dir.resolve("records/part-00001.jsonl"));
        CliRunner.Result r = CliRunner.run("verify", TestBundle.zip(dir, tmp.resolve("b1.zip")).toString(), "--json");
        assertEquals(2, r.code(), r.out());
        JsonNode p = r.json().get("problems").get(0);
        assertEquals("bundle_file_missing", p.get("kind").asText());
        assertEquals("records/part-00001.jsonl", p.get("where").asText());
    }

    @Test
    void aCaseOrABundleNotBoth() throws IOException {
        CliRunner.Result r = CliRunner.run("verify", bundle().toString(), "--case", tmp.resolve("c").toString());
        assertEquals(1, r.code());
        assertFalse(Files.exists(tmp.resolve("c")));
    }
}
