package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Timestamps;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.report.ExhibitRequest;
import io.alembic.report.ExhibitResult;
import io.alembic.report.ExhibitService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Make an exhibit (PDF, optionally HTML) of accounts, a tag's accounts, a cluster or a detection run's flagged "
                + "accounts: cover, method, per account activity charts, findings and cited records with their source, cluster graph, "
                + "analyst marks, and the audit entries that produced it.",
                "A copy is kept in the case's exhibits/ folder and its SHA-256 recorded in the audit log (report_made); verify re-checks it. "
                        + "With --fixed-time the same case and options give the same bytes."})
final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    /** Exactly one scope. */
    static final class Scope {
        @Option(names = "--account", arity = "1..*", paramLabel = "A", description = "One or more accounts.")
        List<String> accounts;

        @Option(names = "--tag", paramLabel = "T", description = "The accounts carrying this tag.")
        String tag;

        @Option(names = "--cluster", paramLabel = "C", description = "A cluster of the detection results, with its members.")
        String cluster;

        @Option(names = "--detection-run", description = "Every account the latest detection run flagged.")
        boolean detectionRun;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF (the case keeps its own copy).")
    Path out;

    @Option(names = "--html", description = "Also write one self-contained HTML file beside it (FILE.html).")
    boolean html;

    @Option(names = "--title", paramLabel = "T", description = "Title on the cover (default: what the exhibit shows).")
    String title;

    @Option(names = "--fixed-time", paramLabel = "T",
            description = "State this time (RFC 3339 or YYYY-MM-DD, UTC) instead of now: the same case and options then give the same bytes.")
    String fixedTime;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ExhibitRequest request = request();
        ExhibitResult r;
        try (Case c = Case.open(caseOption.dir)) {
            r = new ExhibitService().make(c, request, out, html, ImportListener.NONE, CancelToken.none());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.put("exhibit_id", r.exhibitId());
            n.put("title", r.title());
            n.put("pages", r.pages());
            ObjectNode pdf = n.putObject("pdf");
            pdf.put("path", r.pdfCopy().toString());
            pdf.put("kept", r.pdf().toString());
            pdf.put("sha256", r.pdfSha256());
            if (r.html() != null) {
                ObjectNode h = n.putObject("html");
                h.put("path", r.htmlCopy().toString());
                h.put("kept", r.html().toString());
                h.put("sha256", r.htmlSha256());
            }
            n.put("stated_head", r.statedHead().toString());
            AuditHeadOutput.print(o, true, n, r.auditHead());
        } else {
            o.printf("exhibit %s: %d pages, stated audit head %s%n", r.exhibitId(), r.pages(), r.statedHead());
            o.printf("  pdf  %s %s (kept as %s)%n", r.pdfSha256(), r.pdfCopy(), r.pdf());
            if (r.html() != null) o.printf("  html %s %s (kept as %s)%n", r.htmlSha256(), r.htmlCopy(), r.html());
            AuditHeadOutput.text(o, r.auditHead());
        }
        return Main.OK;
    }

    private ExhibitRequest request() {
        ExhibitRequest r;
        if (scope.accounts != null) r = ExhibitRequest.accounts(scope.accounts);
        else if (scope.tag != null) r = ExhibitRequest.tag(scope.tag);
        else if (scope.cluster != null) r = ExhibitRequest.cluster(scope.cluster);
        else r = ExhibitRequest.detectionRun();
        return r.withTitle(title).at(time());
    }

    private Instant time() {
        if (fixedTime == null) return null;
        try {
            return Timestamps.parseLenient(fixedTime);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--fixed-time \"" + fixedTime + "\" is not a date or RFC 3339 timestamp");
        }
    }
}
