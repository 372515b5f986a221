package io.alembic.casefile;

import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.FactsReader;
import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionEngine;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.profile.ProfileBuilder;
import io.alembic.detect.ReportCodec;
import io.alembic.detect.RequestFacts;
import io.alembic.detect.RuleSet;
import io.alembic.store.AccountStore;
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

    DetectionReport run(Path rulesFile, ImportListener listener, CancelToken cancel) throws IOException {
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
        DetectionReport report = engine.finish(builder, registry, seqs -> {
            long[] wanted = new long[seqs.length];
            for (int i = 0; i < seqs.length; i++) wanted[i] = rows.get(seqs[i]);
            Map<Long, String> byRow = requests.requestIdsByRow(wanted);
            List<String> out = new ArrayList<>(seqs.length);
            for (long r : wanted) out.add(byRow.get(r));
            return out;
        });
        store(report, rules, rulesPath, started);
        listener.progress("Done", done[0], total);
        return report;
    }

    private void store(DetectionReport report, RuleSet rules, Path rulesPath, String started) throws IOException {
        DetectionStore store = new DetectionStore(db);
        Optional<DetectionStore.Run> previous = store.runs().stream().reduce((a, b) -> b);
        List<DetectionStore.ResultRow> rows = new ArrayList<>();
        for (AccountResult a : report.accounts()) rows.add(new DetectionStore.ResultRow(a.accountId(), a.score(), a.flagged(), a.cluster()));
        long id = store.replace(report.rulesVersion(), Who.user(), started, Instant.now().toString(), report.requests(),
                ReportCodec.toString(report), rows);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", id);
        details.put("rules_version", report.rulesVersion());
        details.put("rules_file", rulesPath == null ? "shipped" : rulesPath.toAbsolutePath().toString());
        details.put("sections", rules.sectionVersions());
        details.put("requests", report.requests());
        details.put("accounts", report.accounts().size());
        details.put("flagged", report.flagged().size());
        details.put("clusters", report.clusters().size());
        previous.ifPresent(p -> details.put("replaced_run", Map.of("run", p.id(), "rules_version", p.rulesVersion(), "flagged", p.flagged())));
        audit.append("detection_run", details);
    }

    static Optional<DetectionReport> latest(CaseDatabase db) {
        return new DetectionStore(db).latestReport().map(ReportCodec::parse);
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
