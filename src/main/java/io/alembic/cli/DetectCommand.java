package io.alembic.cli;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
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
import java.util.concurrent.Callable;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Run the distillation detectors over a case; results replace the previous run and are stored in the case.")
final class DetectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule override JSON ({\"cadence\": {\"min_requests\": 40}, ...}).")
    Path rules;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DetectionReport report;
        try (Case c = Case.open(caseOption.dir)) {
            report = c.detect(rules, ImportListener.NONE, CancelToken.none());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, ReportCodec.toJson(report));
            return Main.OK;
        }
        out.printf("rules %s: %d requests, %d accounts, %d flagged, %d clusters%n", report.rulesVersion(), report.requests(),
                report.accounts().size(), report.flagged().size(), report.clusters().size());
        for (AccountResult a : report.accounts()) {
            if (a.findings().isEmpty()) continue;
            out.printf("%-16s %.3f %s%s%n", a.accountId(), a.score(), a.flagged() ? "FLAGGED" : "-",
                    a.cluster() == null ? "" : "  cluster " + a.cluster());
            for (Finding f : a.findings()) out.printf("    %-14s %.2f  %s%n", f.detector(), f.score(), f.explanation());
        }
        out.flush();
        return Main.OK;
    }
}
