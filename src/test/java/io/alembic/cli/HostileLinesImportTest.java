package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.casefile.Case;
import io.alembic.casefile.RecordDetail;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hostile inputs, each in a bundle with good lines around it: the bad line is named, every other imports. */
class HostileLinesImportTest {
    @TempDir Path tmp;

    private static String line(int i) {
        return request("r" + i, "2026-01-14T03:12:45Z", "acct_" + (i % 3), "m1", "mitochondria question " + i);
    }

    private static List<String> lines(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(line(i));
        return out;
    }

    private CliRunner.Result importJson(Path bundle, Path caseDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", bundle.toString(), "--case", caseDir.toString(), "--json"));
        args.addAll(Arrays.asList(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static long hits(Path caseDir, String query) {
        CliRunner.Result r = CliRunner.run("search", "--case", caseDir.toString(), "--json", "--limit", "1000", query);
        assertEquals(0, r.code(), r.err());
        return r.json().get("total").asLong();
    }

    @Test
    void oversizedKeywordAndTextFieldsAreCutForTheIndexRecordedAndKeptWhole() throws IOException {
        String ua = "Mozilla/5.0 " + "A".repeat(40_000);
        String org = "ORG-" + "\u00e9".repeat(20_000);                   // 40,004 UTF-8 bytes in 20,004 chars
        String hop = "198.51.100." + "\uD83D\uDE00".repeat(10_000);      // emoji: 4 bytes each, a cut must not split one
        String prompt = "mitochondria " + "filler ".repeat(200_000) + "zygomorphic";  // the last word lies past 1 MB
        List<String> all = lines(1, 6);
        all.set(2, request("r3", "2026-01-14T03:12:45Z", "acct_0", "m1", prompt,
                Map.of("client", Map.of("user_agent", ua, "as_org", org, "forwarded_for", List.of(hop, "10.0.0.1")))));
        Path bundle = new TestBundle("UA").requests("records/part-00001.jsonl", all).writeTo(tmp.resolve("ua"));
        Path caseDir = tmp.resolve("case");

        CliRunner.Result r = importJson(bundle, caseDir);
        assertEquals(0, r.code(), r.err());
        assertEquals(6, r.json().get("records_imported").asLong());
        assertEquals(0, r.json().get("records_quarantined").asLong());
        assertEquals(6, r.json().get("fields_cut").asLong()); // the test bundle's response and reasoning repeat the prompt

        JsonNode cuts = CliRunner.run("quarantine", "--case", caseDir.toString(), "--json").json().get("cuts");
        assertEquals(6, cuts.size(), cuts.toString());
        List<String> fields = new ArrayList<>();
        for (JsonNode c : cuts) {
            assertEquals("records/part-00001.jsonl", c.get("file").asText());
            assertEquals(3, c.get("line").asLong());
            fields.add(c.get("field").asText());
        }
        assertEquals(List.of("as_org", "ua", "forwarded_for", "prompt", "response", "reasoning"), fields);
        assertTrue(cuts.get(1).get("reason").asText().startsWith("ua: 40012 bytes, first 32766 indexed"), cuts.get(1).toString());

        assertEquals(1, hits(caseDir, "ua:Mozilla*"));
        assertEquals(1, hits(caseDir, "forwarded_for:\"10.0.0.1\""));
        assertEquals(6, hits(caseDir, "prompt:mitochondria"));
        assertEquals(0, hits(caseDir, "prompt:zygomorphic"), "text past the indexed size is not searchable");
        try (Case c = Case.open(caseDir)) {
            RecordDetail d = c.record("r3").orElseThrow();
            assertEquals(ua, d.userAgent(), "the database keeps the value whole");
            assertTrue(d.rawJson().contains("zygomorphic"));
        }
    }

    @Test
    void brokenGzipPartKeepsItsWholeLinesNamesTheBreakAndTheOtherPartsImport() throws IOException {
        Path bundle = new TestBundle("GZ")
                .requests("records/part-00001.jsonl.gz", lines(1, 10))
                .requests("records/part-00002.jsonl.gz", lines(1001, 4000))
                .requests("records/part-00003.jsonl", lines(5001, 5005))
                .writeTo(tmp.resolve("gz"));
        Path part2 = bundle.resolve("records/part-00002.jsonl.gz");
        byte[] whole = Files.readAllBytes(part2);
        Files.write(part2, Arrays.copyOf(whole, whole.length / 2));
        TestBundle.rehash(bundle, "records/part-00002.jsonl.gz"); // as when the export crashed while writing it
        long readable = wholeLinesBeforeTheBreak(part2);
        assertTrue(readable > 10 && readable < 3000, "test needs a break mid-part, got " + readable);
        Path caseDir = tmp.resolve("case");

        CliRunner.Result r = importJson(bundle, caseDir);
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(10 + readable + 5, j.get("records_imported").asLong());
        assertEquals(1, j.get("records_quarantined").asLong());
        assertEquals(1, j.get("broken_parts").size());
        JsonNode b = j.get("broken_parts").get(0);
        assertEquals("records/part-00002.jsonl.gz", b.get("file").asText());
        assertEquals(readable, b.get("last_good_line").asLong());
        assertEquals("Unexpected end of ZLIB input stream", b.get("error").asText());

        JsonNode q = CliRunner.run("quarantine", "--case", caseDir.toString(), "--json").json().get("items");
        assertEquals(1, q.size());
        assertEquals("records/part-00002.jsonl.gz", q.get(0).get("file").asText());
        assertEquals(readable + 1, q.get(0).get("line").asLong());
        assertTrue(q.get(0).get("reason").asText().startsWith("compressed stream broken inside this line"), q.toString());
        assertEquals(1, hits(caseDir, "request_id:r" + (1000 + readable)));
        assertEquals(0, hits(caseDir, "request_id:r" + (1000 + readable + 1)));
        assertEquals(5, hits(caseDir, "request_id:r500*"));

        CliRunner.Result text = CliRunner.run("import", bundle.toString(), "--case", tmp.resolve("case2").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("records/part-00002.jsonl.gz: compressed stream broken after line " + readable), text.out());
    }

    @Test
    void lineOverTheSizeLimitIsQuarantinedAndTheRestImports() throws IOException {
        List<String> all = lines(1, 5);
        all.set(1, request("r2", "2026-01-14T03:12:45Z", "acct_0", "m1", "x".repeat(5000)));
        Path bundle = new TestBundle("BIG").requests("records/part-00001.jsonl", all)
                .accounts("accounts.jsonl", List.of("{\"account_id\":\"acct_0\",\"note\":\"" + "y".repeat(3000) + "\"}",
                        "{\"account_id\":\"acct_1\",\"status\":\"banned\"}"))
                .writeTo(tmp.resolve("big"));
        Path caseDir = tmp.resolve("case");

        CliRunner.Result r = importJson(bundle, caseDir, "--max-line-size", "2K");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.json().get("records_imported").asLong());
        assertEquals(2, r.json().get("records_quarantined").asLong());
        JsonNode q = CliRunner.run("quarantine", "--case", caseDir.toString(), "--json").json().get("items");
        assertEquals(2, q.size());
        assertEquals("accounts.jsonl", q.get(0).get("file").asText());
        assertEquals(1, q.get(0).get("line").asLong());
        assertEquals("records/part-00001.jsonl", q.get(1).get("file").asText());
        assertEquals(2, q.get(1).get("line").asLong());
        String reason = q.get(1).get("reason").asText();
        assertTrue(reason.startsWith("line is " + all.get(1).getBytes(StandardCharsets.UTF_8).length + " bytes, over the 2048-byte line limit"), reason);
        assertEquals(0, hits(caseDir, "request_id:r2"));
        assertEquals(4, hits(caseDir, "prompt:mitochondria"));
    }

    @Test
    void maxLineSizeMustBeAPositiveSize() {
        CliRunner.Result r = CliRunner.run("import", tmp.toString(), "--case", tmp.resolve("c").toString(), "--max-line-size", "lots");
        assertEquals(Main.ERROR, r.code());
        assertTrue(r.err().contains("'lots' is not a size"), r.err());
        assertFalse(Files.exists(tmp.resolve("c")));
    }

    /** Whole lines an independent gunzip gets out of the cut file before it fails. */
    private static long wholeLinesBeforeTheBreak(Path gz) throws IOException {
        byte[] bytes = Files.readAllBytes(gz);
        long lines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            int c;
            while ((c = in.read()) >= 0) if (c == '\n') lines++;
        } catch (IOException expected) {
            return lines;
        }
        throw new AssertionError("the cut gzip read to its end");
    }
}
