package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.BundleChecker;
import io.alembic.casefile.BundleVerification;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseVerification;
import io.alembic.casefile.IntegrityProblem;
import io.alembic.casefile.IntegrityWarning;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a case: evidence copies against their import hashes, the audit chain and the heads recorded in case.db, "
                + "the stored records against what each import recorded, the index against the store. Or check a bundle "
                + "(folder or .zip) against its own manifest without making a case.",
                "Prints {\"ok\",\"problems\":[{\"kind\",\"where\",\"expected\",\"found\"}]} with --json. Exit 2 if anything differs."})
final class VerifyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** A case folder or a bundle, not both. */
    static final class Subject {
        @Option(names = "--case", paramLabel = "DIR", description = "Case folder.")
        Path caseDir;

        @Parameters(paramLabel = "BUNDLE", description = "A bundle folder, its manifest.json or a .zip, checked against its manifest.")
        Path bundle;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--expect-head", paramLabel = "SEQ:HASH",
            description = "A head noted outside the case (printed by every command that changed it); fails unless the log still holds it.")
    String expectHead;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (subject.bundle != null) {
            if (expectHead != null) throw new ParameterException(spec.commandLine(), "--expect-head applies to a case (--case DIR), not a bundle");
            return bundle(BundleChecker.check(subject.bundle));
        }
        AuditHead expected = expectHead == null ? null : AuditHead.parse(expectHead);
        CaseVerification v;
        try (Case c = Case.open(subject.caseDir)) {
            v = c.verify(expected);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", v.ok());
            n.set("problems", problems(v.problems()));
            n.set("warnings", warnings(v.warnings()));
            ArrayNode files = n.putArray("files");
            for (CaseVerification.FileResult f : v.files()) {
                ObjectNode o = files.addObject();
                o.put("bundle_id", f.bundleId());
                o.put("path", f.path());
                o.put("sha256", f.actualSha256());
                o.put("expected_sha256", f.expectedSha256());
                o.put("verified", f.ok());
            }
            ArrayNode store = n.putArray("store");
            for (CaseVerification.StoreFile s : v.store()) {
                ObjectNode o = store.addObject();
                o.put("bundle_id", s.bundleId());
                o.put("path", s.path());
                o.put("records", s.records());
                o.put("lines_digest", s.linesDigest());
                o.put("expected_records", s.expectedRecords());
                o.put("expected_lines_digest", s.expectedLinesDigest());
            }
            ObjectNode idx = n.putObject("index");
            idx.put("records", v.index().records());
            idx.put("records_ids_digest", v.index().recordsIdsDigest());
            idx.put("documents", v.index().documents());
            idx.put("documents_ids_digest", v.index().documentsIdsDigest());
            ArrayNode exhibits = n.putArray("exhibits");
            for (CaseVerification.ExhibitResult x : v.exhibits()) {
                ObjectNode o = exhibits.addObject();
                o.put("file", "exhibits/" + x.name());
                o.put("sha256", x.actualSha256());
                o.put("expected_sha256", x.expectedSha256());
                o.put("verified", x.ok());
            }
            n.put("audit_log_intact", v.auditProblems().isEmpty());
            AuditHeadOutput.print(out, true, n, v.head());
        } else {
            for (CaseVerification.FileResult f : v.files()) out.printf("%-8s %s %s/%s%n", f.ok() ? "ok" : "ALTERED", f.actualSha256(), f.bundleId(), f.path());
            for (CaseVerification.StoreFile s : v.store()) {
                boolean same = s.records() == s.expectedRecords() && s.linesDigest().equals(s.expectedLinesDigest());
                out.printf("%-8s %d records %s/%s%n", same ? "ok" : "CHANGED", s.records(), s.bundleId(), s.path());
            }
            out.printf("index: %d documents for %d records%n", v.index().documents(), v.index().records());
            for (CaseVerification.ExhibitResult x : v.exhibits()) {
                out.printf("%-8s %s exhibits/%s%n", x.ok() ? "ok" : x.actualSha256() == null ? "MISSING" : "ALTERED",
                        x.actualSha256() == null ? x.expectedSha256() : x.actualSha256(), x.name());
            }
            out.println(v.auditProblems().isEmpty() ? "audit log: hash chain intact" : "audit log: " + v.auditProblems().get(0));
            text(out, v.problems(), v.warnings());
            AuditHeadOutput.text(out, v.head());
        }
        return fail(v.problems());
    }

    private int bundle(BundleVerification v) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", v.ok());
            n.put("bundle_id", v.bundleId());
            n.put("manifest_sha256", v.manifestSha256());
            n.set("problems", problems(v.problems()));
            n.set("warnings", warnings(v.warnings()));
            ArrayNode files = n.putArray("files");
            for (BundleVerification.FileCheck f : v.files()) {
                ObjectNode o = files.addObject();
                o.put("path", f.path());
                o.put("kind", f.kind());
                o.put("sha256", f.sha256());
                o.put("expected_sha256", f.expectedSha256());
                o.put("verified", f.verified());
            }
            Json.print(out, n);
        } else {
            for (BundleVerification.FileCheck f : v.files()) out.printf("%-8s %s %s%n", f.verified() ? "ok" : "MISMATCH", f.sha256(), f.path());
            text(out, v.problems(), v.warnings());
            out.println(v.ok() ? "bundle " + v.bundleId() + ": matches its manifest" : "bundle " + v.source() + ": does NOT match its manifest");
            out.flush();
        }
        return fail(v.problems());
    }

    private static ArrayNode problems(List<IntegrityProblem> problems) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (IntegrityProblem p : problems) {
            ObjectNode o = a.addObject();
            o.put("kind", p.kind());
            o.put("where", p.where());
            o.put("expected", p.expected());
            o.put("found", p.found());
        }
        return a;
    }

    private static ArrayNode warnings(List<IntegrityWarning> warnings) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (IntegrityWarning w : warnings) {
            ObjectNode o = a.addObject();
            o.put("kind", w.kind());
            o.put("where", w.where());
            o.put("message", w.message());
        }
        return a;
    }

    private static void text(PrintWriter out, List<IntegrityProblem> problems, List<IntegrityWarning> warnings) {
        for (IntegrityProblem p : problems) out.println("PROBLEM  " + p);
        for (IntegrityWarning w : warnings) out.println("warning  " + w);
        out.flush();
    }

    /** Exit 2 with the first problem on stderr, so a script that reads only the exit code and stderr still learns what broke. */
    private int fail(List<IntegrityProblem> problems) {
        if (problems.isEmpty()) return Main.OK;
        PrintWriter err = spec.commandLine().getErr();
        err.println("alembic: verification failed: " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        err.flush();
        return Main.VERIFICATION_FAILED;
    }
}
