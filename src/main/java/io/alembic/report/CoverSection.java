package io.alembic.report;

import io.alembic.casefile.CaseBundle;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.Fields;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.Para;
import io.alembic.report.doc.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The cover: what the exhibit shows, from which case and bundles (with their SHA-256), made with which tool and
 * rules, by whom and when, and the audit head it was made at, which an auditor can check with verify --expect-head.
 */
final class CoverSection {
    private CoverSection() { }

    static List<Block> build(ExhibitContext x) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, x.title()));
        List<Fields.Field> f = new ArrayList<>();
        f.add(new Fields.Field("Exhibit", x.exhibitId(), true));
        f.add(new Fields.Field("Shows", x.request().describe(), false));
        f.add(new Fields.Field("Case", x.kase().folder().getFileName().toString(), false));
        f.add(new Fields.Field("Tool", ToolVersion.TEXT, false));
        String rules = x.report().map(r -> r.rulesVersion()
                + x.origin().map(o -> " (" + o.describe(r.rulesVersion()) + ")").orElse("")).orElse("no detection run in this case");
        f.add(new Fields.Field("Rules", rules, false));
        x.detectionEntry().ifPresent(e -> f.add(new Fields.Field("Detection", e.action().replace('_', ' ') + " at " + e.at()
                + " by " + e.user() + " (audit seq " + e.seq() + ")", false)));
        f.add(new Fields.Field("Made by", x.user(), false));
        f.add(new Fields.Field("Made at", x.madeAt().toString() + " (UTC)", false));
        f.add(new Fields.Field("Audit head", x.contentHead().head().toString(), true));
        f.add(new Fields.Field("Audit chain", x.trail().state(), false));
        out.add(new Fields(f));
        out.add(Para.quiet("The audit head is the newest entry of the case's audit log that changed the case when this exhibit was "
                + "made (exhibits and verifications made since change nothing shown here). Anyone holding a copy of the case can run "
                + "'alembic verify --case DIR --expect-head " + x.contentHead().head() + "' to check that this entry, and everything "
                + "before it, is still in the log unchanged. This exhibit's own SHA-256 is recorded in the audit log (report_made), and "
                + "verify re-checks the copy kept in the case's exhibits folder."));
        out.add(new Heading(2, "Evidence bundles"));
        List<List<String>> rows = new ArrayList<>();
        for (CaseBundle b : x.bundles()) {
            rows.add(List.of(b.bundleId(), b.manifestSha256() == null ? "" : b.manifestSha256(),
                    b.evidenceDir() + (b.acceptedMismatch() ? " (imported despite a manifest mismatch, recorded in the audit log)" : "")));
        }
        out.add(new Table(List.of(new Table.Column("Bundle id", 1.1, true), new Table.Column("Manifest SHA-256", 2.6, true),
                new Table.Column("Evidence copy in the case", 1.6, false)), rows));
        return out;
    }
}
