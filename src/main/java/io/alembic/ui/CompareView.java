package io.alembic.ui;

import io.alembic.casefile.Case;
import io.alembic.store.AccountSummary;
import io.alembic.timeline.Bin;
import io.alembic.timeline.Subject;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineQuery;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Up to six accounts as small multiples on one shared time axis and one bin, so accounts that start, pause and
 * resume together line up. Zoom and pan on any chart move all of them.
 */
public final class CompareView extends BorderPane {
    static final int MAX = 6;
    private final CaseSession session;
    final TextField accounts = new TextField();
    final VBox charts = new VBox(4);
    private final Label info = new Label();
    private final List<TimelineCanvas> canvases = new ArrayList<>();
    private Map<String, Timeline> shown = Map.of();
    private long seq;

    CompareView(CaseSession session) {
        this.session = session;
        setId("compareView");
        accounts.setId("compareAccounts");
        accounts.setPromptText("up to 6 account ids, separated by spaces or commas (Enter)");
        accounts.setOnAction(e -> compare(parse(accounts.getText())));
        HBox.setHgrow(accounts, Priority.ALWAYS);
        Button go = new Button("Compare");
        go.setOnAction(e -> compare(parse(accounts.getText())));
        Button csv = new Button("CSV…");
        csv.setTooltip(new Tooltip("Export the compared buckets as CSV"));
        csv.setOnAction(e -> ChartExport.chooseCsv(getScene().getWindow(), csv(), "compare", info::setText));
        Button png = new Button("PNG…");
        png.setOnAction(e -> ChartExport.choosePng(getScene().getWindow(), charts, "compare", info::setText));
        HBox bar = new HBox(6, new Label("Accounts"), accounts, go, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("search-bar");
        info.setId("compareInfo");
        info.setPadding(new Insets(2, 10, 2, 10));
        charts.setPadding(new Insets(4, 8, 8, 8));
        charts.setStyle("-fx-background-color: white;");
        setTop(new VBox(bar, info));
        setCenter(charts);
        session.currentCaseProperty().addListener((o, a, b) -> show(Map.of()));
    }

    static List<String> parse(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).distinct().limit(MAX).toList();
    }

    /** Loads the accounts' timelines over their joint span with one shared bin. */
    public void compare(List<String> ids) {
        if (ids.isEmpty() || !session.isOpen()) return;
        List<String> pick = ids.stream().limit(MAX).toList();
        accounts.setText(String.join(", ", pick));
        long mine = ++seq;
        info.setText("Loading " + pick.size() + " timelines …");
        Task<Map<String, Timeline>> t = session.query(c -> load(c, pick));
        t.setOnSucceeded(e -> {
            if (mine == seq) show(t.getValue());
        });
        t.setOnFailed(e -> {
            if (mine == seq) info.setText("Could not compare: " + Fmt.message(t.getException()));
        });
    }

    private static Map<String, Timeline> load(Case c, List<String> ids) throws Exception {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (AccountSummary a : c.accounts()) {
            if (!ids.contains(a.accountId()) || a.firstSeen() == null) continue;
            lo = Math.min(lo, Instant.parse(a.firstSeen()).toEpochMilli());
            hi = Math.max(hi, Instant.parse(a.lastSeen()).toEpochMilli());
        }
        if (lo > hi) throw new IllegalArgumentException("none of these accounts is in the case: " + String.join(", ", ids));
        Bin bin = Bin.auto(hi - lo, 400);
        Map<String, Timeline> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, c.timeline(new TimelineQuery(Subject.ACCOUNT, id, bin, Instant.ofEpochMilli(lo), Instant.ofEpochMilli(hi),
                    ZoneOffset.UTC)));
        }
        return out;
    }

    private void show(Map<String, Timeline> timelines) {
        shown = timelines;
        canvases.clear();
        charts.getChildren().clear();
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Map.Entry<String, Timeline> e : timelines.entrySet()) {
            TimelineCanvas c = new TimelineCanvas(20);
            c.getStyleClass().add("compare-chart");
            c.setTitle(e.getKey() + " · " + Fmt.count(e.getValue().requests()) + " requests");
            c.setData(e.getValue());
            c.onView = this::setView;
            VBox.setVgrow(c, Priority.ALWAYS);
            canvases.add(c);
            charts.getChildren().add(c);
            lo = Math.min(lo, e.getValue().fromMs());
            hi = Math.max(hi, e.getValue().toMs());
        }
        if (!timelines.isEmpty()) {
            setView(lo, hi);
            info.setText(timelines.size() + " accounts · " + timelines.values().iterator().next().bin().label()
                    + " bins · shared axis; wheel zooms, drag pans all charts");
        } else {
            info.setText("Type account ids above, or pick accounts in Accounts and use Compare (Ctrl+K).");
        }
    }

    private void setView(long from, long to) {
        for (TimelineCanvas c : canvases) c.setView(from, to);
    }

    List<TimelineCanvas> canvases() { return canvases; }

    String csv() {
        StringBuilder sb = new StringBuilder();
        shown.forEach((id, t) -> sb.append("# account ").append(id).append('\n').append(ChartExport.bucketsCsv(t)).append('\n'));
        return sb.toString();
    }
}
