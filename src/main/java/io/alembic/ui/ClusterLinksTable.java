package io.alembic.ui;

import io.alembic.detect.cluster.Link;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The links of one cluster: kind (drawn as in the graph), the shared value, its weight and how many members share it.
 * Sortable by any column; strongest first to begin with, since the strongest ties are what joined the cluster.
 */
final class ClusterLinksTable extends TableView<Link> {
    private final TableColumn<Link, Number> weight = new TableColumn<>("Weight");

    ClusterLinksTable() {
        setId("clusterLinks");
        setPlaceholder(new Label("Select a cluster to list the links that join it."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Link, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().kind()));
        kind.setCellFactory(c -> new KindCell());
        kind.setComparator(Comparator.comparingInt(LinkStyles::rank).thenComparing(k -> k));
        kind.setMinWidth(124);
        kind.setPrefWidth(124);
        kind.setMaxWidth(150);
        TableColumn<Link, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().value()));
        value.setCellFactory(Columns::wrapping);
        value.setPrefWidth(220);
        weight.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().strength()));
        weight.setCellFactory(c -> numberCell(n -> String.format(Locale.ROOT, "%.2f", n.doubleValue())));
        weight.setSortType(TableColumn.SortType.DESCENDING);
        weight.setMinWidth(66);
        weight.setPrefWidth(66);
        weight.setMaxWidth(80);
        TableColumn<Link, Number> members = new TableColumn<>("Members");
        members.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().accounts().size()));
        members.setCellFactory(c -> numberCell(n -> Fmt.count(n.longValue())));
        members.setMinWidth(76);
        members.setPrefWidth(76);
        members.setMaxWidth(90);
        getColumns().setAll(List.of(kind, value, weight, members));
    }

    /** Lists {@code links}, strongest first (the user's own column sort is kept if there is one). */
    void show(List<Link> links) {
        if (getSortOrder().isEmpty()) getSortOrder().setAll(List.of(weight));
        getItems().setAll(links);
        sort();
        if (!getItems().isEmpty()) scrollTo(0);
    }

    private static TableCell<Link, Number> numberCell(java.util.function.Function<Number, String> format) {
        TableCell<Link, Number> cell = new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : format.apply(n));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }

    /** The kind's line sample (colour and dash as in the graph) beside its name. */
    private static final class KindCell extends TableCell<Link, String> {
        @Override
        protected void updateItem(String kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(LinkStyles.label(kind));
            setGraphic(LinkLegend.sample(kind, 18));
        }
    }
}
