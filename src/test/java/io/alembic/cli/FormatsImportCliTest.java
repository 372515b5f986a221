package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.alembic.formats.FormatFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Foreign and loose files through the command line: import, quarantine, round trip through bundle --from, detect. */
class FormatsImportCliTest {
    @TempDir Path tmp;

    private JsonNode importJson(Path from, Path kase, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", from.toString(), "--case", kase.toString(), "--json"));
        args.addAll(List.of(extra));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.json();
    }

    @Test
    void eachFormatImportsAndSaysNoExporterVouched() throws Exception {
        JsonNode b = importJson(fixture("bedrock/invocations.json"), tmp.resolve("c1"));
        assertEquals(6, b.path("records_imported").asInt());
        assertEquals(3, b.path("records_quarantined").asInt());
        assertFalse(b.path("exporter_manifest").asBoolean(true));
        assertEquals("bedrock", b.path("converted_from").asText());
        assertTrue(b.path("notes").get(0).asText().contains("no exporter manifest vouched"));
        JsonNode q = CliRunner.run("quarantine", "--case", tmp.resolve("c1").toString(), "--json").json();
        assertTrue(q.path("items").findValuesAsText("file").contains("source/invocations.json"));
        String audit = Files.readString(tmp.resolve("c1/audit.log.jsonl"));
        assertTrue(audit.contains("\"exporter_manifest\":false"), audit);
        assertEquals(4, importJson(fixture("openai-batch"), tmp.resolve("c2")).path("records_imported").asInt());
        assertEquals(4, importJson(fixture("otel"), tmp.resolve("c3")).path("records_imported").asInt());
        JsonNode g = importJson(fixture("gateway/gateway.csv"), tmp.resolve("c4"), "--mapping", fixture("gateway/mapping.json").toString());
        assertEquals("gateway", g.path("converted_from").asText());
        assertEquals(2, g.path("records_imported").asInt());
    }

    @Test
    void converterNotesReachTheImportReport() throws Exception {
        JsonNode j = importJson(fixture("bedrock/invocations.json"), tmp.resolve("c1"));
        List<String> notes = new ArrayList<>();
        for (JsonNode n : j.path("notes")) notes.add(n.asText());
        assertTrue(notes.get(0).contains("no exporter manifest vouched"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("noted, not fetched")), notes.toString());
        CliRunner.Result text = CliRunner.run("import", fixture("otel").toString(), "--case", tmp.resolve("c2").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("  note") && l.contains("without gen_ai attributes skipped")), text.out());
    }

    @Test
    void theLineLimitAppliesWhileConverting() throws Exception {
        // 800 bytes: two of the fixture's invocation lines are longer, the rest fit
        JsonNode small = importJson(fixture("bedrock/invocations.json"), tmp.resolve("c1"), "--max-line-size", "800");
        JsonNode q = CliRunner.run("quarantine", "--case", tmp.resolve("c1").toString(), "--json").json();
        assertTrue(q.path("items").findValuesAsText("reason").stream().anyMatch(r -> r.contains("over the 800-byte line limit")), q.toString());
        assertTrue(small.path("records_imported").asInt() < 6, small.toString());
    }

    @Test
    void anUnknownLayoutIsRefusedWithWhatWasTried() {
        CliRunner.Result r = CliRunner.run("import", fixture("unknown").toString(), "--case", tmp.resolve("c").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("tried: native"), r.err());
        assertTrue(r.err().contains("otel"), r.err());
    }

    @Test
    void looseNativeFilesAndAZipOfThemImportWithoutAManifest() throws Exception {
        JsonNode folder = importJson(fixture("loose"), tmp.resolve("c1"));
        assertEquals(2, folder.path("records_imported").asInt());
        assertEquals(1, folder.path("records_quarantined").asInt()); // loose-2 has no request body
        assertEquals("native", folder.path("converted_from").asText());
        Path zip = tmp.resolve("loose.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("accounts.jsonl", "part-a.jsonl")) {
                z.putNextEntry(new ZipEntry("export/" + name));
                z.write(Files.readAllBytes(fixture("loose/" + name)));
                z.closeEntry();
            }
        }
        JsonNode zipped = importJson(zip, tmp.resolve("c2"));
        assertEquals(2, zipped.path("records_imported").asInt());
        assertFalse(zipped.path("exporter_manifest").asBoolean(true));
    }

    @Test
    void roundTripThroughBundleFromGivesTheSameRecords() throws Exception {
        for (String fx : List.of("bedrock/invocations.json", "openai-batch", "otel")) {
            String tag = fx.replaceAll("[^a-z]", "");
            Path direct = tmp.resolve("direct-" + tag), viaBundle = tmp.resolve("via-" + tag), out = tmp.resolve("bundle-" + tag);
            importJson(fixture(fx), direct);
            CliRunner.Result b = CliRunner.run("bundle", "--from", fixture(fx).toString(), "--out", out.toString(), "--json");
            assertEquals(0, b.code(), b.err());
            assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
            assertEquals(0, CliRunner.run("verify", out.toString()).code(), "the written bundle verifies against its own manifest");
            importJson(out, viaBundle);
            assertEquals(records(direct), records(viaBundle), fx);
            assertEquals(CliRunner.run("quarantine", "--case", direct.toString()).out(), CliRunner.run("quarantine", "--case", viaBundle.toString()).out());
        }
    }

    @Test
    void aBedrockAccountShowsInDetectLikeAnyOther() {
        importJson(fixture("bedrock/invocations.json"), tmp.resolve("c"));
        CliRunner.Result r = CliRunner.run("detect", "--case", tmp.resolve("c").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().path("accounts").findValuesAsText("account_id").contains("111122223333"), r.out());
    }

    @Test
    void bundleRefusesAnUnknownFormatAndLeavesNothing() {
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("bundle", "--from", fixture("unknown").toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }

    /** The converted record lines as stored in the evidence folder. */
    private static String records(Path kase) throws Exception {
        try (Stream<Path> s = Files.walk(kase.resolve("evidence"))) {
            Path part = s.filter(p -> p.endsWith("records/part-00001.jsonl")).findFirst().orElseThrow();
            return Files.readString(part);
        }
    }
}
