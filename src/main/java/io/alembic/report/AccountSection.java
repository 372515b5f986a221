package io.alembic.report;

import io.alembic.casefile.CitedRecord;
import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import io.alembic.report.chart.GapChart;
import io.alembic.report.chart.HeatMapChart;
import io.alembic.report.chart.TimelineChart;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.Fields;
import io.alembic.report.doc.Figure;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.PageBreak;
import io.alembic.report.doc.Para;
import io.alembic.store.AccountSummary;
import io.alembic.store.Target;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One account: its activity (timeline, hour-of-week heat map, gap histogram, drawn for print), its findings with their
 * explanations, the records they cite with their source, and the analysts' tags and notes on it.
 */
final class AccountSection {
    private final ExhibitContext x;
    private final Marks marks;

    AccountSection(ExhibitContext x, Marks marks) {
        this.x = x;
        this.marks = marks;
    }

    /** The blocks, and the request ids cited (for the appendix's choice of audit entries). */
    List<Block> build(String accountId, Set<String> citedOut) throws IOException {
        List<Block> out = new ArrayList<>();
        out.add(new PageBreak());
        Optional<AccountResult> result = x.result(accountId);
        String verdict = result.map(r -> String.format(Locale.ROOT, " \u2014 score %.3f%s", r.score(), r.flagged() ? ", FLAGGED" : ", not flagged"))
                .orElse("");
        out.add(new Heading(1, "Account " + accountId + verdict));
        AccountSummary s = x.accounts().get(accountId);
        List<Fields.Field> f = new ArrayList<>();
        if (s != null) {
            f.add(new Fields.Field("Requests", String.format(Locale.ROOT, "%,d", s.records()), false));
            f.add(new Fields.Field("First / last seen", s.firstSeen() + " \u2013 " + s.lastSeen(), false));
            f.add(new Fields.Field("API keys", count(s.keys()), false));
            f.add(new Fields.Field("IPs / countries", count(s.ips()) + " / " + String.join(", ", s.countries()), false));
            if (!s.routers().isEmpty()) f.add(new Fields.Field("Routers", String.join(", ", s.routers()), false));
            f.add(new Fields.Field("Tokens in / out / reasoning", String.format(Locale.ROOT, "%,d / %,d / %,d", s.inputTokens(),
                    s.outputTokens(), s.reasoningTokens()), false));
            if (s.status() != null) f.add(new Fields.Field("Registry status", s.status(), false));
        }
        result.ifPresent(r -> { if (r.cluster() != null) f.add(new Fields.Field("Cluster", r.cluster(), true)); });
        if (!f.isEmpty()) out.add(new Fields(f));

        Timeline t = x.kase().timeline(TimelineQuery.account(accountId));
        out.add(new Heading(2, "Activity"));
        out.add(new Figure(new TimelineChart(t.buckets()), 120, String.format(Locale.ROOT,
                "Requests over time (UTC), %,d in all, bars of %s merged to at most %d, stacked by status: 2xx, 429 rate-limited, other.",
                t.requests(), t.bin().label(), 120)));
        out.add(new Figure(new HeatMapChart(t.hourOfWeekUtc()), 112,
                "Cadence: requests by day of week and hour of day (UTC); each cell shows its count, shaded against the busiest cell."));
        out.add(new Figure(new GapChart(t.gaps()), 92,
                "Gaps between consecutive requests on a log scale (each bar counts gaps up to its label). A program shows a narrow peak; "
                        + "a person a spread from seconds to days."));

        out.add(new Heading(2, "Findings"));
        List<Finding> findings = result.map(AccountResult::findings).orElse(List.of());
        if (x.report().isEmpty()) out.add(Para.of("No detection has been run on this case."));
        else if (findings.isEmpty()) out.add(Para.of("The detectors recorded no finding for this account."));
        for (Finding fd : findings) {
            out.add(new Heading(3, String.format(Locale.ROOT, "%s \u2014 adds %.2f (rule %s)", fd.detector(), fd.score(), fd.ruleVersion())));
            out.add(Para.of(fd.explanation()));
            out.add(Para.quiet(String.format(Locale.ROOT, "Supported by %,d requests; %d cited below.", fd.evidenceCount(), fd.evidenceSample().size())));
        }

        Map<String, TreeSet<String>> citedBy = CitedEvidence.citations(findings);
        citedOut.addAll(citedBy.keySet());
        if (!citedBy.isEmpty()) {
            List<CitedRecord> records = x.kase().citedRecords(citedBy.keySet());
            out.add(new Heading(2, "Cited evidence records"));
            out.add(Para.quiet("Each request a finding cites, once, in time order. Source: the bundle, the file in it and the line "
                    + "(of the decompressed file) the record was read from; the verbatim line is kept in the case. Prompt text is the "
                    + "account's own, shortened; characters that cannot be printed are shown as [U+XXXX]."));
            out.add(CitedEvidence.table(records, citedBy));
            if (records.size() < citedBy.size()) {
                Set<String> missing = new LinkedHashSet<>(citedBy.keySet());
                records.forEach(r -> missing.remove(r.detail().requestId()));
                out.add(Para.of("Cited but not stored in this case (computed upstream over the whole log): " + String.join(", ", missing)));
            }
        }

        Set<Target> targets = new LinkedHashSet<>();
        targets.add(Target.account(accountId));
        if (s != null) {
            s.keys().forEach(k -> targets.add(Target.key(k)));
            s.ips().forEach(ip -> targets.add(Target.ip(ip)));
        }
        citedBy.keySet().forEach(id -> targets.add(Target.record(id)));
        List<List<String>> rows = marks.rows(targets);
        out.add(new Heading(2, "Analyst tags and notes"));
        if (rows.isEmpty()) out.add(Para.of("No analyst has tagged or annotated this account, its keys, its IPs or the cited records."));
        else out.add(Marks.table(rows));
        return out;
    }

    private static String count(List<String> values) {
        if (values.size() <= 6) return values.size() + ": " + String.join(", ", values);
        return values.size() + ": " + String.join(", ", values.subList(0, 6)) + ", \u2026";
    }
}
