package io.alembic.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.time.ZoneId;
import java.util.List;

/** Axes, grid and legend of the timeline charts. */
final class ChartDecor {
    private ChartDecor() { }

    /** Value grid with labels on the left, time ticks below. */
    static void grid(GraphicsContext g, double x0, double x1, double y0, double y1, double max, long viewFrom, long viewTo,
                     ZoneId zone, double width) {
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i <= 4; i++) {
            double y = y1 - i / 4.0 * (y1 - y0);
            g.setStroke(ChartColors.GRID);
            g.strokeLine(x0, Math.round(y) + 0.5, x1, Math.round(y) + 0.5);
            g.setFill(ChartColors.AXIS);
            g.fillText(TimeAxis.compact(max * i / 4.0), x0 - 6, y);
        }
        g.setStroke(ChartColors.AXIS);
        g.strokeLine(x0, y1 + 0.5, x1, y1 + 0.5);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (TimeAxis.Tick t : TimeAxis.ticks(viewFrom, viewTo, x1 - x0, 110, zone)) {
            double x = TimeAxis.x(t.ms(), viewFrom, viewTo, x0, x1);
            g.strokeLine(x + 0.5, y1, x + 0.5, y1 + 4);
            double half = t.label().length() * 3.2;
            double lx = Math.min(Math.max(x, x0 + half), width - half - 2);
            g.setFill(ChartColors.AXIS);
            g.fillText(t.label(), lx, y1 + 5);
        }
    }

    /** Colour keys right-aligned at the top. */
    static void legend(GraphicsContext g, List<String> names, List<Color> colors, double x1) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = x1;
        for (int i = names.size() - 1; i >= 0; i--) {
            String n = names.get(i);
            Text measure = new Text(n);
            measure.setFont(g.getFont());
            double tw = measure.getLayoutBounds().getWidth() + 24;
            x -= tw;
            g.setFill(colors.get(i));
            g.fillRect(x, 4, 10, 10);
            g.setFill(ChartColors.TEXT);
            g.fillText(n, x + 13, 9);
        }
    }
}
