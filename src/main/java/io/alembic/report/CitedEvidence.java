package io.alembic.report;

import io.alembic.bundle.Message;
import io.alembic.casefile.CitedRecord;
import io.alembic.casefile.RecordDetail;
import io.alembic.detect.Finding;
import io.alembic.report.doc.HostileText;
import io.alembic.report.doc.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The table of records an account's findings cite: each distinct request once, in time order, with the detectors that
 * cite it, where it came from (bundle, file, line), and an excerpt of its prompt cut to a printable length.
 */
final class CitedEvidence {
    static final int EXCERPT_CHARS = 160;
    static final int EXCERPT_TOKEN = 40;

    private CitedEvidence() { }

    /** Request id to the detectors citing it, in the order the findings cite them. */
    static Map<String, TreeSet<String>> citations(List<Finding> findings) {
        Map<String, TreeSet<String>> m = new LinkedHashMap<>();
        for (Finding f : findings) for (String id : f.evidenceSample()) m.computeIfAbsent(id, k -> new TreeSet<>()).add(f.detector());
        return m;
    }

    static Table table(List<CitedRecord> records, Map<String, TreeSet<String>> citedBy) {
        List<CitedRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((CitedRecord r) -> r.detail().timestamp() == null ? "" : r.detail().timestamp())
                .thenComparing(r -> r.detail().requestId()));
        List<List<String>> rows = new ArrayList<>();
        for (CitedRecord c : sorted) {
            RecordDetail d = c.detail();
            rows.add(List.of(
                    d.requestId() + "\n(" + String.join(", ", citedBy.getOrDefault(d.requestId(), new TreeSet<>())) + ")",
                    Shown.time(d.timestamp()), nz(d.apiKeyId()), nz(d.ip()), nz(d.router()),
                    HostileText.excerpt(prompt(d), EXCERPT_CHARS, EXCERPT_TOKEN),
                    nz(c.bundleId()) + "\n" + nz(d.sourceFile()) + "\nline " + d.sourceLine()));
        }
        return new Table(List.of(new Table.Column("Request id (cited by)", 1.45, true), new Table.Column("Time (UTC)", 1.0, false),
                new Table.Column("API key", 0.7, true), new Table.Column("IP", 1.0, true), new Table.Column("Router", 0.55, false),
                new Table.Column("Prompt excerpt", 2.15, false), new Table.Column("Source (bundle, file, line)", 1.3, true)), rows);
    }

    /** The message the model answered: the last user message of a chat, or a completion's prompt. */
    static String prompt(RecordDetail d) {
        if (d.messages() != null) {
            for (int i = d.messages().size() - 1; i >= 0; i--) {
                Message m = d.messages().get(i);
                if ("user".equals(m.role()) && m.content() != null) return m.content();
            }
        }
        return d.completionPrompt() == null ? "" : d.completionPrompt();
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
