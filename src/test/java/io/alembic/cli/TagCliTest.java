package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagCliTest {
    @TempDir static Path tmp;
    static String caseDir;

    @BeforeAll
    static void importFixture() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = i % 3 == 0 ? "Explain the Krebs cycle, item " + i : "Write a poem about the sea, item " + i;
            lines.add(request("r" + i, String.format("2026-01-%02dT%02d:%02d:00Z", 1 + i % 5, i % 24, i % 60), "acct_" + (i % 4), "m", text));
        }
        Path bundle = new TestBundle("TAGCLI").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("bundle"));
        caseDir = tmp.resolve("case").toString();
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir).code());
    }

    private static Set<String> searchIds(String q) {
        CliRunner.Result r = CliRunner.run("search", "--case", caseDir, "--json", "--limit", "100000", q);
        assertEquals(0, r.code(), r.err());
        Set<String> ids = new TreeSet<>();
        for (JsonNode h : r.json().get("hits")) ids.add(h.get("request_id").asText());
        assertEquals(r.json().get("total").asLong(), ids.size());
        return ids;
    }

    @Test
    void tagQueryTagsExactlyTheHitsAndUndoRemovesThem() {
        Set<String> krebs = searchIds("krebs AND account:acct_1");
        assertFalse(krebs.isEmpty());
        CliRunner.Result r = CliRunner.run("tag", "--case", caseDir, "--query", "krebs AND account:acct_1", "--tag", "templated-prompts", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(krebs.size(), r.json().get("actions").get(0).get("added").asLong());
        assertEquals(krebs, searchIds("tag:templated-prompts"));

        JsonNode tags = CliRunner.run("tags", "--case", caseDir, "--tag", "templated-prompts", "--json").json();
        Set<String> assigned = new TreeSet<>();
        for (JsonNode a : tags.get("assignments")) assigned.add(a.get("target").asText());
        assertEquals(krebs, assigned);
        for (JsonNode d : tags.get("definitions")) {
            if (d.get("name").asText().equals("templated-prompts")) assertEquals(krebs.size(), d.get("matching_records").asLong());
        }

        CliRunner.Result undo = CliRunner.run("undo", "--case", caseDir, "--json");
        assertEquals(0, undo.code(), undo.err());
        assertEquals("templated-prompts", undo.json().get("undone").get("tag").asText());
        assertEquals(Set.of(), searchIds("tag:templated-prompts"));
    }

    @Test
    void entityTagsAndErrors() {
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--account", "acct_2", "--tag", "key-rotation", "--note", "4 keys").code());
        assertEquals(searchIds("account:acct_2"), searchIds("tag:key-rotation"));
        assertEquals(0, CliRunner.run("untag", "--case", caseDir, "--account", "acct_2", "--tag", "key-rotation").code());
        assertEquals(Set.of(), searchIds("tag:key-rotation"));

        CliRunner.Result unknown = CliRunner.run("tag", "--case", caseDir, "--record", "r1", "--tag", "no-such-tag");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown tag \"no-such-tag\"") && unknown.err().contains("tags define"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count());
        assertEquals(1, CliRunner.run("tag", "--case", caseDir, "--record", "r1", "--query", "x", "--tag", "cot-harvest").code());

        CliRunner.Result def = CliRunner.run("tags", "define", "--case", caseDir, "no-such-tag", "--color", "#123456", "--json");
        assertEquals(0, def.code(), def.err());
        assertEquals("#123456", def.json().get("color").asText());
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--record", "r1", "--tag", "no-such-tag").code());
        assertEquals(Set.of("r1"), searchIds("tag:no-such-tag"));
    }

    @Test
    void notesBookmarksSavedSearches() {
        assertEquals(0, CliRunner.run("note", "--case", caseDir, "--record", "r2", "--text", "first\nsecond").code());
        JsonNode notes = CliRunner.run("notes", "--case", caseDir, "--json").json().get("notes");
        assertEquals("first\nsecond", notes.get(notes.size() - 1).get("text").asText());
        assertEquals(0, CliRunner.run("bookmark", "--case", caseDir, "--account", "acct_3", "--label", "look").code());
        assertTrue(CliRunner.run("bookmarks", "--case", caseDir, "--json").json().get("bookmarks").size() >= 1);
        assertEquals(0, CliRunner.run("saved-search", "--case", caseDir, "save", "krebs", "krebs").code());
        CliRunner.Result run = CliRunner.run("saved-search", "--case", caseDir, "run", "krebs", "--json", "--limit", "1000");
        assertEquals(0, run.code(), run.err());
        assertEquals(searchIds("krebs").size(), run.json().get("total").asLong());
        assertEquals(1, CliRunner.run("saved-search", "list", "--case", caseDir, "--json").json().get("saved_searches").size());
        assertEquals(0, CliRunner.run("saved-search", "--case", caseDir, "delete", "krebs").code());
        assertEquals(1, CliRunner.run("saved-search", "--case", caseDir, "run", "krebs").code());
    }

    @Test
    void timelineJsonShape() {
        CliRunner.Result r = CliRunner.run("timeline", "--case", caseDir, "--account", "acct_0", "--bin", "1d", "--tz", "America/New_York", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("acct_0", j.get("account_id").asText());
        assertEquals("1d", j.get("bin").asText());
        assertEquals(168, j.get("hour_of_week").size());
        long total = 0;
        for (JsonNode b : j.get("buckets")) {
            for (String f : List.of("start", "requests", "status_2xx", "status_429", "status_other", "input_tokens", "output_tokens", "reasoning_tokens")) {
                assertTrue(b.has(f), f);
            }
            total += b.get("requests").asLong();
        }
        assertEquals(15, total);
        long gaps = 0;
        for (JsonNode g : j.get("gaps_histogram")) {
            assertTrue(g.has("upper_ms"));
            gaps += g.get("count").asLong();
        }
        assertEquals(14, gaps);
        long how = 0;
        for (JsonNode c : j.get("hour_of_week")) how += c.asLong();
        assertEquals(15, how);
        assertEquals(1, CliRunner.run("timeline", "--case", caseDir, "--account", "nobody", "--json").code());
        assertEquals(0, CliRunner.run("timeline", "--case", caseDir, "--account", "acct_0").code());
    }
}
