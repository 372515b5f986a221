package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SampleGeneratorTest {
    static final SampleSpec SPEC = SampleSpec.defaults(11).withAccounts(30).withRecords(3000).withBadLines(9)
            .withRecordsPerFile(1000);

    static Path corpora;

    @BeforeAll
    static void locate() {
        corpora = Corpora.locate();
    }

    private static Path generate(Path dir, SampleSpec spec) throws Exception {
        return new SampleGenerator(corpora, spec).generate(dir, "case");
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndOtherSeedDiffers(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws Exception {
        generate(a, SPEC);
        generate(b, SPEC);
        generate(c, new SampleSpec(12, SPEC.accounts(), SPEC.records(), false, SPEC.badLines(), SPEC.recordsPerFile()));
        Map<String, byte[]> fa = BundleFiles.allFiles(a), fb = BundleFiles.allFiles(b), fc = BundleFiles.allFiles(c);
        assertEquals(fa.keySet(), fb.keySet());
        assertTrue(fa.containsKey("case.labels.json") && fa.containsKey("case/README.txt"));
        for (String k : fa.keySet()) assertArrayEquals(fa.get(k), fb.get(k), k);
        assertFalse(java.util.Arrays.equals(fa.get("case/records/part-00001.jsonl.gz"), fc.get("case/records/part-00001.jsonl.gz")));
        assertFalse(java.util.Arrays.equals(fa.get("case/accounts.jsonl"), fc.get("case/accounts.jsonl")));
    }

    @Test
    void regeneratingIntoTheSameDirectoryReplacesTheBundle(@TempDir Path a) throws Exception {
        generate(a, SPEC.withRecordsPerFile(500));
        Map<String, byte[]> first = BundleFiles.allFiles(a);
        generate(a, SPEC);
        assertFalse(Files.exists(a.resolve("case/records/part-00007.jsonl.gz")), "stale parts removed");
        generate(a, SPEC.withRecordsPerFile(500));
        Map<String, byte[]> again = BundleFiles.allFiles(a);
        assertEquals(first.keySet(), again.keySet());
        for (String k : first.keySet()) assertArrayEquals(first.get(k), again.get(k), k);
    }

    @Test
    void manifestMatchesTheFilesWritten(@TempDir Path dir) throws Exception {
        Path bundle = generate(dir, SPEC);
        JsonNode m = BundleFiles.json(bundle.resolve("manifest.json"));
        assertEquals("llm-api-log-bundle", m.get("bundle_format").asText());
        assertEquals(1, m.get("format_version").asInt());
        assertEquals("SAMPLE-case-11", m.get("bundle_id").asText());
        assertEquals("2026-02-10T12:00:00Z", m.get("exported_at").asText());
        long requestLines = 0;
        Set<String> listed = new HashSet<>();
        for (JsonNode f : m.get("files")) {
            Path p = bundle.resolve(f.get("path").asText());
            listed.add(f.get("path").asText());
            byte[] bytes = Files.readAllBytes(p);
            assertEquals(f.get("bytes").asLong(), bytes.length, p.toString());
            assertEquals(f.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            long lines = BundleFiles.lines(p).size();
            assertEquals(f.get("records").asLong(), lines);
            if (f.get("kind").asText().equals("requests")) {
                requestLines += lines;
                assertTrue(lines <= SPEC.recordsPerFile());
            } else {
                assertEquals("accounts", f.get("kind").asText());
                assertEquals(SPEC.accounts(), lines);
            }
        }
        assertEquals(Set.of("records/part-00001.jsonl.gz", "records/part-00002.jsonl.gz", "records/part-00003.jsonl.gz",
                "records/part-00004.jsonl.gz", "accounts.jsonl"), listed);
        // 9 bad lines + 3 exact duplicates on top of the valid records
        assertEquals(SPEC.records() + SPEC.badLines() + 3, requestLines);
    }

    @Test
    void labelsCoverEveryAccountAndRecordsAreValid(@TempDir Path dir) throws Exception {
        Path bundle = generate(dir, SPEC.withBadLines(0));
        JsonNode labels = BundleFiles.json(dir.resolve("case.labels.json")).get("accounts");
        Set<String> registry = new HashSet<>();
        for (String l : BundleFiles.lines(bundle.resolve("accounts.jsonl"))) {
            JsonNode a = BundleFiles.MAPPER.readTree(l);
            registry.add(a.get("account_id").asText());
            assertTrue(Set.of("active", "suspended", "banned").contains(a.get("status").asText()));
            OffsetDateTime.parse(a.get("created_at").asText());
        }
        assertEquals(SPEC.accounts(), registry.size());
        Set<String> labelled = new HashSet<>();
        labels.fieldNames().forEachRemaining(labelled::add);
        assertEquals(registry, labelled);
        Set<String> ids = new HashSet<>();
        Set<String> labelKinds = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (List<String> lines : BundleFiles.requestLines(bundle).values()) {
            for (String line : lines) {
                JsonNode r = BundleFiles.MAPPER.readTree(line);
                assertTrue(ids.add(r.get("request_id").asText()), "unique request ids");
                String account = r.get("account_id").asText();
                assertTrue(labels.has(account), account);
                labelKinds.add(labels.get(account).get("label").asText());
                assertTrue(r.hasNonNull("model"));
                assertTrue(r.get("request").has("messages") || r.get("request").has("prompt"));
                long t = OffsetDateTime.parse(r.get("timestamp").asText()).toInstant().toEpochMilli();
                assertTrue(t >= previous, "export is in time order");
                previous = t;
            }
        }
        assertEquals(SPEC.records(), ids.size());
        assertEquals(Set.of("benign", "distiller"), labelKinds);
        labels.forEach(l -> {
            if (l.get("label").asText().equals("distiller")) {
                assertTrue(l.get("campaign").asText().matches("c[1-4]"));
                assertTrue(l.get("tactics").size() > 0);
            } else {
                assertTrue(l.get("profile").asText().matches("chat_user|app_integration|research_eval|router_customer|stepwise_learner"));
            }
        });
    }

    @Test
    void badLinesAreInjectedAsLabelled(@TempDir Path dir) throws Exception {
        Path bundle = generate(dir, SPEC);
        JsonNode labels = BundleFiles.json(dir.resolve("case.labels.json"));
        Map<String, List<String>> files = BundleFiles.requestLines(bundle);
        JsonNode bad = labels.get("injected_bad_lines");
        assertEquals(SPEC.badLines(), bad.size());
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> badFiles = new HashSet<>();
        Set<String> badKeys = new HashSet<>();
        for (JsonNode b : bad) {
            String file = b.get("file").asText();
            int line = b.get("line").asInt();
            badFiles.add(file);
            badKeys.add(file + ":" + line);
            String text = files.get(file).get(line - 1);
            String kind = b.get("reason_kind").asText();
            kinds.merge(kind, 1, Integer::sum);
            JsonNode r = BundleFiles.tryParse(text);
            switch (kind) {
                case "not_json" -> assertNull(r, text);
                case "missing_field" -> assertTrue(!r.has("model") || !r.has("account_id"));
                case "bad_timestamp" -> assertThrows(Exception.class, () -> OffsetDateTime.parse(r.get("timestamp").asText()));
                case "duplicate_request_id" -> assertNotNull(r);
                default -> fail("unexpected kind " + kind);
            }
        }
        assertEquals(Map.of("not_json", 3, "missing_field", 2, "bad_timestamp", 2, "duplicate_request_id", 2), kinds);
        assertTrue(badFiles.size() >= 3, "spread across files: " + badFiles);

        // Replaying the bundle as an importer would: exactly the valid records survive, duplicates count once.
        Map<String, String> byId = new HashMap<>();
        List<String> quarantined = new ArrayList<>();
        for (Map.Entry<String, List<String>> f : files.entrySet()) {
            for (int i = 0; i < f.getValue().size(); i++) {
                String text = f.getValue().get(i);
                JsonNode r = BundleFiles.tryParse(text);
                String key = f.getKey() + ":" + (i + 1);
                boolean ok = r != null && r.has("model") && r.has("account_id") && parses(r.get("timestamp").asText());
                if (ok) {
                    String prev = byId.putIfAbsent(r.get("request_id").asText(), text);
                    ok = prev == null || prev.equals(text);
                }
                if (!ok) quarantined.add(key);
            }
        }
        assertEquals(badKeys, new HashSet<>(quarantined));
        assertEquals(SPEC.records(), byId.size());
        JsonNode dups = labels.get("injected_exact_duplicates");
        assertEquals(3, dups.size());
        for (JsonNode d : dups) {
            assertEquals(files.get(d.get("duplicate_of_file").asText()).get(d.get("duplicate_of_line").asInt() - 1),
                    files.get(d.get("file").asText()).get(d.get("line").asInt() - 1));
        }
    }

    /** The bundled corpora plus one restricted file, as a local corpora directory with more files would have. */
    static Path withRestrictedFile(Path dir) throws Exception {
        for (String f : Corpora.PERMISSIVE_FILES) Files.copy(Corpora.bundled().resolve(f + ".gz"), dir.resolve(f + ".gz"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++)
            rows.append("{\"id\": \"nc-").append(i).append("\", \"kind\": \"task\", \"prompt\": \"restricted instruction number ")
                    .append(i).append("\", \"response\": \"ok\", \"license\": \"CC BY-NC 4.0\"}\n");
        Files.writeString(dir.resolve("tasks_gpt4.jsonl"), rows);
        return dir;
    }

    @Test
    void permissiveOnlyUsesOnlyMitAndApacheRows(@TempDir Path dir) throws Exception {
        Path mixed = withRestrictedFile(dir);
        List<CorpusItem> items = Corpora.load(mixed, true);
        assertFalse(items.isEmpty());
        for (CorpusItem it : items) assertTrue(Corpora.isPermissive(it.license()), it.id());
        assertEquals(items.size() + 40, Corpora.load(mixed, false).size());
    }

    @Test
    void permissiveBundleContainsNoRestrictedPrompt(@TempDir Path src, @TempDir Path dir) throws Exception {
        Path mixed = withRestrictedFile(src);
        SampleSpec spec = SPEC.withBadLines(0);
        Path open = new SampleGenerator(mixed, spec).generate(dir, "open");
        Path bundle = new SampleGenerator(mixed, spec.withPermissiveOnly(true)).generate(dir, "permissive");
        assertTrue(prompts(open).stream().anyMatch(p -> p.contains("restricted instruction number")), "the fixture is reachable");
        for (String p : prompts(bundle)) assertFalse(p.contains("restricted instruction number"), p);
    }

    private static List<String> prompts(Path bundle) throws Exception {
        List<String> out = new ArrayList<>();
        for (List<String> lines : BundleFiles.requestLines(bundle).values()) {
            for (String line : lines) {
                JsonNode req = BundleFiles.MAPPER.readTree(line).get("request");
                if (req.has("messages")) for (JsonNode m : req.get("messages")) out.add(m.get("content").asText());
                else out.add(req.get("prompt").asText());
            }
        }
        return out;
    }

    @Test
    void specRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SampleSpec.defaults(1).withAccounts(0));
        assertThrows(IllegalArgumentException.class, () -> SampleSpec.defaults(1).withRecords(5).withBadLines(6));
        assertThrows(IllegalArgumentException.class, () -> new SampleGenerator(corpora, SampleSpec.defaults(1)).generate(Path.of("x"), "../evil"));
    }

    @Test
    void tinySpecsStillWork(@TempDir Path dir) throws Exception {
        for (int k = 1; k <= 3; k++) {
            Path bundle = new SampleGenerator(corpora, new SampleSpec(k, k, 2, false, 1, 1)).generate(dir, "tiny" + k);
            assertEquals(k, BundleFiles.lines(bundle.resolve("accounts.jsonl")).size());
            assertEquals(4, BundleFiles.requestLines(bundle).size(), "one line per part: 2 records + 1 bad + 1 duplicate");
        }
    }

    private static boolean parses(String ts) {
        try {
            OffsetDateTime.parse(ts);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
