package io.alembic.ui;

import io.alembic.timeline.Timeline;
import javafx.geometry.Insets;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.RowConstraints;

/** The cadence of a subject: hour-of-week heat maps in the chosen zone and in UTC, and the gap histogram. */
final class CadencePane extends GridPane {
    final HeatMapCanvas local = new HeatMapCanvas();
    final HeatMapCanvas utc = new HeatMapCanvas();
    final GapHistogramCanvas gaps = new GapHistogramCanvas();

    CadencePane() {
        setId("cadencePane");
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(8));
        setStyle("-fx-background-color: white;");
        add(local, 0, 0);
        add(utc, 1, 0);
        add(gaps, 0, 1, 2, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        getColumnConstraints().addAll(half, half);
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(50);
        r.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(r, r);
        for (var n : getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
    }

    void show(Timeline t) {
        String zone = t == null ? "UTC" : t.query().zone().getId();
        local.show("Hour of week — " + zone, t == null ? null : t.hourOfWeek());
        utc.show("Hour of week — UTC", t == null ? null : t.hourOfWeekUtc());
        gaps.show(t == null ? null : t.gaps());
    }
}
