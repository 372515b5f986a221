package io.alembic.report;

import io.alembic.casefile.AuditEntry;
import io.alembic.detect.Detector;
import io.alembic.detect.Detectors;
import io.alembic.detect.RuleSet;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.Para;
import io.alembic.report.doc.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Method: what each detector measures and the thresholds in force. The thresholds are those of the rules the detection
 * run used, found again from its audit entry (shipped rules, or the override file it names) and accepted only if they
 * give the run's rules version; otherwise the section says so and the reader relies on each finding's own sentence,
 * which quotes its thresholds.
 */
final class MethodSection {
    private MethodSection() { }

    static List<Block> build(ExhibitContext x) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, "Method"));
        out.add(Para.of("Each detector below looks at one behaviour of one account across all of its requests in the case and, when "
                + "the behaviour crosses the thresholds, records a finding: one sentence saying what was measured, the value found and "
                + "the threshold, with the requests that support it. Findings add up to the account's score; linked accounts are "
                + "judged together as a possible campaign. A finding is evidence of a pattern of use, not proof of intent."));
        Optional<RuleSet> rules = rulesInForce(x);
        String version = x.report().map(r -> r.rulesVersion()).orElse(null);
        if (version == null) {
            out.add(Para.quiet("No detection has been run on this case; the thresholds below are the shipped rules."));
        } else if (rules.isPresent()) {
            out.add(Para.quiet("Thresholds in force: rules version " + version + ", as the detection run used them."));
        } else {
            out.add(Para.quiet("The rules file the detection run used (rules version " + version + ") is not available on this machine "
                    + "or has changed since; the thresholds below are the shipped rules, and each finding quotes the thresholds it was "
                    + "held against."));
        }
        RuleSet shown = rules.orElseGet(RuleSet::builtin);
        List<List<String>> rows = new ArrayList<>();
        for (Detector d : Detectors.all()) rows.add(row(d.id(), shown));
        for (String shared : List.of("cluster", "campaign", "scoring")) rows.add(row(shared, shown));
        out.add(new Table(List.of(new Table.Column("Detector", 0.8, true), new Table.Column("What it measures", 2.4, false),
                new Table.Column("Thresholds in force", 2.6, false)), rows));
        return out;
    }

    private static List<String> row(String id, RuleSet rules) {
        return List.of(id, MethodText.measures(id), MethodText.thresholds(rules.of(id)));
    }

    /** The rules the run used, if they can still be loaded and give its version. */
    static Optional<RuleSet> rulesInForce(ExhibitContext x) {
        if (x.report().isEmpty()) return Optional.empty();
        String version = x.report().get().rulesVersion();
        String file = x.detectionEntry().map(AuditEntry::details).map(d -> d.path("rules_file").asText("shipped")).orElse("shipped");
        try {
            RuleSet r = file.equals("shipped") ? RuleSet.builtin() : Files.isRegularFile(Path.of(file)) ? RuleSet.load(Path.of(file)) : null;
            return r != null && r.version().equals(version) ? Optional.of(r) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
