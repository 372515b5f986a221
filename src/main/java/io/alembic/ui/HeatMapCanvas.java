package io.alembic.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Day-of-week × hour-of-day counts as a heat map. A person leaves a diurnal band with quiet nights and weekends;
 * a harvesting program fills the grid evenly.
 */
final class HeatMapCanvas extends Pane {
    static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final Color LOW = Color.web("#f3f6fa");
    private static final Color HIGH = Color.web("#08306b");
    private final Canvas canvas = new Canvas();
    private long[] counts = new long[168];
    private String title = "";

    HeatMapCanvas() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        setMinSize(300, 160);
        setPrefSize(560, 230);
    }

    void show(String title, long[] hourOfWeek) {
        this.title = title;
        this.counts = hourOfWeek == null ? new long[168] : hourOfWeek.clone();
        redraw();
    }

    long[] counts() { return counts.clone(); }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double left = 40;
        double topY = 38;
        double cw = Math.max(4, (w - left - 12) / 24);
        double ch = Math.max(4, (h - topY - 8) / 7);
        long max = 1;
        for (long c : counts) max = Math.max(max, c);
        g.setFill(ChartColors.TEXT);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title + "   (darkest = " + Fmt.count(max) + " requests)", left, 2);
        g.setFont(Font.font(10.5));
        g.setFill(ChartColors.AXIS);
        g.setTextAlign(TextAlignment.CENTER);
        for (int hr = 0; hr < 24; hr += (cw < 18 ? 3 : 1)) g.fillText(String.format("%02d", hr), left + hr * cw + cw / 2, 22);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int d = 0; d < 7; d++) {
            g.setFill(ChartColors.AXIS);
            g.fillText(DAYS[d], left - 6, topY + d * ch + ch / 2);
            for (int hr = 0; hr < 24; hr++) {
                long c = counts[d * 24 + hr];
                // square root keeps a quiet hour visible next to a flood
                double t = c == 0 ? 0 : 0.12 + 0.88 * Math.sqrt((double) c / max);
                g.setFill(c == 0 ? Color.WHITE : LOW.interpolate(HIGH, t));
                g.fillRect(left + hr * cw, topY + d * ch, cw - 1, ch - 1);
            }
        }
        g.setStroke(ChartColors.GRID);
        g.strokeRect(left - 0.5, topY - 0.5, 24 * cw, 7 * ch);
    }
}
