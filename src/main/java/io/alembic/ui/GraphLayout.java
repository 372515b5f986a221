package io.alembic.ui;

import io.alembic.detect.cluster.Cluster;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the linked-account graph: one grid cell per cluster (largest first, as the report orders them), members on a
 * circle inside it in account-id order. Deterministic and without iteration, so the same report always draws the
 * same picture — a screenshot in a report stays reproducible — and a cluster never overlaps another.
 */
final class GraphLayout {
    /** Where each account sits, and each cluster's cell (for its caption). */
    record Placed(Map<String, Point2D> nodes, Map<String, Rectangle2D> cells) {}

    private GraphLayout() { }

    static Placed layout(List<Cluster> clusters, double width, double height) {
        Map<String, Point2D> nodes = new LinkedHashMap<>();
        Map<String, Rectangle2D> cells = new LinkedHashMap<>();
        int n = clusters.size();
        if (n == 0 || width <= 0 || height <= 0) return new Placed(nodes, cells);
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(n * width / height)));
        int rows = (int) Math.ceil(n / (double) cols);
        cols = (int) Math.ceil(n / (double) rows); // drop empty columns the rounding left
        double cw = width / cols;
        double ch = height / rows;
        for (int i = 0; i < n; i++) {
            Cluster c = clusters.get(i);
            Rectangle2D cell = new Rectangle2D((i % cols) * cw, (i / cols) * ch, cw, ch);
            cells.put(c.id(), cell);
            List<String> members = c.accounts().stream().sorted().toList();
            // room for the caption above and a label below each node
            double cx = cell.getMinX() + cw / 2;
            double cy = cell.getMinY() + ch / 2 + 6;
            double r = Math.max(0, Math.min(cw, ch - 30) / 2 - 50); // labels centred under the outermost nodes stay inside
            for (int k = 0; k < members.size(); k++) {
                if (members.size() == 1) {
                    nodes.put(members.get(k), new Point2D(cx, cy));
                    continue;
                }
                double a = -Math.PI / 2 + 2 * Math.PI * k / members.size();
                nodes.put(members.get(k), new Point2D(cx + r * Math.cos(a), cy + r * Math.sin(a)));
            }
        }
        return new Placed(nodes, cells);
    }
}
