package io.alembic.spark;

import io.alembic.bench.BundleDetection;
import io.alembic.bundle.FindingsFile;
import io.alembic.bundle.Manifest;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestReader;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseVerification;
import io.alembic.casefile.DetectionOrigin;
import io.alembic.casefile.ImportListener;
import io.alembic.casefile.ImportReport;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.ReportCodec;
import io.alembic.detect.RuleSet;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on a generated bundle of 300 accounts and 40,000 records in four parts, against the
 * desktop: the same report as detection straight over the bundle; a reduced bundle that imports into a case, verifies,
 * shows the upstream findings, and re-scores its accounts on the laptop to the upstream scores; the same bytes twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistillationJobTest {
    @TempDir
    static Path tmp;

    Path bundle;
    DetectionReport desktop;
    Pipeline.Result run;
    Path out;

    @BeforeAll
    void generateAndRun() throws Exception {
        bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(42, 300, 40_000, false, 0, 10_000, true)).generate(tmp, "b");
        desktop = BundleDetection.run(bundle, RuleSet.builtin());
        out = tmp.resolve("reduced");
        run = LocalSpark.run("--input", bundle.toString(), "--out", out.toString(), "--benign-sample", "0.05", "--job-id", "test-job");
    }

    @Test
    void scoresAndFlagsEqualTheDesktopsAndSoDoesTheWholeReport() {
        assertTrue(desktop.flagged().size() > 5, "the generated bundle has distillers: " + desktop.flagged().size());
        Map<String, AccountResult> job = byId(run.full());
        assertEquals(desktop.accounts().size(), job.size());
        for (AccountResult a : desktop.accounts()) {
            AccountResult b = job.get(a.accountId());
            assertNotNull(b, a.accountId());
            assertEquals(a.score(), b.score(), a.accountId());
            assertEquals(a.flagged(), b.flagged(), a.accountId());
        }
        // evidence names, explanations, clusters and links too: the job's report is the desktop's, byte for byte
        assertEquals(ReportCodec.toString(desktop), ReportCodec.toString(run.full()));
    }

    @Test
    void reducedBundleKeepsFlaggedAccountsWholeClustersAndASampleAndListsTheNewKinds() throws Exception {
        Manifest m = ManifestReader.parse(Files.readAllBytes(out.resolve("manifest.json")), "manifest.json");
        assertEquals("test-job", m.bundleId());
        List<String> kinds = m.files().stream().map(ManifestFile::kind).distinct().toList();
        assertTrue(kinds.containsAll(List.of("requests", "accounts", "findings", "population")), kinds.toString());
        for (AccountResult a : run.full().accounts()) if (a.flagged()) assertTrue(run.keep().accounts().contains(a.accountId()));
        for (var c : run.full().clusters()) {
            boolean any = c.accounts().stream().anyMatch(run.keep().accounts()::contains);
            if (any) assertTrue(run.keep().accounts().containsAll(c.accounts()), "whole cluster " + c.id());
        }
        assertFalse(run.keep().sampled().isEmpty(), "a benign sample at 5%");
        assertTrue(run.keep().accounts().size() < run.full().accounts().size());
        assertEquals(List.of(), run.replayDifferences());
        FindingsFile f = FindingsFile.parse(Files.readAllBytes(out.resolve("findings.json")), "findings.json");
        assertEquals("test-job", f.upstream().jobId());
        assertEquals(RuleSet.builtin().version(), f.upstream().rulesVersion());
        assertEquals(run.keep().accounts().size(), f.report().accounts().size());
        assertEquals(40_000, f.report().requests());
        try (Stream<Path> files = Files.walk(out)) {
            List<String> onDisk = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("manifest.json") && !p.equals("README.txt")).sorted().toList();
            assertEquals(m.files().stream().map(ManifestFile::path).sorted().toList(), onDisk, "no side files beside the listed ones");
        }
    }

    @Test
    void reducedBundleImportsVerifiesShowsUpstreamFindingsAndRescoresToTheUpstreamScores() throws Exception {
        try (Case c = Case.openOrCreate(tmp.resolve("case"))) {
            ImportReport r = c.importBundle(out, false, ImportListener.NONE, CancelToken.none());
            assertTrue(r.files().stream().allMatch(ImportReport.FileCheck::verified));
            assertEquals(List.of(), r.unlistedFiles());
            assertEquals(List.of(), r.notes());
            assertEquals(0, r.recordsQuarantined());
            assertEquals(run.counts().get("kept_requests"), r.recordsImported());
            assertNotNull(r.upstream());
            assertEquals("test-job", r.upstream().jobId());
            assertTrue(r.upstream().population());

            // the upstream findings are the case's results until detection runs here
            DetectionOrigin up = c.detectionOrigin().orElseThrow();
            assertEquals(DetectionOrigin.Kind.UPSTREAM, up.kind());
            assertTrue(up.describe(run.rulesVersion()).startsWith("computed upstream by job test-job, rules version " + run.rulesVersion()));
            assertEquals(ReportCodec.toString(run.kept()), ReportCodec.toString(c.detections().orElseThrow()));

            CaseVerification v = c.verify();
            assertTrue(v.ok(), v.toString());
            assertTrue(v.files().stream().anyMatch(f -> f.path().equals("findings.json") && f.ok()));
            assertTrue(v.files().stream().anyMatch(f -> f.path().equals("population.json") && f.ok()));

            DetectionReport laptop = c.detect(null, ImportListener.NONE, CancelToken.none());
            assertEquals(DetectionOrigin.Kind.LOCAL_WITH_POPULATION, c.detectionOrigin().orElseThrow().kind());
            Map<String, AccountResult> mine = byId(laptop);
            assertEquals(run.keep().accounts(), mine.keySet());
            for (AccountResult a : run.kept().accounts()) {
                AccountResult b = mine.get(a.accountId());
                assertEquals(a.score(), b.score(), a.accountId());
                assertEquals(a.flagged(), b.flagged(), a.accountId());
                assertEquals(explained(a), explained(b), a.accountId());
            }
            // the same campaigns with the same members and verdicts (their numbering is the laptop's own)
            assertEquals(campaigns(run.kept()), campaigns(laptop));

            // without the context the same accounts are a small log of their own, and score differently
            DetectionReport alone = c.detect(null, false, ImportListener.NONE, CancelToken.none());
            assertEquals(DetectionOrigin.Kind.LOCAL, c.detectionOrigin().orElseThrow().kind());
            assertEquals(run.counts().get("kept_requests"), alone.requests());
        }
    }

    @Test
    void twoRunsWriteTheSameBytes() throws Exception {
        Path again = tmp.resolve("again");
        Pipeline.Result second = LocalSpark.run("--input", bundle.toString(), "--out", again.toString(), "--benign-sample", "0.05",
                "--job-id", "test-job", "--lines-per-part", "4000", "--partitions", "3");
        Pipeline.Result third = LocalSpark.run("--input", bundle.toString(), "--out", tmp.resolve("third").toString(), "--benign-sample", "0.05",
                "--job-id", "test-job", "--lines-per-part", "4000", "--partitions", "7");
        assertArrayEquals(second.manifest(), third.manifest(), "same input and rules, other partitioning: same manifest");
        assertEquals(files(again), files(tmp.resolve("third")));
        Manifest m = ManifestReader.parse(second.manifest(), "manifest.json");
        assertTrue(m.files().stream().filter(ManifestFile::isRequests).count() >= 2, "several parts at 4000 lines per part");
        // the part size changes the parts, not what is in them
        assertEquals(Files.readString(out.resolve("findings.json")).replace("\"lines_per_part\" : \"100000\"", "\"lines_per_part\" : \"4000\""),
                Files.readString(again.resolve("findings.json")));
        assertArrayEquals(Files.readAllBytes(out.resolve("population.json")), Files.readAllBytes(again.resolve("population.json")));
    }

    @Test
    void aBundleThatDoesNotMatchItsManifestIsRefused() throws Exception {
        Path copy = tmp.resolve("tampered");
        copyTree(bundle, copy);
        Path accounts = copy.resolve("accounts.jsonl");
        Files.writeString(accounts, Files.readString(accounts).replaceFirst("\"tier-", "\"tier-X"));
        var e = assertThrows(Pipeline.InputMismatchException.class,
                () -> LocalSpark.run("--input", copy.toString(), "--out", tmp.resolve("never").toString()));
        assertTrue(e.getMessage().contains("accounts.jsonl"), e.getMessage());
    }

    @Test
    void helpListsTheOptions() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, DistillationJob.run(new String[]{"--help"}, new PrintStream(bytes), System.err));
        String help = bytes.toString(StandardCharsets.UTF_8);
        for (String o : List.of("--input", "--out", "--rules", "--benign-sample", "--job-id", "--accounts", "--format")) {
            assertTrue(help.contains(o), o);
        }
        assertEquals(1, DistillationJob.run(new String[]{"--out", "x"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())), "--input is required");
    }

    static Map<String, AccountResult> byId(DetectionReport r) {
        return r.accounts().stream().collect(Collectors.toMap(AccountResult::accountId, Function.identity()));
    }

    /** Findings as text; campaign numbers (k1, k2, ...) are per run, so they are left out. */
    static List<String> explained(AccountResult a) {
        return a.findings().stream().map(f -> f.detector() + " " + f.score() + " " + f.explanation().replaceAll("\\bk\\d+\\b", "k?")
                + " " + f.evidenceSample()).toList();
    }

    static Map<String, String> campaigns(DetectionReport r) {
        Map<String, String> out = new TreeMap<>();
        for (var c : r.clusters()) {
            out.put(String.join(",", new java.util.TreeSet<>(c.accounts())), c.score() + " " + c.flagged() + " " + c.reasons()
                    + " " + c.links().stream().map(l -> l.kind() + ":" + l.value() + ":" + l.strength() + ":" + new java.util.TreeSet<>(l.accounts()))
                    .sorted().toList());
        }
        return out;
    }

    static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), io.alembic.bundle.Sha256.of(p));
            }
        }
        return out;
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
    }
}
