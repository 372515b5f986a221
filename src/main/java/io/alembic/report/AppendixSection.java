package io.alembic.report;

import io.alembic.casefile.AuditEntry;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.HostileText;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.PageBreak;
import io.alembic.report.doc.Para;
import io.alembic.report.doc.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The audit entries that produced the exhibit, up to the head it states: the case's creation, every import, the
 * detection run whose findings it shows, and each entry that names one of its subjects (tags, notes, bookmarks on the
 * accounts, their clusters or the cited records). With the hashes, a reader can find each entry in the log.
 */
final class AppendixSection {
    static final Set<String> ALWAYS = Set.of("case_created", "import_started", "import_completed", "import_refused",
            "import_cancelled", "verification_overridden");
    static final int DETAILS_CHARS = 420;

    private AppendixSection() { }

    static List<Block> build(ExhibitContext x, Set<String> subjectIds) {
        long headSeq = x.contentHead().seq();
        long detectionSeq = x.detectionEntry().map(AuditEntry::seq).orElse(-1L);
        List<List<String>> rows = new ArrayList<>();
        for (AuditEntry e : x.trail().entries()) {
            if (e.seq() > headSeq) break;
            if (!(ALWAYS.contains(e.action()) || e.seq() == detectionSeq || mentions(e, subjectIds))) continue;
            rows.add(List.of(Long.toString(e.seq()), Shown.time(e.at()), e.user() == null ? "" : e.user(), e.action(),
                    HostileText.excerpt(e.detailsText().replace(",\"", ", \""), DETAILS_CHARS, 72), e.hash() == null ? "" : e.hash()));
        }
        List<Block> out = new ArrayList<>();
        out.add(new PageBreak());
        out.add(new Heading(1, "Appendix: audit entries that produced this exhibit"));
        out.add(Para.quiet("From the case's hash-chained audit log (audit.log.jsonl), up to and including the stated head "
                + x.contentHead().head() + ": the case's creation, the imports, the detection run whose findings are shown, and every "
                + "entry naming one of the exhibit's accounts, clusters or cited records. Details are shortened; the log holds them in full."));
        out.add(new Table(List.of(new Table.Column("Seq", 0.35, false), new Table.Column("At (UTC)", 1.15, false),
                new Table.Column("By", 0.5, false), new Table.Column("Action", 1.05, false), new Table.Column("Details", 2.85, false),
                new Table.Column("Entry hash", 1.5, true)), rows));
        return out;
    }

    private static boolean mentions(AuditEntry e, Set<String> ids) {
        String text = e.detailsText();
        for (String id : ids) {
            // whole ids only: acct_1 must not pick up the entries of acct_10
            for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
                if (!idChar(text, at - 1) && !idChar(text, at + id.length())) return true;
            }
        }
        return false;
    }

    private static boolean idChar(String s, int i) {
        if (i < 0 || i >= s.length()) return false;
        char c = s.charAt(i);
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
