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

    AccountsView(CaseSession session, Consumer<String> onOpenAccount, Consumer<String> onTimeline,
                 Consumer<List<String>> onCompare, MarksController marks) {
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
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.control.MenuItem timeline = menu("Open Timeline  (" + Shortcuts.TIMELINE.getDisplayText() + ")", null, () -> { if (selected() != null) onTimeline.accept(selected()); });
        timeline.setId("accountTimeline");
        javafx.scene.control.MenuItem search = menu("Search Requests", null, () -> { if (selected() != null) onOpenAccount.accept(selected()); });
        javafx.scene.control.MenuItem compare = menu("Compare Selected, up to 6  (" + Shortcuts.COMPARE.getDisplayText() + ")", null, () -> onCompare.accept(selectedIds()));
        javafx.scene.control.MenuItem tag = menu("Tag Account…", null, () -> marks.tagTargets(String.join(", ", selectedIds()),
                selectedIds().stream().map(io.alembic.store.Target::account).toList()));
        javafx.scene.control.MenuItem note = menu("Note on Account…", null, () -> {
            if (selected() != null) marks.addNote(io.alembic.store.Target.account(selected()));
        });
        javafx.scene.control.MenuItem mark = menu("Bookmark Account", null, () -> {
            if (selected() != null) marks.bookmark(io.alembic.store.Target.account(selected()));
        });
        table.setContextMenu(new javafx.scene.control.ContextMenu(timeline, search, compare,
                new javafx.scene.control.SeparatorMenuItem(), tag, note, mark));
        javafx.scene.control.Button timelineButton = new javafx.scene.control.Button("Timeline");
        timelineButton.setId("accountTimelineButton");
        timelineButton.setOnAction(e -> timeline.fire());
        javafx.scene.control.Button compareButton = new javafx.scene.control.Button("Compare selected");
        compareButton.setOnAction(e -> compare.fire());
        javafx.scene.control.Button tagButton = new javafx.scene.control.Button("Tag…");
        tagButton.setOnAction(e -> tag.fire());
        for (javafx.scene.control.Button b : List.of(timelineButton, compareButton, tagButton)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        summary.setId("accountsSummary");
        summary.getStyleClass().add("view-summary");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(6, summary, gap, timelineButton, compareButton, tagButton);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 10, 4, 10));
        setTop(top);
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
            summary.setText(Fmt.count(rows.size()) + " accounts · double-click one to search its requests · Ctrl+L opens its timeline");
        });
        task.setOnFailed(e -> {
            if (mine == seq) summary.setText("Could not load accounts: " + Fmt.message(task.getException()));
        });
    }

    TableView<AccountSummary> table() { return table; }

    /** The selected account id, or null. */
    String selected() {
        AccountSummary a = table.getSelectionModel().getSelectedItem();
        return a == null ? null : a.accountId();
    }

    List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(AccountSummary::accountId).toList();
    }

    private static javafx.scene.control.MenuItem menu(String text, javafx.scene.input.KeyCombination key, Runnable r) {
        javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(text);
        if (key != null) i.setAccelerator(key);
        i.setOnAction(e -> r.run());
        return i;
    }

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

    /** The first values, one a line, and how many more: a proxy-pool account has thousands of addresses. */
    static String tooltipText(List<String> values) {
        int shown = Math.min(values.size(), TOOLTIP_LINES);
        String head = String.join("\n", values.subList(0, shown));
        return shown == values.size() ? head : head + "\n… and " + Fmt.count(values.size() - shown) + " more";
    }

    static final int TOOLTIP_LINES = 40;

    /** A count column whose tooltip lists the values (keys, IPs). */
    private static TableColumn<AccountSummary, Number> list(String title, double w,
                                                            Function<AccountSummary, List<String>> f) {
        TableColumn<AccountSummary, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue()) == null ? 0 : f.apply(v.getValue()).size()));
        c.setCellFactory(col -> new TableCell<>() {
            // one tooltip per cell, its text made only when it shows: scrolling must not build a popup and join
            // thousands of addresses for every row that passes by
            private final Tooltip tip = new Tooltip();
            private List<String> values = List.of();

            {
                tip.setOnShowing(e -> tip.setText(tooltipText(values)));
            }

            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                AccountSummary a = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                List<String> v = a == null ? null : f.apply(a);
                values = v == null ? List.of() : v;
                if (empty || n == null || a == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(Fmt.count(n.longValue()));
                setTooltip(values.isEmpty() ? null : tip);
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(w);
        return c;
    }
}
