package io.alembic.ui;

import io.alembic.timeline.GapHistogram;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Gaps between consecutive requests on a log time axis (the histogram's 1-2-5 buckets are equal-width bars).
 * A program shows one narrow peak; a person a long tail from seconds to days.
 */
final class GapHistogramCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private List<GapHistogram.Bucket> buckets = List.of();

    GapHistogramCanvas() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        setMinSize(300, 160);
    }

    void show(List<GapHistogram.Bucket> b) {
        buckets = b == null ? List.of() : List.copyOf(b);
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double left = 56;
        double top = 26;
        double bottom = h - 34;
        double right = w - 14;
        g.setFill(ChartColors.TEXT);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Gaps between consecutive requests (log time scale)", left, 2);
        g.setFont(Font.font(10.5));
        if (buckets.isEmpty() || bottom - top < 20) return;
        long max = 1;
        for (GapHistogram.Bucket b : buckets) max = Math.max(max, b.count());
        double top4 = TimeAxis.niceCeil(max);
        double bw = (right - left) / buckets.size();
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double y = bottom - i / 4.0 * (bottom - top);
            g.setStroke(ChartColors.GRID);
            g.strokeLine(left, y, right, y);
            g.setFill(ChartColors.AXIS);
            g.fillText(TimeAxis.compact(top4 * i / 4.0), left - 6, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < buckets.size(); i++) {
            GapHistogram.Bucket b = buckets.get(i);
            double bh = b.count() / top4 * (bottom - top);
            g.setFill(ChartColors.INPUT);
            g.fillRect(left + i * bw + 1, bottom - bh, Math.max(1, bw - 2), bh);
            if (i % 3 == 0 || i == buckets.size() - 1) {
                g.setFill(ChartColors.AXIS);
                String label = (i == buckets.size() - 1 ? "" : "≤") + TimeAxis.duration(b.upperMs());
                g.fillText(label, left + i * bw + bw / 2, bottom + 5);
            }
        }
        g.setStroke(ChartColors.AXIS);
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
    }
}
