package io.alembic.ui;

import io.alembic.detect.AccountResult;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The linked-account graph as a grid of cluster cells on one canvas the size of the view. Only the cells in view are
 * drawn, each from its precomputed {@link ClusterSketch} (at most {@link ClusterSketch#MAX_NODES} nodes), so a redraw
 * costs a screenful whatever the report's size. Click a node to select the account, double-click to open it in
 * Detections, click elsewhere in a cell to select the cluster; the wheel scrolls, arrow keys move between clusters.
 */
final class ClusterCanvas extends Canvas {
    /** What the pointer and keys ask for; ClustersView turns it into selection and navigation. */
    interface Listener {
        void selectAccount(String accountId);

        void openAccount(String accountId);

        void selectCluster(String clusterId);
    }

    private final Listener listener;
    private final DoubleProperty scroll = new SimpleDoubleProperty();
    private final ReadOnlyDoubleWrapper maxScroll = new ReadOnlyDoubleWrapper();
    private final Tooltip tip = new Tooltip();
    private List<ClusterSketch> sketches = List.of();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private Map<String, AccountResult> accounts = Map.of();
    private GraphLayout.Grid grid = GraphLayout.Grid.EMPTY;
    private String selectedCluster;
    private String selectedAccount;
    private String tipFor;
    /** What the last redraw put on screen, for hit testing: visible cells only. */
    private final Map<String, Point2D> placedNodes = new HashMap<>();
    private final List<ClusterCellPainter.Placement> placedCells = new ArrayList<>();
    private final List<String> placedIds = new ArrayList<>();

    ClusterCanvas(Listener listener) {
        this.listener = listener;
        setId("clusterCanvas");
        setFocusTraversable(true);
        widthProperty().addListener((o, a, b) -> relayout());
        heightProperty().addListener((o, a, b) -> relayout());
        scroll.addListener((o, a, b) -> {
            double v = Math.max(0, Math.min(maxScroll.get(), b.doubleValue()));
            if (v != b.doubleValue()) scroll.set(v); else redraw();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            requestFocus();
            String id = nodeAt(e.getX(), e.getY());
            if (id != null) {
                if (e.getClickCount() >= 2) listener.openAccount(id); else listener.selectAccount(id);
                return;
            }
            String c = clusterAt(e.getX(), e.getY());
            if (c != null) listener.selectCluster(c);
        });
        setOnScroll(e -> scroll.set(scroll.get() - e.getDeltaY()));
        setOnMouseMoved(e -> hover(nodeAt(e.getX(), e.getY())));
        setOnMouseExited(e -> hover(null));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        tip.setShowDelay(javafx.util.Duration.millis(250));
    }

    @Override
    public boolean isResizable() { return true; }

    @Override
    public double prefWidth(double h) { return 0; }

    @Override
    public double prefHeight(double w) { return 0; }

    /** Shows {@code sketches} (already in display order) of a report whose accounts are {@code accounts}. */
    void setSketches(List<ClusterSketch> sketches, Map<String, AccountResult> accounts) {
        this.sketches = List.copyOf(sketches);
        this.accounts = accounts;
        indexOf.clear();
        for (int i = 0; i < sketches.size(); i++) indexOf.put(sketches.get(i).id(), i);
        // the grid first: resetting the scroll redraws, and must not draw the old grid's cells from the new list
        relayout();
        scroll.set(0);
    }

    void setSelectedCluster(String id) {
        selectedCluster = id;
        redraw();
    }

    void setSelectedAccount(String id) {
        selectedAccount = id;
        redraw();
    }

    DoubleProperty scrollProperty() { return scroll; }

    /** How far the grid can scroll: content height minus the view's. */
    ReadOnlyDoubleProperty maxScrollProperty() { return maxScroll.getReadOnlyProperty(); }

    GraphLayout.Grid grid() { return grid; }

    List<ClusterSketch> sketches() { return sketches; }

    ClusterSketch sketch(String clusterId) {
        Integer i = indexOf.get(clusterId);
        return i == null ? null : sketches.get(i);
    }

    /** Scrolls the least distance that brings the cluster's whole cell into view. */
    void reveal(String clusterId) {
        Integer i = indexOf.get(clusterId);
        if (i == null) return;
        Rectangle2D c = grid.cell(i);
        if (c.getMinY() < scroll.get()) scroll.set(c.getMinY());
        else if (c.getMaxY() > scroll.get() + getHeight()) scroll.set(c.getMaxY() - getHeight());
    }

    /** Where {@code accountId} is drawn (canvas coordinates), or null when it is not on screen. */
    Point2D positionOf(String accountId) { return placedNodes.get(accountId); }

    /** A point inside the cluster's cell but on no node (its caption), or null when the cell is not on screen. */
    Point2D captionOf(String clusterId) {
        int i = placedIds.indexOf(clusterId);
        if (i < 0) return null;
        Rectangle2D c = placedCells.get(i).cell();
        return new Point2D(c.getMinX() + 20, c.getMinY() + 34);
    }

    /** How many account nodes the last redraw drew (all visible cells together). */
    int drawnNodes() { return placedNodes.size(); }

    /** The ids of the clusters the last redraw drew, in order. */
    List<String> drawnClusters() { return List.copyOf(placedIds); }

    /** The account whose node covers (x, y), or null. */
    String nodeAt(double x, double y) {
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (var e : placedNodes.entrySet()) {
            double d = e.getValue().distance(x, y);
            if (d <= 14 && d < bestD) {
                best = e.getKey();
                bestD = d;
            }
        }
        return best;
    }

    /** The cluster whose cell holds (x, y), or null. */
    String clusterAt(double x, double y) {
        int i = grid.at(x, y + scroll.get());
        return i < 0 ? null : sketches.get(i).id();
    }

    private void relayout() {
        grid = GraphLayout.grid(sketches.size(), getWidth(), getHeight());
        maxScroll.set(Math.max(0, grid.contentHeight() - getHeight()));
        if (scroll.get() > maxScroll.get()) scroll.set(maxScroll.get()); else redraw();
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        placedNodes.clear();
        placedCells.clear();
        placedIds.clear();
        double top = scroll.get();
        for (int i : grid.visible(top, getHeight())) {
            ClusterSketch s = sketches.get(i);
            Rectangle2D content = grid.cell(i);
            Rectangle2D cell = new Rectangle2D(content.getMinX(), content.getMinY() - top, content.getWidth(), content.getHeight());
            ClusterCellPainter.Placement p = place(s, cell);
            ClusterCellPainter.paint(g, s, p, s.id().equals(selectedCluster), selectedAccount, accounts);
            for (int k = 0; k < s.drawn().size(); k++) placedNodes.put(s.drawn().get(k), p.nodes()[k]);
            placedCells.add(p);
            placedIds.add(s.id());
        }
    }

    private static ClusterCellPainter.Placement place(ClusterSketch s, Rectangle2D cell) {
        int n = s.drawn().size();
        boolean labels = s.hidden() == 0 && GraphLayout.labelsFit(n, cell.getWidth(), cell.getHeight());
        double[] circle = GraphLayout.circle(cell, labels);
        Point2D[] nodes = GraphLayout.nodes(n, circle);
        Point2D hub = s.hidden() > 0 ? new Point2D(circle[0], circle[1]) : null;
        return new ClusterCellPainter.Placement(cell, nodes, hub, GraphLayout.nodeRadius(n, circle[2]), labels);
    }

    private void hover(String accountId) {
        if (java.util.Objects.equals(accountId, tipFor)) return;
        tipFor = accountId;
        if (accountId == null) {
            Tooltip.uninstall(this, tip);
            return;
        }
        AccountResult a = accounts.get(accountId);
        tip.setText(a == null ? accountId : String.format(Locale.ROOT, "%s — score %.2f%s (double-click: Detections)",
                accountId, a.score(), a.flagged() ? ", FLAGGED" : ""));
        Tooltip.install(this, tip);
    }

    /** ←/→ previous/next cluster, ↑/↓ the one above/below, Enter opens the selected account, Page keys scroll. */
    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> step(-1);
            case RIGHT -> step(1);
            case UP -> step(-grid.cols());
            case DOWN -> step(grid.cols());
            case PAGE_UP -> scroll.set(scroll.get() - getHeight() * 0.9);
            case PAGE_DOWN -> scroll.set(scroll.get() + getHeight() * 0.9);
            case ENTER -> { if (selectedAccount != null && placedNodes.containsKey(selectedAccount)) listener.openAccount(selectedAccount); }
            default -> { return; }
        }
        e.consume();
    }

    private void step(int by) {
        if (sketches.isEmpty()) return;
        Integer at = selectedCluster == null ? null : indexOf.get(selectedCluster);
        int next = at == null ? 0 : Math.max(0, Math.min(sketches.size() - 1, at + by));
        listener.selectCluster(sketches.get(next).id());
    }
}
