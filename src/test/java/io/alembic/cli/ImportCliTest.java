package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCliTest {
    @TempDir Path tmp;

    private Path goodBundle(String id, int n, String accountPrefix) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(request(id + "-req-" + i, "2026-01-14T03:12:" + String.format("%02d", i % 60) + ".123Z",
                    accountPrefix + (i % 3), "frontier-large-2026-01", "Explain the Krebs cycle step by step, part " + i));
        }
        return new TestBundle(id).requests("records/part-00001.jsonl.gz", lines)
                .accounts("accounts.jsonl", List.of("{\"account_id\":\"" + accountPrefix + "0\",\"status\":\"banned\"}"))
                .writeTo(tmp.resolve(id));
    }

    @Test
    void importsRecordsIntoCaseAndReportsVerifiedFiles() throws IOException {
        Path bundle = goodBundle("B1", 30, "acct_");
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--case", tmp.resolve("case").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("B1", j.get("bundle_id").asText());
        assertEquals(30, j.get("records_imported").asLong());
        assertEquals(0, j.get("records_quarantined").asLong());
        assertEquals(3, j.get("accounts").asLong());
        assertEquals(2, j.get("files").size());
        for (JsonNode f : j.get("files")) assertTrue(f.get("verified").asBoolean(), f.toString());
        assertTrue(Files.isDirectory(tmp.resolve("case/evidence")));
        JsonNode accounts = CliRunner.run("accounts", "--case", tmp.resolve("case").toString(), "--json").json().get("accounts");
        assertEquals(3, accounts.size());
        long total = 0;
        for (JsonNode a : accounts) total += a.get("records").asLong();
        assertEquals(30, total);
    }

    @Test
    void quarantinesEachKindOfBadLineWithFileLineAndReasonAndGoesOn() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(request("r1", "2026-01-14T03:12:45Z", "a1", "m1", "hello there"));          // 1 ok
        lines.add("{\"request_id\": \"r2\", \"timestamp\": ");                                // 2 not JSON
        lines.add(request("r3", "2026-01-14T03:12:45Z", "a1", "m1", "x").replace("\"model\":\"m1\",", "")); // 3 no model
        lines.add(request("r4", "yesterday", "a1", "m1", "when"));                           // 4 bad timestamp
        lines.add(request("r1", "2026-01-14T03:12:45Z", "a1", "m1", "something else"));       // 5 conflicting duplicate
        lines.add(request("r1", "2026-01-14T03:12:45Z", "a1", "m1", "hello there"));          // 6 identical duplicate: counts once
        lines.add(request("r7", "2026-01-14T11:12:45+08:00", "a2", "m1", "offset time", Map.of("x_trace", Map.of("span", "s-1")))); // 7 ok, unknown field
        lines.add("[1, 2, 3]");                                                               // 8 not an object
        Path bundle = new TestBundle("BAD").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("bad"));
        Path caseDir = tmp.resolve("case");
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.json().get("records_imported").asLong());
        assertEquals(5, r.json().get("records_quarantined").asLong());
        JsonNode items = CliRunner.run("quarantine", "--case", caseDir.toString(), "--json").json().get("items");
        assertEquals(5, items.size());
        String[] expected = {"2:not JSON", "3:missing required field model", "4:bad timestamp", "5:conflicting duplicate request_id r1", "8:not a JSON object"};
        for (int i = 0; i < expected.length; i++) {
            JsonNode it = items.get(i);
            assertEquals("records/part-00001.jsonl", it.get("file").asText());
            String[] parts = expected[i].split(":", 2);
            assertEquals(Long.parseLong(parts[0]), it.get("line").asLong());
            assertTrue(it.get("reason").asText().startsWith(parts[1]), it.get("reason").asText());
        }
        JsonNode hit = CliRunner.run("search", "--case", caseDir.toString(), "--json", "request_id:r7").json();
        assertEquals(1, hit.get("total").asLong());
        assertEquals("2026-01-14T03:12:45Z", hit.get("hits").get(0).get("timestamp").asText());
        assertFalse(hit.get("facets_sampled").asBoolean(), "a small search counts its facets exactly");
        assertEquals(1, hit.get("facets_sample_size").asLong());
    }

    @Test
    void tamperedBundleIsRefusedWithExit2AndNothingImported() throws IOException {
        Path bundle = goodBundle("T1", 10, "acct_");
        Path part = bundle.resolve("records/part-00001.jsonl.gz");
        byte[] bytes = Files.readAllBytes(part);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(part, bytes);
        Path caseDir = tmp.resolve("case");
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("records/part-00001.jsonl.gz"), r.err());
        assertTrue(r.err().matches("(?s).*[0-9a-f]{64}.*[0-9a-f]{64}.*"), "names both hashes: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr: " + r.err());
        assertEquals("", r.out());
        assertEquals(0, CliRunner.run("search", "--case", caseDir.toString(), "--json", "*").json().get("total").asLong());
        assertEquals(0, CliRunner.run("accounts", "--case", caseDir.toString(), "--json").json().get("accounts").size());
    }

    @Test
    void acceptMismatchImportsAndRecordsTheOverride() throws IOException {
        Path bundle = goodBundle("T2", 10, "acct_");
        Files.delete(bundle.resolve("accounts.jsonl"));
        Path caseDir = tmp.resolve("case");
        assertEquals(2, CliRunner.run("import", bundle.toString(), "--case", caseDir.toString()).code());
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--accept-mismatch", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(10, r.json().get("records_imported").asLong());
        String audit = Files.readString(caseDir.resolve("audit.log.jsonl"));
        assertTrue(audit.contains("\"verification_overridden\""), audit);
        assertTrue(audit.contains("accounts.jsonl: missing from the bundle"), audit);
    }

    @Test
    void sameBundleTwiceAddsNothingAndASecondBundleAdds() throws IOException {
        Path caseDir = tmp.resolve("case");
        Path b1 = goodBundle("S1", 12, "acct_");
        assertEquals(12, CliRunner.run("import", b1.toString(), "--case", caseDir.toString(), "--json").json().get("records_imported").asLong());
        JsonNode again = CliRunner.run("import", b1.toString(), "--case", caseDir.toString(), "--json").json();
        assertEquals(0, again.get("records_imported").asLong());
        assertTrue(again.get("already_imported").asBoolean());
        Path zip = TestBundle.zip(b1, tmp.resolve("s1.zip"));
        assertEquals(0, CliRunner.run("import", zip.toString(), "--case", caseDir.toString(), "--json").json().get("records_imported").asLong());
        Path b2 = goodBundle("S2", 7, "other_");
        assertEquals(7, CliRunner.run("import", b2.toString(), "--case", caseDir.toString(), "--json").json().get("records_imported").asLong());
        assertEquals(19, CliRunner.run("search", "--case", caseDir.toString(), "--json", "*").json().get("total").asLong());
    }

    @Test
    void zipBundleImportsLikeAFolder() throws IOException {
        Path zip = TestBundle.zip(goodBundle("Z1", 9, "acct_"), tmp.resolve("z1.zip"));
        CliRunner.Result r = CliRunner.run("import", zip.toString(), "--case", tmp.resolve("case").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(9, r.json().get("records_imported").asLong());
    }

    @Test
    void zipWithClimbingEntryIsRefused() throws IOException {
        Path bundle = goodBundle("Z2", 3, "acct_");
        Path zip = TestBundle.zip(bundle, tmp.resolve("evil.zip"));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp.resolve("evil2.zip")))) {
            try (var in = new java.util.zip.ZipFile(zip.toFile())) {
                for (var e : java.util.Collections.list(in.entries())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(in.getInputStream(e).readAllBytes());
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry("../../outside.txt"));
            out.write("gotcha".getBytes());
            out.closeEntry();
        }
        Path caseDir = tmp.resolve("case");
        CliRunner.Result r = CliRunner.run("import", tmp.resolve("evil2.zip").toString(), "--case", caseDir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("../../outside.txt"), r.err());
        assertFalse(Files.exists(tmp.resolve("outside.txt")));
        assertFalse(Files.exists(caseDir.getParent().getParent().resolve("outside.txt")));
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path bundle = goodBundle("Z3", 3, "acct_");
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(Files.readAllBytes(bundle.resolve("manifest.json")));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("records/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) out.write(zeros);   // 100 MB of zeros, a few hundred KB compressed
            out.closeEntry();
        }
        CliRunner.Result r = CliRunner.run("import", zip.toString(), "--case", tmp.resolve("case").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("zip bomb"), r.err());
        try (var s = Files.list(tmp.resolve("case/evidence"))) {
            assertEquals(0, s.count(), "staging copy removed");
        }
    }

    @Test
    void originalsAreNotModified() throws IOException {
        Path bundle = goodBundle("O1", 5, "acct_");
        Map<String, String> before = hashes(bundle);
        long modified = Files.getLastModifiedTime(bundle.resolve("manifest.json")).toMillis();
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", tmp.resolve("case").toString()).code());
        assertEquals(before, hashes(bundle));
        assertEquals(modified, Files.getLastModifiedTime(bundle.resolve("manifest.json")).toMillis());
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), io.alembic.bundle.Sha256.of(p));
        }
        return out;
    }

    @Test
    void missingBundleIsAUsageErrorNamingThePath() {
        CliRunner.Result r = CliRunner.run("import", tmp.resolve("nope").toString(), "--case", tmp.resolve("case").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope"), r.err());
    }
}
