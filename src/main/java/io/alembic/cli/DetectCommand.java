package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.casefile.DetectionOrigin;
import io.alembic.casefile.ImportListener;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.detect.ReportCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Run the distillation detectors over a case; results replace the previous run and are stored in the case.",
                "A case holding a reduced bundle from the Spark job is scored against that bundle's population context "
                        + "(population.json), so its accounts get the scores the upstream job gave them."})
final class DetectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule override JSON ({\"cadence\": {\"min_requests\": 40}, ...}).")
    Path rules;

    @Option(names = "--no-population-context",
            description = "Ignore a reduced bundle's population context: score the case as if it held the whole log.")
    boolean noPopulation;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DetectionReport report;
        DetectionOrigin origin;
        AuditHead head;
        try (Case c = Case.open(caseOption.dir)) {
            report = c.detect(rules, !noPopulation, ImportListener.NONE, CancelToken.none());
            origin = c.detectionOrigin().orElse(null);
            head = c.auditHead();
        }
        print(spec.commandLine().getOut(), report, origin, json, head);
        return Main.OK;
    }

    /** The report as the detect and detections commands show it: JSON contract plus "origin", or text. */
    static void print(PrintWriter out, DetectionReport report, DetectionOrigin origin, boolean json) {
        print(out, report, origin, json, null);
    }

    /** As above; head non-null when the command changed the case (detect), so the new audit head is printed too. */
    static void print(PrintWriter out, DetectionReport report, DetectionOrigin origin, boolean json, AuditHead head) {
        if (json) {
            ObjectNode n = ReportCodec.toJson(report);
            if (origin != null) n.set("origin", originJson(origin, report.rulesVersion()));
            if (head != null) AuditHeadOutput.json(n, head);
            Json.print(out, n);
            return;
        }
        if (origin != null) out.printf("%s%n", capitalised(origin.describe(report.rulesVersion())));
        out.printf("rules %s: %d requests, %d accounts, %d flagged, %d clusters%n", report.rulesVersion(), report.requests(),
                report.accounts().size(), report.flagged().size(), report.clusters().size());
        for (AccountResult a : report.accounts()) {
            if (a.findings().isEmpty()) continue;
            out.printf("%-16s %.3f %s%s%n", a.accountId(), a.score(), a.flagged() ? "FLAGGED" : "-",
                    a.cluster() == null ? "" : "  cluster " + a.cluster());
            for (Finding f : a.findings()) out.printf("    %-14s %.2f  %s%n", f.detector(), f.score(), f.explanation());
        }
        if (head != null) AuditHeadOutput.text(out, head);
        out.flush();
    }

    static ObjectNode originJson(DetectionOrigin o, String rulesVersion) {
        ObjectNode n = Json.object();
        n.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        n.put("description", o.describe(rulesVersion));
        if (o.jobId() == null) n.putNull("job_id"); else n.put("job_id", o.jobId());
        if (o.upstreamRules() == null) n.putNull("upstream_rules_version"); else n.put("upstream_rules_version", o.upstreamRules());
        if (o.bundleId() == null) n.putNull("bundle_id"); else n.put("bundle_id", o.bundleId());
        if (o.logAccounts() >= 0) n.put("log_accounts", o.logAccounts());
        if (o.logRequests() >= 0) n.put("log_requests", o.logRequests());
        return n;
    }

    private static String capitalised(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
