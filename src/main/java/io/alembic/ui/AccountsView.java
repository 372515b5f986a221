package io.alembic.ui;

import io.alembic.store.AccountSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Every account in the case with what it did; double-click (or Enter) searches that account's requests. */
public final class AccountsView extends BorderPane {
    private final CaseSession session;
    private final ObservableList<AccountSummary> rows = FXCollections.observableArrayList();
    private final TableView<AccountSummary> table = new TableView<>();
    private final Label summary = new Label();
    private long seq;

    AccountsView(CaseSession session, Consumer<String> onOpenAccount) {
        this.session = session;
        setId("accountsView");
        table.setId("accountsTable");
        SortedList<AccountSummary> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No accounts in this case yet."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<AccountSummary, String> id = text("Account", 120, AccountSummary::accountId);
        TableColumn<AccountSummary, Number> records = number("Records", 78, AccountSummary::records);
        table.getColumns().setAll(List.of(
                id,
                text("Status", 78, AccountSummary::status),
                records,
                text("First seen", 140, a -> Fmt.time(a.firstSeen())),
                text("Last seen", 140, a -> Fmt.time(a.lastSeen())),
                list("Keys", 55, AccountSummary::keys),
                list("IPs", 55, AccountSummary::ips),
                text("Countries", 90, a -> Fmt.join(a.countries())),
                text("Routers", 165, a -> Fmt.join(a.routers())),
                number("Input tokens", 105, AccountSummary::inputTokens),
                number("Output tokens", 112, AccountSummary::outputTokens),
                number("Reasoning tokens", 145, AccountSummary::reasoningTokens)));
        records.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(records));

        table.setRowFactory(tv -> {
            TableRow<AccountSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenAccount.accept(row.getItem().accountId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AccountSummary a = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && a != null) onOpenAccount.accept(a.accountId());
        });
        summary.setId("accountsSummary");
        summary.setPadding(new Insets(6, 10, 6, 10));
        summary.getStyleClass().add("view-summary");
        setTop(summary);
        setCenter(table);
        session.dataVersionProperty().addListener((o, a, b) -> refresh());
    }

    /** Reloads the accounts from the case in the background. */
    public void refresh() {
        long mine = ++seq;
        if (!session.isOpen()) {
            rows.clear();
            summary.setText("");
            return;
        }
        summary.setText("Loading accounts…");
        Task<List<AccountSummary>> task = session.query(c -> c.accounts());
        task.setOnSucceeded(e -> {
            if (mine != seq) return;
            rows.setAll(task.getValue());
            table.sort();
            summary.setText(Fmt.count(rows.size()) + " accounts · double-click one to search its requests");
        });
        task.setOnFailed(e -> {
            if (mine == seq) summary.setText("Could not load accounts: " + Fmt.message(task.getException()));
        });
    }

    TableView<AccountSummary> table() { return table; }

    private static TableColumn<AccountSummary, String> text(String title, double w, Function<AccountSummary, String> f) {
        TableColumn<AccountSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(Fmt.nullToEmpty(f.apply(v.getValue()))));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<AccountSummary, Number> number(String title, double w, Function<AccountSummary, Long> f) {
        TableColumn<AccountSummary, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Fmt.count(n.longValue()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(w);
        return c;
    }

    /** A count column whose tooltip lists the values (keys, IPs). */
    private static TableColumn<AccountSummary, Number> list(String title, double w,
                                                            Function<AccountSummary, List<String>> f) {
        TableColumn<AccountSummary, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue()) == null ? 0 : f.apply(v.getValue()).size()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                AccountSummary a = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                if (empty || n == null || a == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(Fmt.count(n.longValue()));
                List<String> values = f.apply(a);
                setTooltip(values == null || values.isEmpty() ? null : new Tooltip(String.join("\n", values)));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(w);
        return c;
    }
}
