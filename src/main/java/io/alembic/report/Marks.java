package io.alembic.report;

import io.alembic.casefile.Case;
import io.alembic.report.doc.Table;
import io.alembic.store.Note;
import io.alembic.store.TagAssignment;
import io.alembic.store.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Analysts' tags and notes on an exhibit's subjects: the account itself, its API keys and IPs, and the records cited.
 * Live tags only (a removed tag is not a statement the analyst stands by); notes are append-only, all shown.
 */
final class Marks {
    private final List<TagAssignment> tags;
    private final List<Note> notes;

    Marks(Case c) {
        this.tags = c.tagAssignments(null, false);
        this.notes = c.notes(null);
    }

    /** One row per tag or note on any of the targets, oldest first; empty when there is none. */
    List<List<String>> rows(Set<Target> targets) {
        record Row(String at, long id, List<String> cells) {}
        List<Row> rows = new ArrayList<>();
        for (TagAssignment t : tags) {
            if (!targets.contains(t.target())) continue;
            rows.add(new Row(t.createdAt(), t.id(), List.of(Shown.time(t.createdAt()), t.createdBy(), t.target().toString(),
                    "tag " + t.tag() + (t.note() == null || t.note().isBlank() ? "" : ": " + t.note()))));
        }
        for (Note n : notes) {
            if (!targets.contains(n.target())) continue;
            rows.add(new Row(n.createdAt(), n.id(), List.of(Shown.time(n.createdAt()), n.createdBy(), n.target().toString(), "note: " + n.text())));
        }
        rows.sort(Comparator.comparing(Row::at).thenComparing(Row::id));
        return rows.stream().map(Row::cells).toList();
    }

    static Table table(List<List<String>> rows) {
        return new Table(List.of(new Table.Column("When (UTC)", 1.2, false), new Table.Column("By", 0.6, false),
                new Table.Column("On", 1.3, true), new Table.Column("Tag or note", 3.4, false)), rows);
    }
}
