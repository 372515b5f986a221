package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Clusters screen: every cluster of the shown report as a campaign (flagged first, then by campaign score) in a
 * scrolling grid of small graphs, a legend of the link kinds present, and beside it the selected campaign's reasons
 * and links. Clicking an account selects it in Detections too; double-clicking switches there. The summaries the
 * graph draws are computed off the FX thread, because a generated fleet can have thousands of members and links.
 */
public final class ClustersView extends BorderPane {
    private static final ExecutorService LAYOUT = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alembic-cluster-layout");
        t.setDaemon(true);
        return t;
    });

    private final DetectionController detections;
    private final Consumer<String> showInDetections;
    private final ClusterCanvas canvas;
    private final ScrollBar scrollBar = new ScrollBar();
    private final LinkLegend legend = new LinkLegend();
    private final CampaignPanel panel;
    private final Label info = new Label();
    private final javafx.scene.control.Button exhibit = new javafx.scene.control.Button("Make exhibit…");
    private java.util.function.Consumer<io.alembic.report.ExhibitRequest> makeExhibit = r -> { };
    private final Label empty = new Label();
    private long seq;
    private boolean ready;

    /** What the layout thread hands back: the sketches in display order, accounts by id, link kinds present. */
    private record Prepared(List<ClusterSketch> sketches, Map<String, AccountResult> accounts, TreeSet<String> kinds) {}

    ClustersView(DetectionController detections, Consumer<String> showInDetections) {
        this.detections = detections;
        this.showInDetections = showInDetections;
        setId("clustersView");
        canvas = new ClusterCanvas(new ClusterCanvas.Listener() {
            @Override
            public void selectAccount(String id) { detections.selectedAccountProperty().set(id); }

            @Override
            public void openAccount(String id) { open(id); }

            @Override
            public void selectCluster(String id) { detections.selectedClusterProperty().set(id); }
        });
        panel = new CampaignPanel(c -> open(topMember(c)));
        setCenter(center());
        setTop(top());
        detections.reportProperty().addListener((o, a, r) -> show(r));
        detections.selectedAccountProperty().addListener((o, a, id) -> canvas.setSelectedAccount(id));
        detections.selectedClusterProperty().addListener((o, a, id) -> select(id));
        canvas.setSelectedAccount(detections.selectedAccountProperty().get());
        show(detections.report());
    }

    private SplitPane center() {
        Pane holder = new Pane(canvas);
        canvas.setManaged(false); // sized by the bindings below, not by the Pane's autosize
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        holder.setMinSize(0, 0);
        scrollBar.setId("clusterScroll");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setMin(0);
        scrollBar.maxProperty().bind(canvas.maxScrollProperty());
        scrollBar.visibleAmountProperty().bind(canvas.heightProperty());
        scrollBar.blockIncrementProperty().bind(canvas.heightProperty().multiply(0.9));
        scrollBar.setUnitIncrement(40);
        scrollBar.valueProperty().bindBidirectional(canvas.scrollProperty());
        scrollBar.visibleProperty().bind(canvas.maxScrollProperty().greaterThan(0));
        scrollBar.managedProperty().bind(scrollBar.visibleProperty());
        BorderPane graph = new BorderPane(holder);
        graph.setRight(scrollBar);
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        StackPane left = new StackPane(graph, empty);
        left.setMinWidth(320);
        SplitPane split = new SplitPane(left, panel);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(panel, false);
        return split;
    }

    private BorderPane top() {
        info.getStyleClass().add("view-summary");
        info.setId("clustersInfo");
        info.setMinWidth(Label.USE_PREF_SIZE);
        BorderPane top = new BorderPane();
        top.setLeft(info);
        top.setCenter(legend);
        exhibit.setId("clusterExhibit");
        exhibit.setTooltip(new javafx.scene.control.Tooltip("An exhibit (PDF, optionally HTML) of the selected cluster and its members"));
        exhibit.setOnAction(e -> {
            String id = detections.selectedClusterProperty().get();
            if (id != null) makeExhibit.accept(io.alembic.report.ExhibitRequest.cluster(id));
        });
        exhibit.disableProperty().bind(detections.selectedClusterProperty().isNull());
        top.setRight(exhibit);
        BorderPane.setMargin(legend, new Insets(0, 0, 0, 20));
        top.setPadding(new Insets(8, 10, 8, 10));
        top.getStyleClass().add("search-bar");
        return top;
    }

    ClusterCanvas canvas() { return canvas; }

    /** What "Make exhibit…" does with the selected cluster (the main window opens the exhibit dialog). */
    void setMakeExhibit(java.util.function.Consumer<io.alembic.report.ExhibitRequest> action) { this.makeExhibit = action; }

    LinkLegend legend() { return legend; }

    CampaignPanel panel() { return panel; }

    /** True once the shown report's graph is laid out (the layout runs in the background). */
    boolean ready() { return ready; }

    /** Selects {@code clusterId} and scrolls its cell into view (once laid out, if that is still running). */
    void reveal(String clusterId) {
        detections.selectedClusterProperty().set(clusterId);
        canvas.reveal(clusterId);
    }

    private void show(DetectionReport r) {
        long mine = ++seq;
        ready = false;
        canvas.setSketches(List.of(), Map.of());
        legend.show(List.of());
        if (r == null || r.clusters().isEmpty()) {
            info.setText(r == null ? "No detection results" : "No linked accounts");
            empty.setText(r == null ? "Run detection (" + Shortcuts.RUN_DETECTION.getDisplayText() + ") to draw the linked-account graph."
                    : "Detection found no accounts linked strongly enough to form a cluster.");
            empty.setVisible(true);
            panel.show(null, 0);
            ready = true;
            return;
        }
        info.setText("Laying out " + Fmt.count(r.clusters().size()) + " clusters…");
        empty.setVisible(false);
        Task<Prepared> t = new Task<>() {
            @Override
            protected Prepared call() {
                Map<String, AccountResult> accounts = ClusterSketch.accounts(r);
                List<ClusterSketch> sketches = ClusterSketch.of(r, accounts);
                TreeSet<String> kinds = new TreeSet<>();
                for (ClusterSketch s : sketches) kinds.addAll(s.kinds());
                return new Prepared(sketches, accounts, kinds);
            }
        };
        t.setOnSucceeded(e -> { if (mine == seq) shown(r, t.getValue()); });
        t.setOnFailed(e -> { if (mine == seq) info.setText("Could not lay out the clusters: " + Fmt.message(t.getException())); });
        LAYOUT.submit(t);
    }

    private void shown(DetectionReport r, Prepared p) {
        canvas.setSketches(p.sketches(), p.accounts());
        legend.show(p.kinds());
        long members = r.clusters().stream().mapToLong(c -> c.accounts().size()).sum();
        long flagged = r.clusters().stream().filter(Cluster::flagged).count();
        info.setText(Fmt.count(r.clusters().size()) + " clusters · " + Fmt.count(members) + " linked accounts · "
                + Fmt.count(flagged) + " flagged campaign" + (flagged == 1 ? "" : "s"));
        ready = true;
        String want = detections.selectedClusterProperty().get();
        if (want == null || canvas.sketch(want) == null) detections.selectedClusterProperty().set(p.sketches().get(0).id());
        else select(want);
    }

    private void select(String clusterId) {
        canvas.setSelectedCluster(clusterId);
        Cluster c = detections.cluster(clusterId);
        ClusterSketch s = canvas.sketch(clusterId);
        panel.show(c, s != null ? s.flaggedMembers() : c == null ? 0 : (int) c.accounts().stream()
                .map(detections::account).filter(a -> a != null && a.flagged()).count());
        canvas.reveal(clusterId);
    }

    /** The member Detections should show for a cluster: the selected account if it is one, else the highest-scoring. */
    private String topMember(Cluster c) {
        String sel = detections.selectedAccountProperty().get();
        if (sel != null && c.id().equals(detections.account(sel) == null ? null : detections.account(sel).cluster())) return sel;
        return c.accounts().stream().map(detections::account).filter(java.util.Objects::nonNull)
                .max(Comparator.comparingDouble(AccountResult::score).thenComparing(AccountResult::accountId, Comparator.reverseOrder()))
                .map(AccountResult::accountId).orElse(c.accounts().isEmpty() ? null : c.accounts().get(0));
    }

    private void open(String accountId) {
        if (accountId == null) return;
        detections.selectedAccountProperty().set(accountId);
        showInDetections.accept(accountId);
    }
}
