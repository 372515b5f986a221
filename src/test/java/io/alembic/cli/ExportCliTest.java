package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.bundle.Sha256;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseException;
import io.alembic.export.ExportFormat;
import io.alembic.export.ExportRequest;
import io.alembic.export.ExportScope;
import io.alembic.export.StixSchemas;
import io.alembic.testutil.TestBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * export over a small case: prompts written to break CSV and spreadsheets, a hostile user agent behind a router,
 * a tagged account and record, and enough filler to cancel a run midway.
 */
class ExportCliTest {
    static final ObjectMapper M = new ObjectMapper();
    /** What acct_a typed: CSV metacharacters and formula starts, as the people under investigation could. */
    static final List<String> PROMPTS = List.of(
            "He said, \"hello\", then left",
            "line one\nline two\r\nline three, with a comma",
            "=HYPERLINK(\"http://x.example\",\"click\")",
            "+1 and then some",
            "-2+3",
            "@SUM(A1:A9)",
            "\tstarts with a tab",
            "\rstarts with a carriage return",
            "plain \"quoted\" text; semicolons; and 'single' quotes");
    static final String HOSTILE_UA = "curl'\\\" ] OR [x";

    @TempDir static Path tmp;
    static String caseDir;
    static final Map<String, String> lines = new LinkedHashMap<>();

    @BeforeAll
    static void importFixture() throws Exception {
        Map<String, Object> routed = Map.of("client", Map.of("ip", "198.51.100.7", "asn", 64501, "as_org", "Relay AS",
                "user_agent", HOSTILE_UA, "router", "relay.example.net", "forwarded_for", List.of("100.64.0.7")));
        for (int i = 0; i < PROMPTS.size(); i++) {
            lines.put("ra" + i, request("ra" + i, String.format("2026-01-01T10:%02d:00Z", i), "acct_a", "m", PROMPTS.get(i), routed));
        }
        for (int i = 0; i < 5; i++) lines.put("rb" + i, request("rb" + i, String.format("2026-01-02T10:%02d:00Z", i), "acct_b", "m", "Explain the Krebs cycle, step " + i));
        for (int i = 0; i < 2_100; i++) {
            lines.put("rc" + i, request("rc" + i, String.format("2026-01-03T%02d:%02d:%02dZ", i / 3600, i / 60 % 60, i % 60), "acct_c", "m", "Write a poem about the sea, item " + i));
        }
        Path bundle = new TestBundle("EXPORTCLI").requests("records/part-00001.jsonl", new ArrayList<>(lines.values())).writeTo(tmp.resolve("bundle"));
        caseDir = tmp.resolve("case").toString();
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir).code());
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--account", "acct_b", "--tag", "cot-harvest").code());
        assertEquals(0, CliRunner.run("tag", "--case", caseDir, "--record", "rc7", "--tag", "cot-harvest").code());
    }

    static CliRunner.Result export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--case", caseDir, "--json"));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    static Set<String> jsonIds(Path file) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode r : M.readTree(file.toFile()).get("records")) ids.add(r.get("request_id").asText());
        return ids;
    }

    static JsonNode lastAuditEntry() throws Exception {
        List<String> log = Files.readAllLines(Path.of(caseDir, "audit.log.jsonl"));
        return M.readTree(log.get(log.size() - 1));
    }

    @Test
    void csvRoundTripsPromptsAndGuardsFormulas() throws Exception {
        Path out = tmp.resolve("a.csv");
        CliRunner.Result r = export("--format", "csv", "--account", "acct_a", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> prompts = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) {
                prompts.put(rec.get("request_id"), rec.get("prompt"));
                assertEquals(HOSTILE_UA, rec.get("user_agent"), "text without a formula start is unchanged");
                assertEquals("EXPORTCLI", rec.get("bundle_id"));
            }
        }
        assertEquals(PROMPTS.size(), prompts.size());
        for (int i = 0; i < PROMPTS.size(); i++) {
            String typed = PROMPTS.get(i);
            boolean formula = "=+-@\t\r".indexOf(typed.charAt(0)) >= 0;
            assertEquals(formula ? "'" + typed : typed, prompts.get("ra" + i), "prompt " + i);
        }
        // the findings file sits beside it, with its own header
        Path findings = tmp.resolve("a.findings.csv");
        assertTrue(Files.readString(findings).startsWith("account_id,account_score,account_flagged,cluster,detector"));

        JsonNode doc = r.json();
        assertEquals(Sha256.of(Files.readAllBytes(out)), doc.get("sha256").asText());
        assertEquals(2, doc.get("files").size());
        JsonNode audit = lastAuditEntry();
        assertEquals("export_made", audit.get("action").asText());
        assertEquals(doc.get("sha256").asText(), audit.get("details").get("sha256").asText());
        assertEquals(Sha256.of(Files.readAllBytes(findings)), audit.get("details").get("files").get(1).get("sha256").asText());
        assertEquals("accounts", audit.get("details").get("scope").asText());
        assertEquals(audit.get("seq").asLong(), doc.get("audit_head").get("seq").asLong());
        assertEquals(audit.get("hash").asText(), doc.get("audit_head").get("hash").asText());
    }

    @Test
    void textOutputEndsWithTheAuditHead() {
        CliRunner.Result r = CliRunner.run("export", "--case", caseDir, "--format", "json", "--account", "acct_b", "--out", tmp.resolve("t.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exported 5 records of 1 accounts"), r.out());
        assertTrue(r.out().strip().lines().reduce((a, b) -> b).orElseThrow().matches("audit head: \\d+:[0-9a-f]{64}"), r.out());
    }

    @Test
    void jsonHoldsTheSelectedRecordsOnlyWithTheirVerbatimLines() throws Exception {
        Path out = tmp.resolve("b.json");
        CliRunner.Result r = export("--format", "json", "--account", "acct_b", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = M.readTree(out.toFile());
        assertEquals(Set.of("rb0", "rb1", "rb2", "rb3", "rb4"), jsonIds(out));
        for (JsonNode rec : doc.get("records")) {
            String id = rec.get("request_id").asText();
            assertEquals(M.readTree(lines.get(id)), rec.get("record"), "verbatim line of " + id);
            assertEquals("records/part-00001.jsonl", rec.get("source").get("file").asText());
            assertEquals("acct_b", rec.get("account_id").asText());
        }
        assertEquals(5, doc.get("counts").get("records").asLong());
        assertEquals("accounts", doc.get("export").get("scope").get("kind").asText());
    }

    @Test
    void scopesSelectExactlyTheirRecords() throws Exception {
        Path tag = tmp.resolve("tag.json");
        assertEquals(0, export("--format", "json", "--tag", "cot-harvest", "--out", tag.toString()).code());
        assertEquals(Set.of("rb0", "rb1", "rb2", "rb3", "rb4", "rc7"), jsonIds(tag), "the tagged account's records and the tagged record");

        Path query = tmp.resolve("query.json");
        assertEquals(0, export("--format", "json", "--query", "krebs OR \"item 12\"", "--out", query.toString()).code());
        Set<String> hits = new TreeSet<>();
        CliRunner.Result s = CliRunner.run("search", "--case", caseDir, "--json", "--limit", "100000", "krebs OR \"item 12\"");
        for (JsonNode h : s.json().get("hits")) hits.add(h.get("request_id").asText());
        assertEquals(Set.of("rb0", "rb1", "rb2", "rb3", "rb4", "rc12"), hits);
        assertEquals(hits, jsonIds(query));

        Path two = tmp.resolve("two.csv");
        assertEquals(0, export("--format", "csv", "--account", "acct_a", "--account", "acct_b", "--out", two.toString()).code());
        Set<String> ids = new TreeSet<>();
        try (CSVParser p = CSVParser.parse(two, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) ids.add(rec.get("request_id"));
        }
        Set<String> expected = new TreeSet<>();
        lines.keySet().stream().filter(k -> k.startsWith("ra") || k.startsWith("rb")).forEach(expected::add);
        assertEquals(expected, ids);

        Path all = tmp.resolve("all.json");
        assertEquals(0, export("--format", "json", "--out", all.toString()).code());
        assertEquals(new TreeSet<>(lines.keySet()), jsonIds(all));
    }

    @Test
    void stixValidatesAndIsTheSameTwice() throws Exception {
        Path one = tmp.resolve("one.stix.json");
        Path two = tmp.resolve("two.stix.json");
        CliRunner.Result r = export("--format", "stix", "--account", "acct_a", "--account", "acct_b", "--out", one.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, export("--format", "stix", "--account", "acct_a", "--account", "acct_b", "--out", two.toString()).code());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        StixSchemas schemas = new StixSchemas();
        String json = Files.readString(one);
        assertEquals(List.of(), schemas.validateBundle(json));
        Set<String> types = new TreeSet<>();
        for (JsonNode o : M.readTree(json).get("objects")) {
            types.add(o.get("type").asText());
            assertEquals(List.of(), schemas.validateObject(o.get("type").asText(), o.toString()), o.toString());
        }
        assertTrue(types.containsAll(List.of("identity", "campaign", "indicator", "infrastructure", "observed-data", "relationship")), types.toString());
        assertTrue(json.contains("'curl\\\\'\\\\\\\\\\\" ] OR [x'"), "user agent escaped inside the pattern (JSON-encoded)");
        for (String iri : schemas.requested()) assertTrue(iri.startsWith(StixSchemas.BASE), iri);
        assertEquals(r.json().get("stix_objects").asLong(), M.readTree(json).get("objects").size());
    }

    @Test
    void refusesWhatItCannotDo() {
        String out = tmp.resolve("x.csv").toString();
        CliRunner.Result unknown = export("--format", "csv", "--account", "acct_nobody", "--out", out);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no account acct_nobody"), unknown.err());
        assertTrue(export("--format", "csv", "--tag", "no-such-tag", "--out", out).err().contains("no tag \"no-such-tag\""));
        assertTrue(export("--format", "csv", "--query", "zebra", "--out", out).err().contains("selects no records"));
        CliRunner.Result two = export("--format", "csv", "--tag", "cot-harvest", "--query", "krebs", "--out", out);
        assertEquals(1, two.code());
        assertTrue(two.err().contains("at most one of --account, --tag and --query"), two.err());
        assertTrue(export("--format", "xml", "--out", out).err().contains("unknown export format"));
        CliRunner.Result stix = export("--format", "stix", "--out", out);
        assertEquals(1, stix.code());
        assertTrue(stix.err().contains("detection has not run"), stix.err());
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void cancelLeavesNoFileAndNoAuditEntry() throws Exception {
        Path out = tmp.resolve("cancelled.json");
        CancelToken cancel = new CancelToken();
        try (Case c = Case.open(Path.of(caseDir))) {
            long before = c.auditHead().seq();
            CaseException e = assertThrows(CaseException.class, () -> c.export(new ExportRequest(ExportFormat.JSON, ExportScope.all(), out),
                    (phase, done, total) -> cancel.cancel(), cancel));
            assertTrue(e.getMessage().startsWith("export cancelled after 2000 of"), e.getMessage());
            assertEquals(before, c.auditHead().seq());
        }
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
        assertEquals(0, CliRunner.run("verify", "--case", caseDir).code(), "exports keep the case verifiable");
    }
}
