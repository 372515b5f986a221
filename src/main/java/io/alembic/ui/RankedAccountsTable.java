package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Accounts ranked by detection score, highest first (the order the report already has; the rank column keeps it
 * visible after a column sort). Flagged rows are tinted so the cut-off shows at a glance. The campaign column shows
 * the score of the account's cluster judged as a campaign: a member whose own evidence is weak can still belong to a
 * flagged fleet, and that is what lifted its score.
 */
final class RankedAccountsTable extends TableView<AccountResult> {
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    private final java.util.Map<String, Integer> ranks = new java.util.HashMap<>();
    private Function<String, Cluster> clusters = id -> null;

    RankedAccountsTable() {
        setId("rankedAccounts");
        setPlaceholder(new Label("No detection results yet: Run detection (" + Shortcuts.RUN_DETECTION.getDisplayText() + ")."));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<AccountResult, String> detectors = col("Top detectors", 210, RankedAccountsTable::topDetectors);
        TableColumn<AccountResult, Number> rank = new TableColumn<>("#");
        rank.setPrefWidth(38);
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ranks.getOrDefault(c.getValue().accountId(), 0)));
        getColumns().setAll(List.of(rank, col("Account", 96, AccountResult::accountId), scoreColumn(),
                col("Flagged", 66, a -> a.flagged() ? "yes" : ""), col("Cluster", 56, a -> Fmt.nullToEmpty(a.cluster())),
                campaignColumn(), detectors));
        Columns.fillLast(this, detectors, 140);
        setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(AccountResult a, boolean empty) {
                super.updateItem(a, empty);
                pseudoClassStateChanged(FLAGGED, !empty && a != null && a.flagged());
            }
        });
    }

    /**
     * Shows {@code ranked} (highest score first), keeping the selected account selected if it is still listed;
     * {@code clusters} finds a cluster by id for the campaign column.
     */
    void show(List<AccountResult> ranked, Function<String, Cluster> clusters) {
        this.clusters = clusters;
        AccountResult was = getSelectionModel().getSelectedItem();
        ranks.clear();
        for (int i = 0; i < ranked.size(); i++) ranks.put(ranked.get(i).accountId(), i + 1);
        getSortOrder().clear();
        getItems().setAll(ranked);
        if (was != null) select(was.accountId());
    }

    /** Selects and reveals {@code accountId}; false when the report does not list it. */
    boolean select(String accountId) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).accountId().equals(accountId)) {
                if (getSelectionModel().getSelectedIndex() != i) getSelectionModel().clearAndSelect(i);
                scrollTo(Math.max(0, i - 3));
                return true;
            }
        }
        return false;
    }

    /** The three strongest findings' detectors, strongest first: what the analyst reads before opening the account. */
    static String topDetectors(AccountResult a) {
        return Fmt.join(a.findings().stream().sorted(Comparator.comparingDouble(Finding::score).reversed())
                .map(Finding::detector).distinct().limit(3).toList());
    }

    private TableColumn<AccountResult, Number> scoreColumn() {
        TableColumn<AccountResult, Number> c = new TableColumn<>("Score");
        c.setPrefWidth(112);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().score()));
        c.setCellFactory(col -> new ScoreCell<>());
        return c;
    }

    /** The cluster's campaign score, empty for an account in no cluster (sorts below every score). */
    private TableColumn<AccountResult, Number> campaignColumn() {
        TableColumn<AccountResult, Number> c = new TableColumn<>("Campaign");
        c.setId("campaignColumn");
        c.setPrefWidth(108);
        c.setCellValueFactory(v -> {
            Cluster k = v.getValue().cluster() == null ? null : clusters.apply(v.getValue().cluster());
            return new ReadOnlyObjectWrapper<>(k == null ? null : k.score());
        });
        c.setCellFactory(col -> new ScoreCell<>());
        return c;
    }

    private static TableColumn<AccountResult, String> col(String title, double width, Function<AccountResult, String> f) {
        TableColumn<AccountResult, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }

    /** A score in [0,1] as a bar with the number beside it; shared by the findings table. */
    static final class ScoreCell<S> extends TableCell<S, Number> {
        private final Region fill = new Region();
        private final StackPane track = new StackPane(fill);
        private final Label value = new Label();
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, value, track);

        ScoreCell() {
            track.getStyleClass().add("score-track");
            fill.getStyleClass().add("score-fill");
            track.setMinWidth(40);
            track.setPrefWidth(90);
            track.setMinHeight(10);
            track.setMaxHeight(10);
            fill.setMinWidth(0);
            track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            javafx.scene.layout.HBox.setHgrow(track, javafx.scene.layout.Priority.ALWAYS);
            value.setMinWidth(38);
            setGraphic(null);
        }

        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                return;
            }
            double s = Math.max(0, Math.min(1, n.doubleValue()));
            fill.maxWidthProperty().bind(track.widthProperty().multiply(s));
            fill.setStyle("-fx-background-color: " + ChartColors.hex(color(s)) + ";");
            value.setText(String.format(Locale.ROOT, "%.2f", s));
            setGraphic(box);
        }
    }

    /** Grey-blue when harmless, through amber, to red when certain: the same ramp the cluster graph uses for nodes. */
    static javafx.scene.paint.Color color(double score) {
        javafx.scene.paint.Color low = javafx.scene.paint.Color.web("#8fa6bd");
        javafx.scene.paint.Color mid = ChartColors.LIMITED;
        return score < 0.5 ? low.interpolate(mid, score * 2) : mid.interpolate(ChartColors.OTHER, (score - 0.5) * 2);
    }
}
