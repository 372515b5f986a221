package io.alembic.ui;

import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineBucket;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Stacked bars of a {@link Timeline} on a Canvas: a node per bar would not survive thousands of buckets. The data
 * is already aggregated off the FX thread; this only draws the buckets inside the visible window.
 */
final class TimelineCanvas extends Pane {
    enum Mode { STATUS, MODEL, TOKENS }

    /** A tag marker: a tagged record at {@code ms}. */
    record Marker(long ms, String tag, Color color) {}

    /** Receives a time range [from, to] in epoch ms. */
    interface RangeListener {
        void range(long from, long to);
    }

    static final double LEFT = 62;
    static final double RIGHT = 14;
    static final double BOTTOM = 24;

    private final Canvas canvas = new Canvas();
    private final TimelineGestures gestures = new TimelineGestures(this);
    private final double top;
    private Timeline data;
    private Mode mode = Mode.STATUS;
    private long viewFrom;
    private long viewTo = 1;
    private long brushFrom = -1;
    private long brushTo = -1;
    private List<Marker> markers = List.of();
    private List<String> models = List.of();
    private String title;
    private String emptyText = "No timeline loaded.";
    RangeListener onView;
    RangeListener onBrush;
    RangeListener onBarClick;

    TimelineCanvas(double top) {
        this.top = top;
        getStyleClass().add("timeline-canvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        setMinSize(200, 90);
        setFocusTraversable(true);
        gestures.install();
    }

    void setData(Timeline t) {
        data = t;
        TreeSet<String> names = new TreeSet<>();
        if (t != null) for (TimelineBucket b : t.buckets()) names.addAll(b.byModel().keySet());
        models = new ArrayList<>(names);
        redraw();
    }

    Timeline data() { return data; }

    void setMode(Mode m) { mode = m; redraw(); }

    Mode mode() { return mode; }

    void setTitle(String t) { title = t; redraw(); }

    void setEmptyText(String t) { emptyText = t; redraw(); }

    void setMarkers(List<Marker> m) { markers = List.copyOf(m); redraw(); }

    List<Marker> markers() { return markers; }

    void setView(long from, long to) {
        viewFrom = from;
        viewTo = Math.max(from + 1, to);
        redraw();
    }

    /** Zooms around the centre; below 1 zooms in. */
    void zoom(double factor) { gestures.zoom(factor, Double.NaN); }

    void pan(double fraction) { gestures.pan(fraction); }

    long viewFrom() { return viewFrom; }

    long viewTo() { return viewTo; }

    /** Asks the owner to show [from, to] (or shows it when nobody listens). Zoom, pan and keys all end here. */
    void requestView(long from, long to) {
        if (onView != null) onView.range(from, to);
        else setView(from, to);
    }

    /** Selects [from, to] and reports it: what shift-drag does, and what tests drive. */
    void brush(long from, long to) {
        showBrush(Math.min(from, to), Math.max(from, to));
        if (onBrush != null) onBrush.range(brushFrom, brushTo);
    }

    void showBrush(long from, long to) {
        brushFrom = from;
        brushTo = to;
        redraw();
    }

    void clearBrush() { showBrush(-1, -1); }

    long brushFrom() { return brushFrom; }

    long brushTo() { return brushTo; }

    /** The bucket drawn at time {@code ms}, or null: what a click on a bar opens. */
    TimelineBucket bucketAt(long ms) {
        if (data == null) return null;
        for (int i = 0; i < data.buckets().size(); i++) {
            TimelineBucket b = data.buckets().get(i);
            if (ms >= b.startMs() && ms < end(i)) return b;
        }
        return null;
    }

    long end(int i) {
        List<TimelineBucket> bs = data.buckets();
        return i + 1 < bs.size() ? bs.get(i + 1).startMs() : bs.get(i).startMs() + data.bin().nominalMs();
    }

    double x0() { return LEFT; }

    double x1() { return Math.max(LEFT + 10, getWidth() - RIGHT); }

    ZoneId zone() { return data == null ? ZoneOffset.UTC : data.query().zone(); }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 50 || h < 40) return;
        double x0 = x0();
        double x1 = x1();
        double y0 = top;
        double y1 = h - BOTTOM;
        g.setFont(Font.font(11));
        if (title != null) {
            g.setFill(ChartColors.TEXT);
            g.setFont(Font.font(null, FontWeight.BOLD, 12));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(title, x0, 2);
            g.setFont(Font.font(11));
        }
        if (data == null || data.buckets().isEmpty()) {
            g.setFill(ChartColors.AXIS);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText, w / 2, h / 2);
            return;
        }
        List<Color> colors = colors();
        double max = 0;
        for (int i = 0; i < data.buckets().size(); i++) {
            TimelineBucket b = data.buckets().get(i);
            if (end(i) > viewFrom && b.startMs() < viewTo) max = Math.max(max, total(b));
        }
        max = TimeAxis.niceCeil(Math.max(1, max));
        ChartDecor.grid(g, x0, x1, y0, y1, max, viewFrom, viewTo, zone(), getWidth());
        g.save();
        g.beginPath();
        g.rect(x0, y0 - 8, x1 - x0, y1 - y0 + 8);
        g.clip();
        for (int i = 0; i < data.buckets().size(); i++) {
            TimelineBucket b = data.buckets().get(i);
            if (end(i) <= viewFrom || b.startMs() >= viewTo) continue;
            double bx = TimeAxis.x(b.startMs(), viewFrom, viewTo, x0, x1);
            double bw = Math.max(1, TimeAxis.x(end(i), viewFrom, viewTo, x0, x1) - bx - (viewTo - viewFrom > 0 ? 0.6 : 0));
            double[] parts = parts(b);
            double y = y1;
            for (int p = 0; p < parts.length; p++) {
                double bh = parts[p] / max * (y1 - y0);
                if (bh <= 0) continue;
                g.setFill(colors.get(p));
                g.fillRect(bx, y - bh, bw, bh);
                y -= bh;
            }
        }
        for (Marker m : markers) {
            if (m.ms() < viewFrom || m.ms() > viewTo) continue;
            double mx = TimeAxis.x(m.ms(), viewFrom, viewTo, x0, x1);
            g.setFill(m.color());
            g.fillPolygon(new double[] {mx - 4, mx + 4, mx}, new double[] {y0 - 7, y0 - 7, y0}, 3);
            g.setStroke(m.color().deriveColor(0, 1, 1, 0.22));
            g.strokeLine(mx, y0, mx, y1);
        }
        if (brushFrom >= 0 && brushTo > brushFrom) {
            double bx = TimeAxis.x(brushFrom, viewFrom, viewTo, x0, x1);
            double bx2 = TimeAxis.x(brushTo, viewFrom, viewTo, x0, x1);
            g.setFill(ChartColors.BRUSH);
            g.fillRect(bx, y0, Math.max(1, bx2 - bx), y1 - y0);
            g.setStroke(ChartColors.TEXT);
            g.strokeRect(bx, y0, Math.max(1, bx2 - bx), y1 - y0);
        }
        g.restore();
        ChartDecor.legend(g, names(), colors, x1);
    }

    List<String> names() {
        return switch (mode) {
            case STATUS -> List.of("2xx", "429 rate-limited", "other (4xx/5xx)");
            case MODEL -> models;
            case TOKENS -> List.of("input tokens", "output tokens", "reasoning tokens");
        };
    }

    private List<Color> colors() {
        return switch (mode) {
            case STATUS -> List.of(ChartColors.OK, ChartColors.LIMITED, ChartColors.OTHER);
            case MODEL -> java.util.stream.IntStream.range(0, models.size()).mapToObj(ChartColors::series).toList();
            case TOKENS -> List.of(ChartColors.INPUT, ChartColors.OUTPUT, ChartColors.REASONING);
        };
    }

    /** The stacked values of a bucket in the current mode, in legend order. */
    double[] parts(TimelineBucket b) {
        return switch (mode) {
            case STATUS -> new double[] {b.status2xx(), b.status429(), b.statusOther()};
            case MODEL -> models.stream().mapToDouble(m -> b.byModel().getOrDefault(m, 0L)).toArray();
            case TOKENS -> new double[] {b.inputTokens(), b.outputTokens(), b.reasoningTokens()};
        };
    }

    private double total(TimelineBucket b) {
        double s = 0;
        for (double v : parts(b)) s += v;
        return s;
    }
}
