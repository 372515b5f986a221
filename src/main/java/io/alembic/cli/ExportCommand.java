package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.export.ExportFormat;
import io.alembic.export.ExportRequest;
import io.alembic.export.ExportResult;
import io.alembic.export.ExportScope;
import io.alembic.export.ExportedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export records and findings (csv, json) or indicators with their campaigns as a STIX 2.1 bundle (stix).",
                "Without --account/--tag/--query: every record (csv, json), or the accounts detection flagged (stix).",
                "csv writes FILE and FILE's .findings.csv beside it; text cells starting with = + - @ TAB or CR get a leading '.",
                "The files' SHA-256 go into the audit log (export_made)."})
class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--format", required = true, paramLabel = "csv|json|stix", description = "csv, json or stix.")
    String format;

    @Option(names = "--account", paramLabel = "ACCOUNT", description = "Records of this account (repeatable).")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "NAME", description = "What the tag reaches, as tag:NAME in search does.")
    String tag;

    @Option(names = "--query", paramLabel = "Q", description = "Every hit of this query (search syntax, no hit limit).")
    String query;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Option(names = "--progress", negatable = true, description = "Print progress on stderr (default: only when run from a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        try {
            f = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        int scopes = (accounts.isEmpty() ? 0 : 1) + (tag == null ? 0 : 1) + (query == null ? 0 : 1);
        if (scopes > 1) throw new ParameterException(spec.commandLine(), "name at most one of --account, --tag and --query");
        ExportScope scope = !accounts.isEmpty() ? ExportScope.accounts(accounts) : tag != null ? ExportScope.tag(tag)
                : query != null ? ExportScope.query(query) : ExportScope.all();
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : System.console() != null;
        ExportResult r;
        AuditHead head;
        try (Case c = Case.open(caseOption.dir)) {
            r = c.export(new ExportRequest(f, scope, out), showProgress ? new ImportCommand.StderrProgress(err) : ImportListener.NONE,
                    CancelToken.none());
            head = c.auditHead();
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.put("format", f.code());
            n.put("scope", scope.describe());
            n.put("out", r.main().path().toString());
            n.put("sha256", r.main().sha256());
            n.put("records", r.records());
            n.put("accounts", r.accounts());
            n.put("findings", r.findings());
            if (f == ExportFormat.STIX) n.put("stix_objects", r.objects());
            ArrayNode files = n.putArray("files");
            for (ExportedFile x : r.files()) files.addObject().put("path", x.path().toString()).put("sha256", x.sha256()).put("bytes", x.bytes());
            AuditHeadOutput.print(o, true, n, head);
        } else {
            o.printf("exported %d records of %d accounts (%s) as %s%s%n", r.records(), r.accounts(), scope.describe(), f.code(),
                    f == ExportFormat.STIX ? ": " + r.objects() + " STIX objects" : ", " + r.findings() + " findings");
            for (ExportedFile x : r.files()) o.printf("  %s  sha256 %s  (%d bytes)%n", x.path(), x.sha256(), x.bytes());
            AuditHeadOutput.text(o, head);
        }
        return Main.OK;
    }
}
