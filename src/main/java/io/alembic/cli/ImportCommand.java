package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.ImportListener;
import io.alembic.casefile.ImportOptions;
import io.alembic.casefile.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an evidence bundle (folder or .zip) into a case folder (created if absent). Re-running resumes an interrupted import.")
final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "Bundle folder, its manifest.json, or a .zip of it.")
    Path bundle;

    @Option(names = "--accept-mismatch", description = "Import even if files do not match the manifest; recorded in the audit log.")
    boolean acceptMismatch;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Option(names = "--max-line-size", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "64M",
            description = "Quarantine lines longer than this without reading them whole (bytes, or with K, M, G; default: ${DEFAULT-VALUE}).")
    long maxLineBytes;

    @Option(names = "--format", paramLabel = "NAME",
            description = "Read the files as this format instead of detecting it: native, bedrock, openai-batch, otel, gateway.")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "JSON mapping naming the columns of a CSV/JSONL gateway log (see README); enables the gateway format.")
    Path mapping;

    @Option(names = "--progress", negatable = true,
            description = "Print progress on stderr (default: only when run from a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancelToken cancel = new CancelToken();
        try (Case c = Case.openOrCreate(caseOption.dir)) {
            boolean showProgress = progress != null ? progress : System.console() != null;
            ImportReport r = c.importBundle(bundle, new ImportOptions(acceptMismatch, maxLineBytes, FormatOptions.of(format, mapping)),
                    showProgress ? new StderrProgress(err) : ImportListener.NONE, cancel);
            AuditHead head = c.auditHead();
            if (json) {
                AuditHeadOutput.print(out, true, toJson(r), head);
            } else {
                out.printf("%s %s: %d records imported, %d quarantined, %d accounts%s%n", r.bundleId(),
                        r.alreadyImported() ? "already imported, nothing added" : "imported", r.recordsImported(), r.recordsQuarantined(), r.accounts(),
                        r.fieldsCut() > 0 ? "; " + r.fieldsCut() + " field value(s) indexed only in part (see quarantine)" : "");
                for (ImportReport.FileCheck f : r.files()) {
                    out.printf("  %-8s %s %s%n", f.verified() ? "verified" : "MISMATCH", f.sha256() == null ? "-".repeat(64) : f.sha256(), f.path());
                }
                if (!r.exporterVouched()) out.printf("  format   %s (no exporter manifest: Alembic hashed every file itself)%n", r.convertedFrom());
                for (String u : r.unlistedFiles()) out.printf("  unlisted %s (kept as evidence, not imported)%n", u);
                for (String note : r.notes()) out.printf("  note     %s%n", note);
                if (r.upstream() != null) {
                    ImportReport.Upstream u = r.upstream();
                    out.printf("upstream findings recorded: computed upstream by job %s, rules version %s: %d accounts, %d flagged "
                            + "(of %d accounts, %d requests upstream)%s%n", u.jobId(), u.rulesVersion(), u.accounts(), u.flagged(),
                            u.logAccounts(), u.logRequests(), u.population() ? "; detect re-scores them with the bundle's population context" : "");
                }
                AuditHeadOutput.text(out, head);
            }
        }
        return Main.OK;
    }

    static ObjectNode toJson(ImportReport r) {
        ObjectNode n = Json.object();
        n.put("bundle_id", r.bundleId());
        n.put("records_imported", r.recordsImported());
        n.put("records_quarantined", r.recordsQuarantined());
        n.put("fields_cut", r.fieldsCut());
        n.put("accounts", r.accounts());
        n.put("already_imported", r.alreadyImported());
        n.put("accepted_mismatch", r.acceptedMismatch());
        n.put("exporter_manifest", r.exporterVouched());
        n.put("converted_from", r.convertedFrom());
        ArrayNode files = n.putArray("files");
        for (ImportReport.FileCheck f : r.files()) {
            ObjectNode fn = files.addObject();
            fn.put("path", f.path());
            fn.put("sha256", f.sha256());
            fn.put("verified", f.verified());
            if (f.problem() != null) fn.put("problem", f.problem());
        }
        n.set("unlisted_files", Json.strings(r.unlistedFiles()));
        n.set("notes", Json.strings(r.notes()));
        ArrayNode broken = n.putArray("broken_parts");
        for (ImportReport.BrokenPart b : r.brokenParts()) {
            broken.addObject().put("file", b.file()).put("last_good_line", b.lastGoodLine()).put("error", b.error());
        }
        if (r.upstream() == null) {
            n.putNull("upstream");
        } else {
            ImportReport.Upstream u = r.upstream();
            ObjectNode up = n.putObject("upstream");
            up.put("job_id", u.jobId());
            up.put("rules_version", u.rulesVersion());
            up.put("accounts", u.accounts());
            up.put("flagged", u.flagged());
            up.put("log_accounts", u.logAccounts());
            up.put("log_requests", u.logRequests());
            up.put("population_context", u.population());
        }
        return n;
    }

    /** Progress on stderr, at most about once a second, so scripts and logs stay readable. */
    static final class StderrProgress implements ImportListener {
        private final PrintWriter err;
        private long last;
        private final long start = System.nanoTime();

        StderrProgress(PrintWriter err) { this.err = err; }

        @Override
        public void progress(String phase, long done, long total) {
            long now = System.nanoTime();
            if (now - last < 1_000_000_000L && done != total) return;
            last = now;
            double secs = Math.max(1e-3, (now - start) / 1e9);
            err.printf("%s: %d%s records (%.0f/s)%n", phase, done, total > 0 ? "/" + total : "", done / secs);
            err.flush();
        }
    }
}
