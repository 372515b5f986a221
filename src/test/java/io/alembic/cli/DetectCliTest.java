package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.casefile.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** detect and evaluate end to end on a generated bundle: the JSON contract, storage, re-runs and the audit trail. */
class DetectCliTest {
    @TempDir Path tmp;

    @Test
    void detectStoresReplacesAndEvaluates() throws Exception {
        Path kase = tmp.resolve("case");
        assertEquals(0, CliRunner.run("sample", "--out", tmp.toString(), "--name", "b", "--seed", "3", "--accounts", "16",
                "--records", "3000").code());
        assertEquals(0, CliRunner.run("import", tmp.resolve("b").toString(), "--case", kase.toString()).code());

        CliRunner.Result r = CliRunner.run("detect", "--case", kase.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = r.json();
        assertTrue(doc.path("rules_version").asText().startsWith("rules-"));
        assertEquals(16, doc.path("accounts").size());
        JsonNode top = doc.path("accounts").get(0);
        for (String k : new String[]{"account_id", "score", "flagged", "findings", "cluster"}) assertTrue(top.has(k), k);
        JsonNode f = top.path("findings").get(0);
        for (String k : new String[]{"detector", "score", "explanation", "evidence", "evidence_count"}) assertTrue(f.has(k), k);
        assertTrue(doc.has("clusters"));

        Path rules = tmp.resolve("rules.json");
        Files.writeString(rules, "{\"cadence\": {\"min_requests\": 40}}");
        JsonNode again = CliRunner.run("detect", "--case", kase.toString(), "--rules", rules.toString(), "--json").json();
        assertNotEquals(doc.path("rules_version").asText(), again.path("rules_version").asText());
        try (Case c = Case.open(kase)) {
            assertEquals(again.path("rules_version").asText(), c.detections().orElseThrow().rulesVersion());
        }
        String audit = Files.readString(kase.resolve("audit.log.jsonl"));
        assertEquals(2, audit.split("\"detection_run\"", -1).length - 1);
        assertTrue(audit.contains("replaced_run"));

        CliRunner.Result e = CliRunner.run("evaluate", "--case", kase.toString(), "--labels", tmp.resolve("b.labels.json").toString(), "--json");
        assertEquals(0, e.code(), e.err());
        JsonNode ev = e.json();
        for (String k : new String[]{"precision", "recall", "f1", "confusion", "recall_by_tactic", "recall_by_campaign",
                "false_positives", "misses"}) assertTrue(ev.has(k), k);
        assertEquals(16, ev.path("confusion").path("true_positives").asLong() + ev.path("confusion").path("false_positives").asLong()
                + ev.path("confusion").path("false_negatives").asLong() + ev.path("confusion").path("true_negatives").asLong());
    }

    @Test
    void missingLabelsIsAOneLineError() {
        CliRunner.Result r = CliRunner.run("evaluate", "--case", tmp.resolve("nope").toString(), "--labels", tmp.resolve("x.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("alembic: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
