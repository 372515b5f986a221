package io.alembic.ui;

import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Clusters screen: the linked-account graph of the shown detection report, with a legend of the link kinds it
 * contains. Clicking an account selects it in the Detections table (and switches there) so its findings are one
 * click from the picture.
 */
public final class ClustersView extends BorderPane {
    private final ClusterCanvas canvas;
    private final FlowPane legend = new FlowPane(14, 4);
    private final Label info = new Label();
    private final Label empty = new Label();

    ClustersView(DetectionController detections, Consumer<String> showInDetections) {
        setId("clustersView");
        canvas = new ClusterCanvas(id -> {
            detections.selectedAccountProperty().set(id);
            showInDetections.accept(id);
        });
        Pane holder = new Pane(canvas);
        canvas.setManaged(false); // sized by the bindings below, not by the Pane's autosize
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        holder.setMinSize(0, 0);
        empty.getStyleClass().add("placeholder-text");
        StackPane center = new StackPane(holder, empty);
        setCenter(center);
        info.getStyleClass().add("view-summary");
        info.setId("clustersInfo");
        legend.setId("clusterLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane();
        top.setLeft(info);
        top.setCenter(legend);
        BorderPane.setMargin(legend, new Insets(0, 0, 0, 20));
        top.setPadding(new Insets(8, 10, 8, 10));
        top.getStyleClass().add("search-bar");
        setTop(top);
        detections.reportProperty().addListener((o, a, r) -> show(r));
        detections.selectedAccountProperty().addListener((o, a, id) -> canvas.setSelected(id));
        show(detections.report());
    }

    ClusterCanvas canvas() { return canvas; }

    FlowPane legend() { return legend; }

    private void show(DetectionReport r) {
        canvas.setReport(r);
        legend.getChildren().clear();
        if (r == null || r.clusters().isEmpty()) {
            info.setText(r == null ? "No detection results" : "No linked accounts");
            empty.setText(r == null ? "Run detection (" + Shortcuts.RUN_DETECTION.getDisplayText() + ") to draw the linked-account graph."
                    : "Detection found no accounts linked strongly enough to form a cluster.");
            empty.setVisible(true);
            return;
        }
        empty.setVisible(false);
        int members = r.clusters().stream().mapToInt(c -> c.accounts().size()).sum();
        info.setText(r.clusters().size() + " clusters · " + members + " linked accounts");
        TreeSet<String> kinds = new TreeSet<>();
        for (Cluster c : r.clusters()) for (Link l : c.links()) kinds.add(l.kind());
        for (String k : kinds) {
            Line line = new Line(0, 0, 22, 0);
            line.setStroke(ClusterCanvas.kindColor(k));
            line.setStrokeWidth(3);
            Label l = new Label(k.replace('_', ' '), line);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
        legend.getChildren().add(nodeKey("flagged", RankedAccountsTable.color(0.9), Color.web("#7a1010"), 2.5));
        legend.getChildren().add(nodeKey("not flagged", RankedAccountsTable.color(0.2), ChartColors.AXIS, 1));
    }

    private static Label nodeKey(String text, Color fill, Color stroke, double width) {
        Circle c = new Circle(6, fill);
        c.setStroke(stroke);
        c.setStrokeWidth(width);
        Label l = new Label(text, c);
        l.getStyleClass().add("legend-item");
        return l;
    }
}
