package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash the case's evidence copies against the hashes recorded at import and check the audit log chain. Exit 2 if anything differs.")
final class VerifyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CaseVerification v;
        try (Case c = Case.open(caseOption.dir)) {
            v = c.verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", v.ok());
            ArrayNode files = n.putArray("files");
            for (CaseVerification.FileResult f : v.files()) {
                ObjectNode o = files.addObject();
                o.put("bundle_id", f.bundleId());
                o.put("path", f.path());
                o.put("sha256", f.actualSha256());
                o.put("expected_sha256", f.expectedSha256());
                o.put("verified", f.ok());
            }
            n.put("audit_log_intact", v.auditProblem() == null);
            if (v.auditProblem() != null) n.put("audit_problem", v.auditProblem());
            Json.print(out, n);
        } else {
            for (CaseVerification.FileResult f : v.files()) out.printf("%-8s %s %s/%s%n", f.ok() ? "ok" : "ALTERED", f.actualSha256(), f.bundleId(), f.path());
            out.println(v.auditProblem() == null ? "audit log: hash chain intact" : "audit log: " + v.auditProblem());
            out.flush();
        }
        if (!v.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            String first = v.auditProblem() != null ? v.auditProblem()
                    : v.files().stream().filter(f -> !f.ok()).findFirst().map(CaseVerification.FileResult::problem).orElse("");
            err.println("alembic: verification failed: " + first);
            err.flush();
            return Main.VERIFICATION_FAILED;
        }
        return Main.OK;
    }
}
