package io.alembic.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import java.util.Collection;
import java.util.List;

/**
 * The key to the graph: the link kinds the shown report contains (only those, grouped as {@link LinkStyles} groups
 * them, each drawn exactly as its edges are), then the node colours. A kind the report lacks is left out so the
 * legend reads as a summary of what links this case's accounts.
 */
final class LinkLegend extends FlowPane {
    LinkLegend() {
        super(22, 4);
        setId("clusterLegend");
        setAlignment(Pos.CENTER_LEFT);
    }

    /** One row per group that has a kind present; a group wraps as a whole so its heading never ends a line alone. */
    void show(Collection<String> kinds) {
        getChildren().clear();
        if (kinds.isEmpty()) return;
        HBox row = null;
        LinkStyles.Group group = null;
        for (String k : LinkStyles.legendOrder(kinds)) {
            LinkStyles.Group g = LinkStyles.style(k).group();
            if (g != group) {
                Label head = new Label(g.label + ":");
                head.getStyleClass().add("legend-group");
                row = group(head);
                group = g;
            }
            Label l = new Label(LinkStyles.label(k), sample(k, 24));
            l.getStyleClass().add("legend-item");
            l.setId("legend-" + k);
            l.setUserData(k);
            row.getChildren().add(l);
        }
        Label nodes = new Label("Accounts:");
        nodes.getStyleClass().add("legend-group");
        group(nodes).getChildren().addAll(node("flagged", RankedAccountsTable.color(0.9), ClusterCellPainter.FLAGGED_RING, 2.5),
                node("not flagged", RankedAccountsTable.color(0.2), ChartColors.AXIS, 1));
    }

    private HBox group(Label head) {
        HBox row = new HBox(10, head);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        return row;
    }

    /** The kinds the legend lists, in order. */
    List<String> kinds() { return items().stream().map(n -> (String) n.getUserData()).toList(); }

    /** The legend's kind entries (labels whose graphic is the kind's line sample), in order. */
    List<Label> items() {
        return getChildren().stream().flatMap(r -> ((HBox) r).getChildren().stream())
                .filter(n -> n.getUserData() instanceof String).map(n -> (Label) n).toList();
    }

    /** A short line drawn like {@code kind}'s edges. */
    static Line sample(String kind, double length) {
        LinkStyles.Style s = LinkStyles.style(kind);
        Line line = new Line(0, 0, length, 0);
        line.setStroke(s.color());
        line.setStrokeWidth(s.width() + 0.5);
        line.getStrokeDashArray().setAll(s.dashes());
        return line;
    }

    private static Label node(String text, Color fill, Color stroke, double width) {
        Circle c = new Circle(6, fill);
        c.setStroke(stroke);
        c.setStrokeWidth(width);
        Label l = new Label(text, c);
        l.getStyleClass().add("legend-item");
        return l;
    }
}
