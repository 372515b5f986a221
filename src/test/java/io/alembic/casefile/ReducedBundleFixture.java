package io.alembic.casefile;

import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.BundleScan;
import io.alembic.bundle.FactsReader;
import io.alembic.bundle.FindingsFile;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestWriter;
import io.alembic.bundle.Sha256;
import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountResult;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.DetectionEngine;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.LogContext;
import io.alembic.detect.PopulationContext;
import io.alembic.detect.RequestFacts;
import io.alembic.detect.RuleSet;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.profile.ProfileBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * What the Spark job writes, made on one machine for the root module's tests (which have no Spark): a reduced bundle
 * of a bundle's flagged accounts and their whole clusters plus every {@code sampleEvery}-th other account, with their
 * lines verbatim, their registry lines, findings.json and population.json, listed in a manifest. The Spark module
 * tests the job itself; this fixture only needs to produce the same kind of folder.
 */
public final class ReducedBundleFixture {
    /** The full run's report, the report cut to the kept accounts, and the kept accounts. */
    public record Written(Path dir, DetectionReport full, DetectionReport kept, Set<String> keep, long keptRequests) {}

    private ReducedBundleFixture() { }

    public static Written write(Path bundle, Path out, String jobId, int sampleEvery) throws IOException {
        RuleSet rules = RuleSet.builtin();
        DetectionEngine engine = new DetectionEngine(rules);
        ProfileBuilder b = engine.newBuilder();
        FactsReader reader = new FactsReader();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<byte[]>> lines = new LinkedHashMap<>();
        BundleScan scan = new BundleScan(bundle);
        scan.requests(line -> {
            RequestFacts f = reader.read(line);
            if (f == null || !seen.add(f.requestId())) return;
            b.accept(f);
            ids.add(f.requestId());
            lines.computeIfAbsent(f.accountId(), k -> new ArrayList<>()).add(line);
        });
        List<AccountFacts> registry = new ArrayList<>();
        for (AccountRecord a : scan.accounts()) registry.add(a.facts());
        long start = b.windowStart(), end = b.windowEnd(), requests = b.requests();
        List<AccountSummary> summaries = new ArrayList<>();
        for (AccountSummary s : engine.summarize(b, new LogContext(start, end, 0, requests))) {
            Map<Integer, String> names = new HashMap<>();
            for (int q : s.citedSeqs()) names.put(q, ids.get(q));
            summaries.add(s.withEvidenceIds(names));
        }
        LogContext log = new LogContext(start, end, summaries.size(), requests);
        DetectionReport full = engine.score(summaries, registry, log, seqs -> { throw new IllegalStateException("named"); });

        TreeSet<String> keep = new TreeSet<>();
        int i = 0;
        for (AccountResult a : full.accounts()) {
            if (a.flagged() || i++ % sampleEvery == 0) keep.add(a.accountId());
        }
        for (Cluster c : full.clusters()) if (c.accounts().stream().anyMatch(keep::contains)) keep.addAll(c.accounts());
        PopulationContext ctx = engine.context(summaries, registry, log, keep);
        DetectionReport kept = new DetectionReport(full.rulesVersion(), full.requests(),
                full.accounts().stream().filter(a -> keep.contains(a.accountId())).toList(),
                full.clusters().stream().filter(c -> c.accounts().stream().anyMatch(keep::contains)).toList());

        Files.createDirectories(out.resolve("records"));
        List<ManifestFile> files = new ArrayList<>();
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        long keptRequests = 0;
        try (OutputStream gz = new GZIPOutputStream(part)) {
            for (var e : lines.entrySet()) {
                if (!keep.contains(e.getKey())) continue;
                for (byte[] l : e.getValue()) {
                    gz.write(l);
                    gz.write('\n');
                    keptRequests++;
                }
            }
        }
        files.add(put(out, "records/part-00001.jsonl.gz", ManifestFile.REQUESTS, part.toByteArray(), keptRequests));
        ByteArrayOutputStream accounts = new ByteArrayOutputStream();
        long accountLines = 0;
        try (LineReader r = new LineReader(bundle.resolve("accounts.jsonl"))) {
            while (r.next()) {
                String line = new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8);
                String id = line.replaceAll("^.*\"account_id\"\\s*:\\s*\"([^\"]+)\".*$", "$1");
                if (!keep.contains(id)) continue;
                accounts.write(r.bytes(), 0, r.length());
                accounts.write('\n');
                accountLines++;
            }
        }
        files.add(put(out, "accounts.jsonl", ManifestFile.ACCOUNTS, accounts.toByteArray(), accountLines));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("requests", requests);
        counts.put("accounts", (long) summaries.size());
        counts.put("kept_accounts", (long) keep.size());
        counts.put("kept_requests", keptRequests);
        FindingsFile findings = new FindingsFile(new FindingsFile.Upstream(jobId, rules.version(), "test fixture", List.of(bundle.toString()),
                Map.of("benign_sample", "every " + sampleEvery), counts), kept);
        files.add(put(out, "findings.json", ManifestFile.FINDINGS, findings.toBytes(), -1));
        files.add(put(out, "population.json", ManifestFile.POPULATION, ctx.toJson().getBytes(StandardCharsets.UTF_8), -1));
        Files.write(out.resolve("manifest.json"), ManifestWriter.write(new ManifestWriter.Header(jobId, "Example AI", null,
                "test fixture", null, null, null), files));
        return new Written(out, full, kept, keep, keptRequests);
    }

    /** Writes a file into the bundle and returns its manifest entry. */
    public static ManifestFile put(Path out, String rel, String kind, byte[] bytes, long records) throws IOException {
        Path p = out.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return new ManifestFile(rel, kind, Sha256.of(bytes), bytes.length, records);
    }
}
