package io.alembic.casefile;

import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestReader;
import io.alembic.bundle.ManifestWriter;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.ReportCodec;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reduced bundle (what the Spark job writes) in a case: its findings and population files are kept as verified
 * evidence, the findings become the case's results marked as computed upstream, detection re-scores the kept accounts
 * to the upstream scores with the population context, verify covers the new files, and a context whose evidence copy
 * was altered is refused. Listed files of kinds this version does not read are kept and named.
 */
class ReducedBundleImportTest {
    @TempDir static Path tmp;
    static ReducedBundleFixture.Written reduced;

    @BeforeAll
    static void write() throws Exception {
        Path bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(5, 40, 5_000, true, 0, 2_500, true)).generate(tmp, "full");
        reduced = ReducedBundleFixture.write(bundle, tmp.resolve("reduced"), "job-7", 4);
        assertFalse(reduced.kept().flagged().isEmpty(), "the generated bundle has flagged accounts");
        assertTrue(reduced.keep().size() < reduced.full().accounts().size(), "the reduction drops accounts");
    }

    @Test
    void upstreamFindingsAreRecordedAndDetectionReproducesTheirScores() throws Exception {
        try (Case c = Case.openOrCreate(tmp.resolve("case1"))) {
            ImportReport r = c.importBundle(reduced.dir(), false, ImportListener.NONE, CancelToken.none());
            assertEquals(reduced.keptRequests(), r.recordsImported());
            assertEquals(List.of(), r.unlistedFiles());
            assertEquals(List.of(), r.notes());
            assertTrue(r.files().stream().allMatch(ImportReport.FileCheck::verified));
            assertEquals(List.of("accounts", "findings", "population", "requests"),
                    r.files().stream().map(ImportReport.FileCheck::kind).sorted().toList());
            assertNotNull(r.upstream());
            assertEquals("job-7", r.upstream().jobId());
            assertEquals(reduced.kept().flagged().size(), r.upstream().flagged());
            assertEquals(reduced.full().accounts().size(), r.upstream().logAccounts());
            assertTrue(r.upstream().population());

            DetectionOrigin origin = c.detectionOrigin().orElseThrow();
            assertEquals(DetectionOrigin.Kind.UPSTREAM, origin.kind());
            assertEquals("job-7", origin.jobId());
            assertEquals(c.recordCount(), origin.caseRequests());
            assertTrue(origin.describe(reduced.kept().rulesVersion()).startsWith(
                    "computed upstream by job job-7, rules version " + reduced.kept().rulesVersion()));
            assertEquals(ReportCodec.toString(reduced.kept()), ReportCodec.toString(c.detections().orElseThrow()));

            DetectionReport laptop = c.detect(null, ImportListener.NONE, CancelToken.none());
            DetectionOrigin after = c.detectionOrigin().orElseThrow();
            assertEquals(DetectionOrigin.Kind.LOCAL_WITH_POPULATION, after.kind());
            assertEquals("job-7", after.jobId());
            assertTrue(after.describe(laptop.rulesVersion()).contains("against the population of upstream job job-7"));
            Map<String, AccountResult> mine = laptop.accounts().stream().collect(Collectors.toMap(AccountResult::accountId, Function.identity()));
            assertEquals(reduced.keep(), new java.util.TreeSet<>(mine.keySet()));
            for (AccountResult a : reduced.kept().accounts()) {
                assertEquals(a.score(), mine.get(a.accountId()).score(), a.accountId());
                assertEquals(a.flagged(), mine.get(a.accountId()).flagged(), a.accountId());
            }

            c.detect(null, false, ImportListener.NONE, CancelToken.none());
            assertEquals(DetectionOrigin.Kind.LOCAL, c.detectionOrigin().orElseThrow().kind());

            String audit = Files.readString(c.folder().resolve("audit.log.jsonl"));
            assertTrue(audit.contains("\"detection_imported\""));
            assertTrue(audit.contains("computed upstream by job job-7"));
        }
    }

    @Test
    void verifyCoversTheUpstreamFilesAndAnAlteredContextIsRefused() throws Exception {
        try (Case c = Case.openOrCreate(tmp.resolve("case2"))) {
            c.importBundle(reduced.dir(), false, ImportListener.NONE, CancelToken.none());
            CaseVerification ok = c.verify();
            assertTrue(ok.ok());
            assertEquals(List.of("accounts.jsonl", "findings.json", "manifest.json", "population.json", "records/part-00001.jsonl.gz"),
                    ok.files().stream().map(CaseVerification.FileResult::path).sorted().toList());

            Path population;
            try (Stream<Path> s = Files.walk(c.folder().resolve("evidence"))) {
                population = s.filter(p -> p.getFileName().toString().equals("population.json")).findFirst().orElseThrow();
            }
            population.toFile().setWritable(true);
            Files.writeString(population, Files.readString(population).replaceFirst("\"accounts\" : \\d+", "\"accounts\" : 1"));
            CaseVerification bad = c.verify();
            assertFalse(bad.ok());
            assertTrue(bad.files().stream().anyMatch(f -> f.path().equals("population.json") && !f.ok()));
            CaseException e = assertThrows(CaseException.class, () -> c.detect(null, ImportListener.NONE, CancelToken.none()));
            assertTrue(e.getMessage().contains("population.json") && e.getMessage().contains("run verify"), e.getMessage());
            // the analyst can still score the case on its own
            c.detect(null, false, ImportListener.NONE, CancelToken.none());
        }
    }

    @Test
    void filesOfOtherKindsAreKeptAndNamedAndUnreadableFindingsAreNotRecorded() throws Exception {
        Path dir = tmp.resolve("odd");
        Files.createDirectories(dir);
        List<ManifestFile> files = new ArrayList<>();
        var m = ManifestReader.parse(Files.readAllBytes(reduced.dir().resolve("manifest.json")), "manifest.json");
        for (ManifestFile f : m.files()) {
            if (f.isPopulation()) continue;
            byte[] bytes = Files.readAllBytes(reduced.dir().resolve(f.path()));
            if (f.isFindings()) bytes = "{\"format\": \"something-else\"}".getBytes(StandardCharsets.UTF_8);
            files.add(ReducedBundleFixture.put(dir, f.path(), f.kind(), bytes, f.records()));
        }
        files.add(ReducedBundleFixture.put(dir, "notes/analyst.txt", "analyst_notes", "hello".getBytes(StandardCharsets.UTF_8), -1));
        Files.write(dir.resolve("manifest.json"), ManifestWriter.write(new ManifestWriter.Header("odd-1", null, null, null, null, null, null), files));
        try (Case c = Case.openOrCreate(tmp.resolve("case3"))) {
            ImportReport r = c.importBundle(dir, false, ImportListener.NONE, CancelToken.none());
            assertNull(r.upstream());
            assertEquals(2, r.notes().size(), r.notes().toString());
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("notes/analyst.txt: listed with kind \"analyst_notes\"")));
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("findings.json: upstream findings not recorded")));
            assertTrue(r.files().stream().allMatch(ImportReport.FileCheck::verified));
            assertTrue(c.detections().isEmpty());
            assertTrue(c.verify().ok());
            // no population context in this bundle: detection scores the case on its own
            c.detect(null, ImportListener.NONE, CancelToken.none());
            assertEquals(DetectionOrigin.Kind.LOCAL, c.detectionOrigin().orElseThrow().kind());
        }
    }
}
