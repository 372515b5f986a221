package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Draws the linked-account graph: accounts as circles coloured by score (ringed when flagged), one line per shared
 * thing coloured by link kind. Parallel lines side by side rather than on top of each other, because "same IP and same
 * payment card" is stronger evidence than either, and the picture should show it.
 */
final class ClusterCanvas extends Canvas {
    static final double NODE_RADIUS = 10;
    private static final Map<String, Color> KIND_COLORS = new LinkedHashMap<>();

    static {
        KIND_COLORS.put("ip", Color.web("#0072b2"));
        KIND_COLORS.put("forwarded_for", Color.web("#56b4e9"));
        KIND_COLORS.put("asn_agent", Color.web("#009e73"));
        KIND_COLORS.put("template", Color.web("#e69f00"));
        KIND_COLORS.put("payment", Color.web("#d55e00"));
        KIND_COLORS.put("email_domain", Color.web("#cc79a7"));
        KIND_COLORS.put("creation_burst", Color.web("#7f7f7f"));
    }

    private final Consumer<String> onSelect;
    private DetectionReport report;
    private final Map<String, AccountResult> accounts = new HashMap<>();
    private GraphLayout.Placed placed = new GraphLayout.Placed(Map.of(), Map.of());
    private String selected;

    ClusterCanvas(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        setId("clusterCanvas");
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        setOnMouseClicked(e -> {
            String id = nodeAt(e.getX(), e.getY());
            if (id != null) onSelect.accept(id);
        });
    }

    @Override
    public boolean isResizable() { return true; }

    @Override
    public double prefWidth(double h) { return 0; }

    @Override
    public double prefHeight(double w) { return 0; }

    static Color kindColor(String kind) {
        Color c = KIND_COLORS.get(kind);
        return c != null ? c : ChartColors.series(Math.floorMod(kind.hashCode(), 8));
    }

    void setReport(DetectionReport r) {
        report = r;
        accounts.clear();
        if (r != null) r.accounts().forEach(a -> accounts.put(a.accountId(), a));
        redraw();
    }

    void setSelected(String accountId) {
        selected = accountId;
        redraw();
    }

    /** Where {@code accountId} is drawn (canvas coordinates), or null when it is in no cluster. */
    Point2D positionOf(String accountId) { return placed.nodes().get(accountId); }

    /** The account whose node covers (x, y), or null. */
    String nodeAt(double x, double y) {
        String best = null;
        double bestD = NODE_RADIUS + 4;
        for (var e : placed.nodes().entrySet()) {
            double d = e.getValue().distance(x, y);
            if (d <= bestD) {
                best = e.getKey();
                bestD = d;
            }
        }
        return best;
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        List<Cluster> clusters = report == null ? List.of() : report.clusters();
        placed = GraphLayout.layout(clusters, w, h);
        for (Cluster c : clusters) {
            caption(g, c, placed.cells().get(c.id()));
            edges(g, c);
        }
        for (var e : placed.nodes().entrySet()) node(g, e.getKey(), e.getValue());
    }

    private void caption(GraphicsContext g, Cluster c, Rectangle2D cell) {
        g.setStroke(ChartColors.GRID);
        g.setLineWidth(1);
        g.strokeRoundRect(cell.getMinX() + 4, cell.getMinY() + 4, cell.getWidth() - 8, cell.getHeight() - 8, 10, 10);
        g.setFill(ChartColors.TEXT);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        long flagged = c.accounts().stream().filter(a -> accounts.containsKey(a) && accounts.get(a).flagged()).count();
        g.fillText("Cluster " + c.id() + " · " + c.accounts().size() + " accounts · " + flagged + " flagged",
                cell.getMinX() + 12, cell.getMinY() + 10);
    }

    /**
     * A link shared by few accounts joins every pair; a big one joins neighbours on the circle into a ring, which shows
     * the same membership without a hub of crossing lines.
     */
    private void edges(GraphicsContext g, Cluster c) {
        Map<String, List<String>> kindsByPair = new LinkedHashMap<>();
        for (Link l : c.links()) {
            List<String> m = l.accounts().stream().sorted().toList();
            boolean ring = m.size() > 6;
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    if (ring && j != i + 1 && !(i == 0 && j == m.size() - 1)) continue;
                    List<String> kinds = kindsByPair.computeIfAbsent(m.get(i) + "\n" + m.get(j), k -> new ArrayList<>());
                    if (!kinds.contains(l.kind())) kinds.add(l.kind());
                }
            }
        }
        g.setLineWidth(2);
        for (var e : kindsByPair.entrySet()) {
            String[] ab = e.getKey().split("\n");
            Point2D a = placed.nodes().get(ab[0]);
            Point2D b = placed.nodes().get(ab[1]);
            if (a == null || b == null || a.equals(b)) continue;
            Point2D normal = new Point2D(a.getY() - b.getY(), b.getX() - a.getX()).normalize();
            List<String> kinds = e.getValue();
            for (int k = 0; k < kinds.size(); k++) {
                Point2D off = normal.multiply((k - (kinds.size() - 1) / 2.0) * 3.5);
                g.setStroke(kindColor(kinds.get(k)));
                g.strokeLine(a.getX() + off.getX(), a.getY() + off.getY(), b.getX() + off.getX(), b.getY() + off.getY());
            }
        }
    }

    private void node(GraphicsContext g, String id, Point2D p) {
        AccountResult a = accounts.get(id);
        double score = a == null ? 0 : a.score();
        double r = NODE_RADIUS;
        if (id.equals(selected)) {
            g.setStroke(Color.web("#2f5d8a"));
            g.setLineWidth(3);
            g.strokeOval(p.getX() - r - 5, p.getY() - r - 5, 2 * r + 10, 2 * r + 10);
        }
        g.setFill(RankedAccountsTable.color(score));
        g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        boolean flagged = a != null && a.flagged();
        g.setStroke(flagged ? Color.web("#7a1010") : ChartColors.AXIS);
        g.setLineWidth(flagged ? 2.5 : 1);
        g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        Font font = Font.font(null, flagged ? FontWeight.BOLD : FontWeight.NORMAL, 11);
        // a white plate under the id keeps it readable where edges pass behind it
        javafx.scene.text.Text probe = new javafx.scene.text.Text(id);
        probe.setFont(font);
        double tw = probe.getLayoutBounds().getWidth();
        double th = probe.getLayoutBounds().getHeight();
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(p.getX() - tw / 2 - 3, p.getY() + r + 2, tw + 6, th + 2, 6, 6);
        g.setFill(ChartColors.TEXT);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(id, p.getX(), p.getY() + r + 3);
    }
}
