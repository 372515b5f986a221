package io.alembic.ui;

import io.alembic.store.Target;
import io.alembic.timeline.Bin;
import io.alembic.timeline.Subject;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineQuery;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * One subject's activity: stacked request bars, cadence, tokens, and below them the records of the brushed range.
 * The whole range is aggregated once (for cadence and the overview); zooming re-aggregates only the visible window
 * at a finer bin, always on the query executor.
 */
public final class TimelineView extends BorderPane {
    private final CaseSession session;
    private final Consumer<String> status;
    final TimelineToolbar toolbar;
    final TimelineCanvas activity = new TimelineCanvas(22);
    final TimelineCanvas tokens = new TimelineCanvas(22);
    final CadencePane cadence = new CadencePane();
    final TabPane tabs = new TabPane();
    final RangeRecordsPane records;
    private final Label subjectTags = new Label();
    private final PauseTransition reload = new PauseTransition(Duration.millis(120));
    private Subject subject;
    private String value;
    private Timeline full;
    private long seq;
    private long detailSeq;

    TimelineView(CaseSession session, MarksController marks, Consumer<String> status, Consumer<String> openInSearch) {
        this.session = session;
        this.status = status;
        setId("timelineView");
        this.records = new RangeRecordsPane(session, marks, openInSearch);
        this.toolbar = new TimelineToolbar(this, marks);
        activity.setId("activityChart");
        tokens.setId("tokensChart");
        tokens.setMode(TimelineCanvas.Mode.TOKENS);
        for (TimelineCanvas c : new TimelineCanvas[] {activity, tokens}) {
            c.onView = this::setView;
            c.onBrush = this::showRange;
            c.onBarClick = (f, t) -> {
                activity.showBrush(f, t + 1);
                showRange(f, t);
            };
            c.setEmptyText("Open a timeline from Accounts (Ctrl+L), or type an account above and press Enter.");
        }
        tabs.setId("timelineTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab("Activity", activity), new Tab("Cadence", cadence), new Tab("Tokens", tokens));
        SplitPane split = new SplitPane(tabs, records);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        subjectTags.setId("subjectTags");
        subjectTags.getStyleClass().add("subject-tags");
        setTop(new VBox(toolbar, subjectTags));
        setCenter(split);
        reload.setOnFinished(e -> loadDetail());
        session.marksVersionProperty().addListener((o, a, b) -> refreshMarks());
        session.currentCaseProperty().addListener((o, a, b) -> clear());
    }

    /** Shows the timeline of {@code value} as {@code s}; loads off the FX thread. */
    public void open(Subject s, String v) {
        if (v == null || v.isBlank() || !session.isOpen()) return;
        subject = s;
        value = v.trim();
        toolbar.showSubject(s, value);
        long mine = ++seq;
        ZoneId zone = toolbar.zone();
        activity.setEmptyText("Loading " + s.name().toLowerCase() + " " + value + " …");
        Task<Timeline> t = session.query(c -> c.timeline(new TimelineQuery(s, value, null, null, null, zone)));
        t.setOnSucceeded(e -> {
            if (mine == seq) shown(t.getValue());
        });
        t.setOnFailed(e -> {
            if (mine != seq) return;
            full = null;
            for (TimelineCanvas c : new TimelineCanvas[] {activity, tokens}) {
                c.setData(null);
                c.setEmptyText(Fmt.message(t.getException()));
            }
            cadence.show(null);
            records.clear();
        });
    }

    private void shown(Timeline t) {
        full = t;
        activity.clearBrush();
        activity.setData(t);
        tokens.setData(t);
        cadence.show(t);
        fit();
        records.show(subject, value, -1, -1);
        refreshMarks();
        status.accept("Timeline of " + subject.name().toLowerCase() + " " + value + ": " + Fmt.count(t.requests())
                + " requests, " + t.bin().label() + " bins");
    }

    /** Shows the whole range. */
    void fit() {
        if (full == null) return;
        long pad = Math.max(TimelineGestures.MIN_SPAN / 2, (full.toMs() - full.fromMs()) / 40);
        setView(full.fromMs() - pad, full.toMs() + pad);
    }

    /** Moves both charts to [from, to] and, after a short pause, re-aggregates that window at the bin it needs. */
    void setView(long from, long to) {
        if (full == null) return;
        long span = Math.max(TimelineGestures.MIN_SPAN, Math.min(to - from, Math.max(TimeAxis.DAY, (full.toMs() - full.fromMs()) * 2)));
        long mid = Math.max(full.fromMs(), Math.min(full.toMs(), from + (to - from) / 2));
        long f = mid - span / 2;
        activity.setView(f, f + span);
        tokens.setView(f, f + span);
        reload.playFromStart();
    }

    /** Zooms both charts; below 1 zooms in. */
    void zoom(double factor) { activity.zoom(factor); }

    void setStackByModel(boolean byModel) { activity.setMode(byModel ? TimelineCanvas.Mode.MODEL : TimelineCanvas.Mode.STATUS); }

    /** Filters the records below to [from, to]: what the brush and a bar click do. */
    void showRange(long from, long to) {
        if (subject != null) records.show(subject, value, from, to);
    }

    private void loadDetail() {
        if (full == null || subject == null) return;
        long from = activity.viewFrom();
        long to = activity.viewTo();
        long span = to - from;
        Bin bin = Bin.auto(span, (int) Math.max(60, activity.getWidth() / 4));
        if (bin == full.bin() && from <= full.fromMs() && to >= full.toMs()) {
            if (activity.data() != full) {
                activity.setData(full);
                tokens.setData(full);
            }
            return;
        }
        long lo = Math.max(full.fromMs(), from - span);
        long hi = Math.min(full.toMs(), to + span);
        if (hi < lo) return;
        long mine = ++detailSeq;
        TimelineQuery q = new TimelineQuery(subject, value, bin, Instant.ofEpochMilli(lo), Instant.ofEpochMilli(hi), toolbar.zone());
        Task<Timeline> t = session.query(c -> c.timeline(q));
        t.setOnSucceeded(e -> {
            if (mine != detailSeq || full == null) return;
            activity.setData(t.getValue());
            tokens.setData(t.getValue());
        });
    }

    private void refreshMarks() {
        if (subject == null || !session.isOpen()) return;
        Subject s = subject;
        String v = value;
        Task<TimelineMarks.Result> t = session.query(c -> TimelineMarks.load(c, s, v));
        t.setOnSucceeded(e -> {
            if (s != subject || !v.equals(value)) return;
            activity.setMarkers(t.getValue().markers());
            tokens.setMarkers(t.getValue().markers());
            subjectTags.setGraphic(t.getValue().subjectTags().isEmpty() ? null
                    : TagChips.row(t.getValue().subjectTags(), t.getValue().colors()::get));
            subjectTags.setText(t.getValue().subjectTags().isEmpty() ? null : "Tags on this " + s.name().toLowerCase() + ":");
            subjectTags.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        });
    }

    private void clear() {
        seq++;
        full = null;
        subject = null;
        activity.setData(null);
        tokens.setData(null);
        cadence.show(null);
        records.clear();
        subjectTags.setText(null);
        subjectTags.setGraphic(null);
    }

    /** The chart on the selected tab, for PNG export. */
    Node currentChart() { return tabs.getSelectionModel().getSelectedItem().getContent(); }

    /** The numbers of the selected tab, for CSV export. */
    String currentCsv() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? ChartExport.cadenceCsv(full)
                : ChartExport.bucketsCsv(activity.data());
    }

    String exportName() { return subject == null ? "timeline" : subject.name().toLowerCase() + "-" + value + "-"
            + tabs.getSelectionModel().getSelectedItem().getText().toLowerCase(); }

    /** The target the toolbar's tag/note/bookmark buttons act on, or null for router and tag timelines. */
    Target target() {
        if (subject == null) return null;
        return switch (subject) {
            case ACCOUNT -> Target.account(value);
            case KEY -> Target.key(value);
            case IP -> Target.ip(value);
            default -> null;
        };
    }

    Timeline full() { return full; }

    void report(String message) { status.accept(message); }

    Subject subject() { return subject; }

    private Consumer<io.alembic.report.ExhibitRequest> makeExhibit = r -> { };

    /** What "Exhibit…" does (the main window opens the exhibit dialog). */
    void setMakeExhibit(Consumer<io.alembic.report.ExhibitRequest> action) { this.makeExhibit = action; }

    /** An exhibit of the account shown, or of a tag's accounts; keys, IPs and routers are shown through their accounts. */
    void makeExhibit() {
        if (subject == Subject.ACCOUNT) makeExhibit.accept(io.alembic.report.ExhibitRequest.accounts(java.util.List.of(value)));
        else if (subject == Subject.TAG) makeExhibit.accept(io.alembic.report.ExhibitRequest.tag(value));
        else status.accept("Exhibits cover an account or a tag's accounts: open the account's timeline first");
    }

    String value() { return value; }
}
