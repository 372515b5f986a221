package io.alembic.ui;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the linked-account graph: one grid cell per cluster in the order given (flagged campaigns first), members
 * on a circle inside it in account-id order. Deterministic and without iteration, so the same report always draws
 * the same picture — a screenshot in a report stays reproducible — and a cluster never overlaps another. When the
 * clusters do not fit the view at a readable size the grid grows downwards and scrolls; the canvas then draws only
 * the rows in view, so a report with thousands of clusters costs what a screenful does.
 */
final class GraphLayout {
    static final double MIN_CELL_W = 290;
    static final double MIN_CELL_H = 250;
    static final double MAX_CELL_H = 340;
    /** Space for the two caption lines above the circle and the note below it. */
    static final double CAPTION_H = 44;
    static final double NOTE_H = 20;

    private GraphLayout() { }

    /** A grid of {@code count} cells of cellW × cellH, {@code cols} wide; content taller than the view scrolls. */
    record Grid(int count, int cols, double cellW, double cellH) {
        static final Grid EMPTY = new Grid(0, 1, 0, 0);

        int rows() { return (int) Math.ceil(count / (double) cols); }

        double contentHeight() { return rows() * cellH; }

        /** Cell {@code i} in content coordinates (y from the top of the whole grid, before scrolling). */
        Rectangle2D cell(int i) { return new Rectangle2D((i % cols) * cellW, (i / cols) * cellH, cellW, cellH); }

        /** Indexes of the cells a view of {@code height} scrolled to {@code top} shows, in order. */
        List<Integer> visible(double top, double height) {
            List<Integer> out = new ArrayList<>();
            if (count == 0 || cellH <= 0) return out;
            int first = Math.max(0, (int) Math.floor(top / cellH)) * cols;
            int last = Math.min(count - 1, ((int) Math.floor((top + height) / cellH) + 1) * cols - 1);
            for (int i = first; i <= last; i++) out.add(i);
            return out;
        }

        /** The cell under content point (x, y), or -1. */
        int at(double x, double y) {
            if (count == 0 || x < 0 || y < 0 || x >= cols * cellW) return -1;
            int i = (int) (y / cellH) * cols + (int) (x / cellW);
            return i < count ? i : -1;
        }
    }

    /**
     * All cells on one screen when each is at least {@link #MIN_CELL_W} × {@link #MIN_CELL_H}; otherwise as many
     * columns of at least the minimum width as fit, rows of a readable height, and a scroll.
     */
    static Grid grid(int count, double width, double height) {
        if (count == 0 || width <= 0 || height <= 0) return Grid.EMPTY;
        int cols = Math.max(1, (int) Math.ceil(Math.sqrt(count * width / height)));
        int rows = (int) Math.ceil(count / (double) cols);
        cols = (int) Math.ceil(count / (double) rows); // drop empty columns the rounding left
        if (width / cols >= MIN_CELL_W && height / rows >= MIN_CELL_H) return new Grid(count, cols, width / cols, height / rows);
        cols = Math.max(1, Math.min(count, (int) Math.floor(width / MIN_CELL_W)));
        double cw = width / cols;
        double ch = Math.max(MIN_CELL_H, Math.min(MAX_CELL_H, cw * 0.85));
        return new Grid(count, cols, cw, ch);
    }

    /** The centre of the circle and its radius inside {@code cell}, leaving room for the caption, labels and note. */
    static double[] circle(Rectangle2D cell, boolean labels) {
        double top = cell.getMinY() + CAPTION_H, bottom = cell.getMaxY() - NOTE_H;
        double cx = cell.getMinX() + cell.getWidth() / 2;
        double cy = (top + bottom) / 2;
        double margin = labels ? 46 : 16; // labels centred under the outermost nodes must stay inside the cell
        double r = Math.max(0, Math.min(cell.getWidth() / 2 - margin, (bottom - top) / 2 - (labels ? 20 : 12)));
        return new double[] {cx, cy, r};
    }

    /** Where the {@code n} drawn members sit, clockwise from the top; a lone member sits in the centre. */
    static Point2D[] nodes(int n, double[] circle) {
        Point2D[] out = new Point2D[n];
        for (int k = 0; k < n; k++) {
            if (n == 1) {
                out[k] = new Point2D(circle[0], circle[1]);
                continue;
            }
            double a = -Math.PI / 2 + 2 * Math.PI * k / n;
            out[k] = new Point2D(circle[0] + circle[2] * Math.cos(a), circle[1] + circle[2] * Math.sin(a));
        }
        return out;
    }

    /** Node radius: 10 px, smaller when many share the circle, so neighbours never touch. */
    static double nodeRadius(int n, double radius) {
        if (n <= 1) return 10;
        double gap = 2 * Math.PI * radius / n;
        return Math.max(3.5, Math.min(10, gap / 2.6));
    }

    /** Whether every drawn member's id fits under it: few enough members, far enough apart. */
    static boolean labelsFit(int n, double cellW, double cellH) {
        if (n <= 2) return true;
        double r = Math.min(cellW / 2 - 46, (cellH - CAPTION_H - NOTE_H) / 2 - 20);
        return n <= 14 && 2 * Math.PI * r / n >= 80;
    }
}
