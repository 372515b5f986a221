package io.alembic.ui;

import io.alembic.casefile.SearchQuery;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The query box and the filters (account, model, date range, result limit); builds a {@link SearchQuery}. */
final class SearchBar extends VBox {
    static final int SNIPPETS = 200;

    final TextField queryField = new TextField();
    final ComboBox<String> account = new ComboBox<>();
    final ComboBox<String> model = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Integer> limit = new ComboBox<>(FXCollections.observableArrayList(100, 1_000, 10_000, 100_000));
    private final Button search = new Button("Search");
    private final Button clear = new Button("Clear filters");
    private boolean quiet;

    SearchBar(Runnable onSearch) {
        super(6);
        getStyleClass().add("search-bar");
        setPadding(new Insets(8, 10, 6, 10));

        queryField.setId("searchBox");
        queryField.setPromptText("Lucene query, e.g.  krebs cycle   \"step by step\"   distill* AND NOT refund   (Enter to search)");
        queryField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) onSearch.run();
        });
        HBox.setHgrow(queryField, Priority.ALWAYS);
        search.setId("searchButton");
        search.setDefaultButton(false);
        search.setOnAction(e -> onSearch.run());
        limit.setId("limitBox");
        limit.setValue(1_000);
        limit.setTooltip(new Tooltip("Maximum hits to list (snippets for the first " + SNIPPETS + ")"));
        limit.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer n) { return n == null ? "" : "max " + Fmt.count(n); }
            @Override public Integer fromString(String s) { return Integer.valueOf(s.replaceAll("[^0-9]", "")); }
        });
        HBox top = new HBox(6, queryField, search, limit);
        top.setAlignment(Pos.CENTER_LEFT);

        account.setId("accountFilter");
        model.setId("modelFilter");
        for (ComboBox<String> c : List.of(account, model)) {
            c.setEditable(true);
            c.setPrefWidth(200);
            c.getEditor().setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) onSearch.run();
            });
        }
        account.setPromptText("any account");
        model.setPromptText("any model");
        from.setId("fromDate");
        to.setId("toDate");
        from.setPromptText("from (UTC)");
        to.setPromptText("to (UTC)");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        from.valueProperty().addListener((o, a, b) -> onSearch.run());
        to.valueProperty().addListener((o, a, b) -> onSearch.run());
        account.valueProperty().addListener((o, a, b) -> { if (!quiet) onSearch.run(); });
        model.valueProperty().addListener((o, a, b) -> { if (!quiet) onSearch.run(); });
        clear.setId("clearFilters");
        clear.setOnAction(e -> {
            clearFilters();
            onSearch.run();
        });
        HBox filters = new HBox(6, label("Account"), account, label("Model"), model, label("From"), from,
                label("To"), to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, filters);
    }

    /** The query as the analyst stated it; an empty box means "everything". */
    SearchQuery toQuery() {
        String q = queryField.getText() == null ? "" : queryField.getText().trim();
        int max = limit.getValue() == null ? 1_000 : limit.getValue();
        return new SearchQuery(q.isEmpty() ? "*:*" : q, blankToNull(account), blankToNull(model),
                startOf(from.getValue()), endOf(to.getValue()), max, Math.min(max, SNIPPETS));
    }

    void clearFilters() {
        set(account, null);
        set(model, null);
        from.setValue(null);
        to.setValue(null);
    }

    /** Adds {@code field:"value"} to the query text (for facets that have no filter box). */
    void addClause(String field, String value) {
        String clause = "+" + field + ":\"" + value.replace("\"", "\\\"") + "\"";
        String q = queryField.getText() == null ? "" : queryField.getText().trim();
        if (q.contains(clause)) return;
        queryField.setText(q.isEmpty() || q.equals("*:*") ? clause : "+(" + q + ") " + clause);
    }

    /** Offers the values seen so far in the filter drop-downs. */
    void offer(ComboBox<String> box, Collection<String> values) {
        TreeSet<String> all = new TreeSet<>(box.getItems());
        for (String v : values) if (v != null && !v.isEmpty()) all.add(v);
        if (all.size() == box.getItems().size()) return;
        quiet = true;
        try {
            String keep = box.getEditor().getText();
            box.getItems().setAll(all);
            set(box, keep == null || keep.isEmpty() ? null : keep);
        } finally {
            quiet = false;
        }
    }

    /** Sets a filter box to {@code value} (null clears it). */
    static void set(ComboBox<String> box, String value) {
        box.setValue(value);
        box.getEditor().setText(value == null ? "" : value);
    }

    private static String blankToNull(ComboBox<String> box) {
        String v = box.getEditor().getText();
        return v == null || v.isBlank() ? null : v.trim();
    }

    static Instant startOf(LocalDate d) { return d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant(); }

    static Instant endOf(LocalDate d) {
        return d == null ? null : d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("filter-label");
        return l;
    }
}
