package io.alembic.ui;

import io.alembic.detect.AccountResult;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Paints one cluster's cell: the caption (id, campaign score, FLAGGED, size), the edges coloured and dashed by link
 * kind (parallel lines side by side, because "same card and registered together" is stronger than either and the
 * picture should show it), the members coloured by score and ringed when flagged, and for a summarised cluster the
 * hub that stands for the members not drawn.
 */
final class ClusterCellPainter {
    static final Color FLAGGED_RING = Color.web("#7a1010");
    static final Color SELECTED = Color.web("#2f5d8a");
    private static final Color HUB = Color.web("#c9d1da");
    private static final Font CAPTION = Font.font(null, FontWeight.BOLD, 12.5);
    private static final Font SMALL = Font.font(null, FontWeight.NORMAL, 11);

    /** What the cell is drawn with: node and hub positions in canvas coordinates. */
    record Placement(Rectangle2D cell, Point2D[] nodes, Point2D hub, double nodeRadius, boolean labels) {}

    private ClusterCellPainter() { }

    static void paint(GraphicsContext g, ClusterSketch s, Placement p, boolean selected, String selectedAccount,
                      Map<String, AccountResult> accounts) {
        frame(g, s, p.cell(), selected);
        caption(g, s, p.cell());
        g.setLineCap(javafx.scene.shape.StrokeLineCap.BUTT);
        if (p.hub() != null) {
            s.hub().forEach((i, kinds) -> parallel(g, p.nodes()[i], p.hub(), kinds, true));
        }
        for (ClusterSketch.Edge e : s.edges()) parallel(g, p.nodes()[e.a()], p.nodes()[e.b()], e.kinds(), false);
        g.setLineDashes();
        if (p.hub() != null) hub(g, s.hidden(), p.hub());
        for (int i = 0; i < s.drawn().size(); i++) {
            String id = s.drawn().get(i);
            node(g, id, p.nodes()[i], p.nodeRadius(), accounts.get(id), id.equals(selectedAccount));
        }
        // labels after every node, so a crowded circle never paints a neighbour over the selected account's id
        for (int i = 0; i < s.drawn().size(); i++) {
            String id = s.drawn().get(i);
            AccountResult a = accounts.get(id);
            if (p.labels() || id.equals(selectedAccount)) {
                label(g, id, p.nodes()[i], p.nodeRadius(), (a != null && a.flagged()) || id.equals(selectedAccount));
            }
        }
        if (s.hidden() > 0) note(g, s, p.cell());
    }

    private static void frame(GraphicsContext g, ClusterSketch s, Rectangle2D c, boolean selected) {
        double x = c.getMinX() + 4, y = c.getMinY() + 4, w = c.getWidth() - 8, h = c.getHeight() - 8;
        if (selected) {
            g.setFill(Color.web("#f1f6fb"));
            g.fillRoundRect(x, y, w, h, 10, 10);
        }
        g.setStroke(selected ? SELECTED : s.cluster().flagged() ? Color.web("#e3b5a9") : ChartColors.GRID);
        g.setLineWidth(selected ? 2.5 : s.cluster().flagged() ? 1.5 : 1);
        g.setLineDashes();
        g.strokeRoundRect(x, y, w, h, 10, 10);
    }

    /** "k2  0.98 [FLAGGED]" over "32 accounts · 32 flagged · 70 links", each cut to the cell's width. */
    private static void caption(GraphicsContext g, ClusterSketch s, Rectangle2D c) {
        double x = c.getMinX() + 12, y = c.getMinY() + 10, room = c.getWidth() - 24;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String head = String.format(Locale.ROOT, "Cluster %s · campaign %.2f", s.id(), s.cluster().score());
        String badge = s.cluster().flagged() ? "FLAGGED" : "not flagged";
        double bw = width(badge, SMALL) + 10;
        g.setFont(CAPTION);
        g.setFill(ChartColors.TEXT);
        String shown = fit(head, CAPTION, room - bw - 8);
        g.fillText(shown, x, y);
        double bx = x + width(shown, CAPTION) + 8;
        if (bx + bw <= c.getMaxX() - 8) {
            g.setFill(s.cluster().flagged() ? ChartColors.OTHER : ChartColors.GRID);
            g.fillRoundRect(bx, y - 1, bw, 16, 8, 8);
            g.setFill(s.cluster().flagged() ? Color.WHITE : ChartColors.AXIS);
            g.setFont(Font.font(null, s.cluster().flagged() ? FontWeight.BOLD : FontWeight.NORMAL, 11));
            g.fillText(badge, bx + 5, y + 1);
        }
        g.setFont(SMALL);
        g.setFill(ChartColors.AXIS);
        int m = s.cluster().accounts().size();
        g.fillText(fit(Fmt.count(m) + " account" + (m == 1 ? "" : "s") + " · " + Fmt.count(s.flaggedMembers()) + " flagged · "
                + Fmt.count(s.cluster().links().size()) + " links", SMALL, room), x, y + 18);
    }

    /**
     * Parallel strokes between a and b, one per kind. A hub's spokes are packed tighter and thinner: forty of them
     * meet in the middle, and a member sharing a dozen kinds with the fleet would otherwise fan out over its
     * neighbours.
     */
    private static void parallel(GraphicsContext g, Point2D a, Point2D b, List<String> kinds, boolean spoke) {
        if (a.equals(b)) return;
        Point2D normal = new Point2D(a.getY() - b.getY(), b.getX() - a.getX()).normalize();
        double step = spoke ? 1.8 : 3.2;
        for (int k = 0; k < kinds.size(); k++) {
            LinkStyles.Style st = LinkStyles.style(kinds.get(k));
            Point2D off = normal.multiply((k - (kinds.size() - 1) / 2.0) * step);
            g.setStroke(st.color());
            g.setLineWidth(spoke ? 1.3 : st.width());
            g.setLineDashes(st.dashArray());
            g.strokeLine(a.getX() + off.getX(), a.getY() + off.getY(), b.getX() + off.getX(), b.getY() + off.getY());
        }
    }

    private static void hub(GraphicsContext g, int hidden, Point2D p) {
        String text = "+" + Fmt.count(hidden);
        double r = Math.max(16, width(text, SMALL) / 2 + 7);
        g.setFill(HUB);
        g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        g.setStroke(ChartColors.AXIS);
        g.setLineWidth(1);
        g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        g.setFill(ChartColors.TEXT);
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, p.getX(), p.getY());
    }

    private static void note(GraphicsContext g, ClusterSketch s, Rectangle2D c) {
        g.setFont(SMALL);
        g.setFill(ChartColors.AXIS);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        String text = "+" + Fmt.count(s.hidden()) + " more in the hub · top " + s.drawn().size() + " by score drawn";
        g.fillText(fit(text, SMALL, c.getWidth() - 24), c.getMinX() + 12, c.getMaxY() - 8);
    }

    private static void node(GraphicsContext g, String id, Point2D p, double r, AccountResult a, boolean selected) {
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeOval(p.getX() - r - 5, p.getY() - r - 5, 2 * r + 10, 2 * r + 10);
        }
        g.setFill(RankedAccountsTable.color(a == null ? 0 : a.score()));
        g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        boolean flagged = a != null && a.flagged();
        g.setStroke(flagged ? FLAGGED_RING : ChartColors.AXIS);
        g.setLineWidth(flagged ? (r >= 8 ? 2.5 : 1.5) : 1);
        g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
    }

    private static void label(GraphicsContext g, String id, Point2D p, double r, boolean bold) {
        Font font = Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, 11);
        // a white plate under the id keeps it readable where edges pass behind it
        double tw = width(id, font);
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(p.getX() - tw / 2 - 3, p.getY() + r + 2, tw + 6, 15, 6, 6);
        g.setFill(ChartColors.TEXT);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(id, p.getX(), p.getY() + r + 3);
    }

    static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    /** {@code s}, cut with an ellipsis to at most {@code room} pixels. */
    static String fit(String s, Font f, double room) {
        if (width(s, f) <= room) return s;
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid) + "…", f) <= room) lo = mid; else hi = mid - 1;
        }
        return s.substring(0, lo) + "…";
    }
}
