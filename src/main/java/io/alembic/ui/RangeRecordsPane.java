package io.alembic.ui;

import io.alembic.casefile.SearchHit;
import io.alembic.casefile.SearchQuery;
import io.alembic.casefile.SearchResults;
import io.alembic.store.Target;
import io.alembic.timeline.Subject;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records behind the timeline: the subject's requests, narrowed to the brushed range or clicked bar. The
 * range is a search filter, so "Tag range" tags exactly the requests in it, not just the rows listed.
 */
final class RangeRecordsPane extends BorderPane {
    static final int LIMIT = 10_000;
    private final CaseSession session;
    private final MarksController marks;
    private final ResultsTable table = new ResultsTable();
    private final Label label = new Label();
    private Subject subject;
    private String value;
    private long from = -1;
    private long to = -1;
    private long seq;
    private SearchResults last;

    RangeRecordsPane(CaseSession session, MarksController marks, Consumer<String> openInSearch) {
        this.session = session;
        this.marks = marks;
        setId("rangeRecords");
        table.setId("rangeTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        label.setId("rangeLabel");
        label.getStyleClass().add("view-summary");
        Button tagRange = new Button("Tag all in range…");
        tagRange.setId("tagRange");
        tagRange.setOnAction(e -> tagRange());
        Button tagSelected = new Button("Tag selected…");
        tagSelected.setId("tagSelectedRange");
        tagSelected.setOnAction(e -> marks.tagTargets(Fmt.count(selectedIds().size()) + " selected records",
                selectedIds().stream().map(Target::record).toList()));
        Button search = new Button("Open in Search");
        search.setOnAction(e -> openInSearch.accept(query()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, label, gap, tagSelected, tagRange, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(table);
        table.setPlaceholderText("Shift-drag on the timeline to pick a range, or click a bar.");
    }

    ResultsTable table() { return table; }

    SearchResults lastResults() { return last; }

    Label label() { return label; }

    long rangeFrom() { return from; }

    long rangeTo() { return to; }

    /** Lists the subject's requests in [from, to] (inclusive ms; -1 means the whole timeline). */
    void show(Subject s, String v, long fromMs, long toMs) {
        subject = s;
        value = v;
        from = fromMs;
        to = toMs;
        long mine = ++seq;
        String range = from < 0 ? "all requests" : Fmt.time(Instant.ofEpochMilli(from).toString()) + " – "
                + Fmt.time(Instant.ofEpochMilli(to).toString()) + " UTC";
        label.setText("Loading " + range + " …");
        SearchQuery q = new SearchQuery(s == Subject.ACCOUNT ? "*:*" : clause(s, v), s == Subject.ACCOUNT ? v : null, null,
                from < 0 ? null : Instant.ofEpochMilli(from), to < 0 ? null : Instant.ofEpochMilli(to), LIMIT, 50);
        Task<SearchResults> t = session.query(c -> c.search(q));
        t.setOnSucceeded(e -> {
            if (mine != seq) return;
            last = t.getValue();
            table.setHits(last.hits());
            String n = last.hits().size() == last.total() ? Fmt.count(last.total())
                    : Fmt.count(last.hits().size()) + " of " + Fmt.count(last.total());
            label.setText(n + " requests · " + range);
        });
        t.setOnFailed(e -> {
            if (mine == seq) label.setText("Could not load the records: " + Fmt.message(t.getException()));
        });
    }

    void clear() {
        seq++;
        last = null;
        subject = null;
        table.setHits(List.of());
        label.setText("");
    }

    /** The listed requests as one query: the subject plus the time range. */
    String query() {
        if (subject == null) return "*:*";
        String q = "+" + clause(subject, value);
        return from < 0 ? q : q + " +time:[" + from + " TO " + to + "]";
    }

    private void tagRange() {
        if (subject == null) return;
        long n = last == null ? 0 : last.total();
        marks.tagQuery(Fmt.count(n) + " requests of " + subject.name().toLowerCase() + " " + value
                + (from < 0 ? "" : " in the selected range"), query());
    }

    List<String> selectedIds() { return table.getSelectionModel().getSelectedItems().stream().map(SearchHit::requestId).toList(); }

    /** The query clause selecting a subject's requests. */
    static String clause(Subject s, String v) {
        String quoted = "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return switch (s) {
            case ACCOUNT -> "account:" + quoted;
            case KEY -> "key:" + quoted;
            case IP -> "ip:" + quoted;
            case ROUTER -> "router:" + quoted;
            case TAG -> "tag:" + v;
        };
    }
}
