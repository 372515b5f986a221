package io.alembic.ui;

import io.alembic.store.QuarantineItem;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

import java.util.List;

/** Lines the importer refused: where they came from, why, and the raw content of the selected one. */
public final class QuarantineView extends BorderPane {
    private final CaseSession session;
    private final ObservableList<QuarantineItem> rows = FXCollections.observableArrayList();
    private final TableView<QuarantineItem> table = new TableView<>();
    private final TextArea content = new TextArea();
    private final Label summary = new Label();
    private long seq;

    QuarantineView(CaseSession session) {
        this.session = session;
        setId("quarantineView");
        table.setId("quarantineTable");
        SortedList<QuarantineItem> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("Nothing quarantined."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<QuarantineItem, String> bundle = new TableColumn<>("Bundle");
        bundle.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().bundleId()));
        bundle.setPrefWidth(130);
        TableColumn<QuarantineItem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(210);
        TableColumn<QuarantineItem, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setStyle("-fx-alignment: CENTER-RIGHT;");
        line.setPrefWidth(60);
        TableColumn<QuarantineItem, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(400);
        reason.setCellFactory(c -> new TipCell());
        TableColumn<QuarantineItem, String> text = new TableColumn<>("Content");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.oneLine(c.getValue().content(), 300)));
        text.setPrefWidth(560);
        table.getColumns().setAll(List.of(bundle, file, line, reason, text));
        Columns.fillLast(table, text, 300);

        content.setId("quarantineContent");
        content.setEditable(false);
        content.setWrapText(true);
        content.getStyleClass().add("mono");
        content.setPromptText("Select a line to see its full content.");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                content.setText(item == null ? "" : RecordDetailPane.pretty(item.content())));

        SplitPane split = new SplitPane(table, content);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        summary.setId("quarantineSummary");
        summary.setPadding(new Insets(6, 10, 6, 10));
        summary.getStyleClass().add("view-summary");
        setTop(summary);
        setCenter(split);
        session.dataVersionProperty().addListener((o, a, b) -> refresh());
    }

    /** Reloads the quarantine from the case in the background. */
    public void refresh() {
        long mine = ++seq;
        if (!session.isOpen()) {
            rows.clear();
            summary.setText("");
            return;
        }
        summary.setText("Loading quarantine…");
        Task<List<QuarantineItem>> task = session.query(c -> c.quarantine());
        task.setOnSucceeded(e -> {
            if (mine != seq) return;
            rows.setAll(task.getValue());
            summary.setText(Fmt.count(rows.size()) + " quarantined lines (kept as evidence, not imported as requests)");
        });
        task.setOnFailed(e -> {
            if (mine == seq) summary.setText("Could not load quarantine: " + Fmt.message(task.getException()));
        });
    }

    TableView<QuarantineItem> table() { return table; }

    /** A text cell whose tooltip shows the full value (reasons can be long). */
    private static final class TipCell extends javafx.scene.control.TableCell<QuarantineItem, String> {
        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty ? null : s);
            setTooltip(empty || s == null || s.isEmpty() ? null : new javafx.scene.control.Tooltip(s));
        }
    }
}
