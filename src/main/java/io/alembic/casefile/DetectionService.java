package io.alembic.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.FactsReader;
import io.alembic.bundle.FindingsFile;
import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountResult;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.DetectionEngine;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.LogContext;
import io.alembic.detect.PopulationContext;
import io.alembic.detect.RequestIds;
import io.alembic.detect.profile.ProfileBuilder;
import io.alembic.detect.ReportCodec;
import io.alembic.detect.RequestFacts;
import io.alembic.detect.RuleSet;
import io.alembic.store.AccountStore;
import io.alembic.store.BundleStore;
import io.alembic.store.CaseDatabase;
import io.alembic.store.DetectionStore;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs detection over a case: streams every stored request through the detectors' profile builder (prompt text is
 * dropped as soon as it is sketched), stores the report replacing the previous run, and records the run in the audit log.
 */
final class DetectionService {
    /** An analyst's rule override kept in the case folder applies whenever no other file is given. */
    static final String CASE_RULES = "detect-rules.json";

    private final CaseFolder folder;
    private final CaseDatabase db;
    private final AuditLog audit;

    DetectionService(CaseFolder folder, CaseDatabase db, AuditLog audit) {
        this.folder = folder;
        this.db = db;
        this.audit = audit;
    }

    /**
     * @param usePopulation when the case holds a reduced bundle's population context, weigh shared values by the whole
     *                      log it describes (the kept accounts then get the upstream scores); false scores the case
     *                      as if it were the whole log
     */
    DetectionReport run(Path rulesFile, boolean usePopulation, ImportListener listener, CancelToken cancel) throws IOException {
        Path rulesPath = rulesFile != null ? rulesFile : Files.isRegularFile(folder.root().resolve(CASE_RULES))
                ? folder.root().resolve(CASE_RULES) : null;
        if (rulesPath != null && !Files.isRegularFile(rulesPath)) throw new java.nio.file.NoSuchFileException(rulesPath.toString());
        RuleSet rules;
        try {
            rules = RuleSet.load(rulesPath);
        } catch (IllegalArgumentException e) {
            throw new CaseException(e.getMessage());
        }
        String started = Instant.now().toString();
        Optional<UpstreamEvidence.Population> population = usePopulation
                ? new UpstreamEvidence(folder, new BundleStore(db)).population() : Optional.empty();
        db.rollback(); // end the read transaction the lookup opened
        DetectionEngine engine = new DetectionEngine(rules);
        ProfileBuilder builder = engine.newBuilder();
        RequestStore requests = new RequestStore(db);
        long total = requests.count();
        long[] done = {0};
        FactsReader reader = new FactsReader();
        RowList rows = new RowList(); // row of each request in the order the builder numbers them
        try (ProfilePipeline pipeline = new ProfilePipeline(builder)) {
            requests.forEachRawRow((row, raw) -> {
                RequestFacts f = reader.read(raw);
                if (f != null) {
                    rows.add(row);
                    pipeline.accept(f);
                }
                if (++done[0] % 10_000 == 0) {
                    if (cancel.isCancelled()) throw new Cancelled();
                    listener.progress("Detecting", done[0], total);
                }
            });
            pipeline.finish();
        } catch (Cancelled c) {
            db.rollback();
            audit.append("detection_cancelled", Map.of("rules_version", rules.version(), "requests_read", done[0]));
            throw new CaseException("detection cancelled after " + done[0] + " of " + total + " requests; previous results kept");
        }
        List<AccountFacts> registry = new ArrayList<>();
        for (AccountRecord a : new AccountStore(db).records()) registry.add(a.facts());
        db.rollback(); // end the read transaction before writing
        listener.progress("Scoring", done[0], total);
        RequestIds ids = seqs -> {
            long[] wanted = new long[seqs.length];
            for (int i = 0; i < seqs.length; i++) wanted[i] = rows.get(seqs[i]);
            Map<Long, String> byRow = requests.requestIdsByRow(wanted);
            List<String> out = new ArrayList<>(seqs.length);
            for (long r : wanted) out.add(byRow.get(r));
            return out;
        };
        DetectionReport report;
        DetectionOrigin origin;
        if (population.isPresent()) {
            // the per-account stage seals profiles against the whole log's window, as the upstream job did; the
            // cross-account stage weighs shared values by the whole log's counts
            PopulationContext ctx = population.get().context();
            List<AccountSummary> summaries = engine.summarize(builder, new LogContext(ctx.windowStart(), ctx.windowEnd(), 0, ctx.requests()));
            report = engine.score(summaries, registry, ctx.log(), ids, ctx);
            FindingsFile.Upstream up = population.get().upstream();
            origin = new DetectionOrigin(DetectionOrigin.Kind.LOCAL_WITH_POPULATION, up == null ? null : up.jobId(),
                    up == null ? null : up.rulesVersion(), population.get().bundle().bundleId(), done[0], ctx.accounts(), ctx.requests());
        } else {
            report = engine.finish(builder, registry, ids);
            origin = DetectionOrigin.local(report.requests());
        }
        store(report, origin, rules, rulesPath, started);
        listener.progress("Done", done[0], total);
        return report;
    }

    private void store(DetectionReport report, DetectionOrigin origin, RuleSet rules, Path rulesPath, String started) throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rules_file", rulesPath == null ? "shipped" : rulesPath.toAbsolutePath().toString());
        details.put("sections", rules.sectionVersions());
        record("detection_run", report, origin, started, details);
    }

    /**
     * Stores the findings an upstream job computed, as the case's current detection results (replacing a previous
     * run, which stays in the run history), with their origin; recorded in the audit log.
     */
    void storeUpstream(FindingsFile findings, String bundleId, String findingsSha256, long keptRequests) throws IOException {
        FindingsFile.Upstream up = findings.upstream();
        DetectionOrigin origin = new DetectionOrigin(DetectionOrigin.Kind.UPSTREAM, up.jobId(), up.rulesVersion(), bundleId,
                keptRequests, up.count("accounts"), findings.report().requests());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bundle_id", bundleId);
        details.put("job_id", up.jobId());
        details.put("computed_by", up.computedBy());
        details.put("findings_sha256", findingsSha256);
        details.put("inputs", up.inputs());
        record("detection_imported", findings.report(), origin, Instant.now().toString(), details);
    }

    private void record(String event, DetectionReport report, DetectionOrigin origin, String started, Map<String, Object> extra) {
        DetectionStore store = new DetectionStore(db);
        Optional<DetectionStore.Run> previous = store.runs().stream().reduce((a, b) -> b);
        List<DetectionStore.ResultRow> rows = new ArrayList<>();
        for (AccountResult a : report.accounts()) rows.add(new DetectionStore.ResultRow(a.accountId(), a.score(), a.flagged(), a.cluster()));
        ObjectNode json = ReportCodec.toJson(report);
        json.set("origin", origin.toJson());
        long id = store.replace(report.rulesVersion(), Who.user(), started, Instant.now().toString(), report.requests(),
                json.toString(), rows);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", id);
        details.put("rules_version", report.rulesVersion());
        details.put("origin", origin.describe(report.rulesVersion()));
        details.putAll(extra);
        details.put("requests", report.requests());
        details.put("accounts", report.accounts().size());
        details.put("flagged", report.flagged().size());
        details.put("clusters", report.clusters().size());
        previous.ifPresent(p -> details.put("replaced_run", Map.of("run", p.id(), "rules_version", p.rulesVersion(), "flagged", p.flagged())));
        try {
            audit.append(event, details);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Optional<DetectionReport> latest(CaseDatabase db) {
        return new DetectionStore(db).latestReport().map(ReportCodec::parse);
    }

    static Optional<DetectionOrigin> latestOrigin(CaseDatabase db) {
        return new DetectionStore(db).latestReport().map(DetectionOrigin::of);
    }

    /** A growable long array: one entry per scanned request, 8 bytes each. */
    private static final class RowList {
        private long[] rows = new long[1024];
        private int n;

        void add(long row) {
            if (n == rows.length) rows = java.util.Arrays.copyOf(rows, n * 2);
            rows[n++] = row;
        }

        long get(int i) { return rows[i]; }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() { super(null, null, false, false); }
    }
}
