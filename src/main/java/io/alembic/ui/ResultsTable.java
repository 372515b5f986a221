package io.alembic.ui;

import io.alembic.casefile.SearchHit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextFlow;

import java.util.List;

/**
 * The hits of a search: a virtualised, sortable table that stays fast with 100,000 rows (fixed cell height, cells
 * that only render what is visible).
 */
final class ResultsTable extends TableView<SearchHit> {
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final Label placeholder = new Label("No hits. Type a query and press Enter.");
    private TagIndex tags = TagIndex.EMPTY;

    ResultsTable() {
        setId("resultsTable");
        getStyleClass().add("results-table");
        SortedList<SearchHit> sorted = new SortedList<>(hits);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setFixedCellSize(26);
        placeholder.getStyleClass().add("placeholder-text");
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<SearchHit, Number> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        score.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format("%.2f", v.doubleValue()));
            }
        });
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        score.setPrefWidth(58);

        TableColumn<SearchHit, String> time = text("Time", 145, h -> Fmt.time(h.timestamp()));
        TableColumn<SearchHit, String> account = text("Account", 110, SearchHit::accountId);
        TableColumn<SearchHit, String> model = text("Model", 170, SearchHit::model);
        TableColumn<SearchHit, Number> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status() == null ? -1 : c.getValue().status()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove("status-error");
                if (empty || v == null || v.intValue() < 0) {
                    setText(null);
                    return;
                }
                setText(v.toString());
                if (v.intValue() >= 300) getStyleClass().add("status-error");
            }
        });
        status.setPrefWidth(58);
        TableColumn<SearchHit, String> router = text("Router", 120, SearchHit::router);
        TableColumn<SearchHit, String> tagCol = text("Tags", 110, h -> String.join(" ", tags.forRecord(h.requestId(), h.accountId())));
        tagCol.setId("tagsColumn");
        tagCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(null);
                setGraphic(empty || v == null || v.isEmpty() ? null : TagChips.row(java.util.Arrays.asList(v.split(" ")), tags::color));
            }
        });

        TableColumn<SearchHit, String> snippet = new TableColumn<>("Snippet");
        snippet.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().snippet()));
        snippet.setComparator((a, b) -> SnippetText.plain(a).compareToIgnoreCase(SnippetText.plain(b)));
        snippet.setCellFactory(c -> new SnippetCell());
        snippet.setPrefWidth(640);

        getColumns().setAll(List.of(score, time, account, model, status, tagCol, router, snippet));
        Columns.fillLast(this, snippet, 280);
    }

    /** Replaces the rows; keeps the user's sort order. */
    void setHits(List<SearchHit> newHits) {
        hits.setAll(newHits);
        if (!newHits.isEmpty()) scrollTo(0);
    }

    /** New tag chips for the rows (after any tagging action). */
    void setTagIndex(TagIndex index) {
        tags = index;
        refresh();
    }

    TagIndex tagIndex() { return tags; }

    void setPlaceholderText(String text) { placeholder.setText(text); }

    private static TableColumn<SearchHit, String> text(String title, double width,
                                                       java.util.function.Function<SearchHit, String> f) {
        TableColumn<SearchHit, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.nullToEmpty(f.apply(c.getValue()))));
        col.setPrefWidth(width);
        return col;
    }

    /** Renders [[term]] runs bold and coloured; only visible cells exist, so 100k rows cost nothing here. */
    private static final class SnippetCell extends TableCell<SearchHit, String> {
        private final TextFlow flow = new TextFlow();
        private final Group holder = new Group(flow);
        private final Tooltip tip = new Tooltip();

        SnippetCell() {
            flow.getStyleClass().add("snippet");
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            setAlignment(Pos.CENTER_LEFT);
            setGraphicTextGap(0);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null || s.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            SnippetText.render(flow, Fmt.oneLine(s, 400));
            tip.setText(SnippetText.plain(s));
            setTooltip(tip);
            setGraphic(holder);
        }
    }
}
