package io.alembic.ui;

import io.alembic.timeline.TimelineBucket;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard on a timeline: wheel or +/- zooms, drag or arrow keys pan, shift-drag brushes a range,
 * a click opens the bar under the pointer. Everything ends in the canvas's requestView / brush methods.
 */
final class TimelineGestures {
    static final long MIN_SPAN = 10 * TimeAxis.MINUTE;
    private final TimelineCanvas c;
    private double pressX;
    private double lastX;
    private boolean brushing;
    private boolean dragged;

    TimelineGestures(TimelineCanvas c) { this.c = c; }

    void install() {
        c.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0) return;
            zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX());
            e.consume();
        });
        c.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            c.requestFocus();
            // the enclosing TabPane would take the focus (and the arrow keys) on press otherwise
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY) return;
            pressX = e.getX();
            lastX = e.getX();
            brushing = e.isShiftDown();
            dragged = false;
        });
        c.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            if (Math.abs(e.getX() - pressX) > 3) dragged = true;
            if (brushing) {
                c.showBrush(Math.min(at(pressX), at(e.getX())), Math.max(at(pressX), at(e.getX())));
            } else {
                long shift = at(lastX) - at(e.getX());
                c.requestView(c.viewFrom() + shift, c.viewTo() + shift);
            }
            lastX = e.getX();
        });
        c.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            if (brushing && dragged) {
                c.brush(at(pressX), at(e.getX()));
            } else if (!dragged) {
                click(at(e.getX()));
            }
        });
        c.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.LEFT) pan(-0.1);
            else if (k == KeyCode.RIGHT) pan(0.1);
            else if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) zoom(0.5, Double.NaN);
            else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) zoom(2, Double.NaN);
            else if (k == KeyCode.ESCAPE) c.clearBrush();
            else return;
            e.consume();
        });
    }

    private long at(double x) { return TimeAxis.ms(x, c.viewFrom(), c.viewTo(), c.x0(), c.x1()); }

    /** Zooms by {@code factor} (below 1 = in) around the time at pixel x (the centre when x is NaN). */
    void zoom(double factor, double x) {
        long from = c.viewFrom();
        long to = c.viewTo();
        long pivot = Double.isNaN(x) ? from + (to - from) / 2 : at(x);
        long span = Math.max(MIN_SPAN, Math.round((to - from) * factor));
        double share = (double) (pivot - from) / Math.max(1, to - from);
        long newFrom = pivot - Math.round(span * share);
        c.requestView(newFrom, newFrom + span);
    }

    void pan(double fraction) {
        long shift = Math.round((c.viewTo() - c.viewFrom()) * fraction);
        c.requestView(c.viewFrom() + shift, c.viewTo() + shift);
    }

    private void click(long ms) {
        if (c.onBarClick == null || c.data() == null) return;
        TimelineBucket b = c.bucketAt(ms);
        if (b == null || b.requests() == 0) return;
        int i = c.data().buckets().indexOf(b);
        c.onBarClick.range(b.startMs(), c.end(i) - 1);
    }
}
