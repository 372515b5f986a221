package io.alembic.ui;

import io.alembic.casefile.RecordDetail;
import io.alembic.casefile.SearchHit;
import io.alembic.casefile.SearchQuery;
import io.alembic.casefile.SearchResults;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.Optional;

/**
 * Search screen: query box and filters on top, facets on the left, hits in the middle, the selected request below.
 * Every search and record load runs on the session's query executor; only the newest answer is shown.
 */
public final class SearchView extends BorderPane {
    private final CaseSession session;
    private final SearchBar bar = new SearchBar(this::requestSearch);
    private final FacetPanel facets = new FacetPanel(this::onFacet);
    private final ResultsTable table = new ResultsTable();
    private final RecordDetailPane detail = new RecordDetailPane();
    private final Label hitsLabel = new Label();
    private final Label errorLabel = new Label();
    private long searchSeq;
    private long detailSeq;
    private boolean searchPending;
    private SearchResults lastResults;

    SearchView(CaseSession session) {
        this.session = session;
        setId("searchView");
        hitsLabel.setId("hitsLabel");
        hitsLabel.getStyleClass().add("hits-label");
        errorLabel.setId("queryError");
        errorLabel.getStyleClass().add("query-error");
        errorLabel.setWrapText(true);
        errorLabel.setMaxWidth(Double.MAX_VALUE);
        showError(null);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox info = new HBox(10, errorLabel, gap, hitsLabel);
        HBox.setHgrow(errorLabel, Priority.SOMETIMES);
        info.setAlignment(Pos.CENTER_LEFT);
        info.setPadding(new Insets(0, 10, 6, 10));
        setTop(new VBox(bar, info));

        SplitPane right = new SplitPane(table, detail);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.48);
        SplitPane main = new SplitPane(facets, right);
        main.setDividerPositions(0.185);
        SplitPane.setResizableWithParent(facets, false);
        setCenter(main);

        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, hit) -> loadDetail(hit));
        session.marksVersionProperty().addListener((o, a, b) -> loadDetail(table.getSelectionModel().getSelectedItem()));
        session.dataVersionProperty().addListener((o, a, b) -> refresh());
    }

    /** Runs the search in the box with the current filters (coalesces bursts of requests). */
    public void requestSearch() {
        if (searchPending) return;
        searchPending = true;
        Platform.runLater(() -> {
            searchPending = false;
            runSearch();
        });
    }

    /** Shows only the hits of {@code account} (keeps the query text). */
    public void filterByAccount(String account) {
        SearchBar.set(bar.account, account);
        requestSearch();
    }

    public void focusSearchBox() {
        bar.queryField.requestFocus();
        bar.queryField.selectAll();
    }

    /** The last results shown, or null. */
    SearchResults lastResults() { return lastResults; }

    ResultsTable table() { return table; }

    /** The selected hits (the table allows several). */
    java.util.List<SearchHit> selectedHits() { return java.util.List.copyOf(table.getSelectionModel().getSelectedItems()); }

    /** The current search, query and filters, as one query string (what "tag all hits" and "save search" use). */
    String currentQuery() {
        SearchQuery q = bar.toQuery();
        StringBuilder sb = new StringBuilder("+(" + q.query() + ")");
        if (q.account() != null) sb.append(" +account:").append(quote(q.account()));
        if (q.model() != null) sb.append(" +model:").append(quote(q.model()));
        if (q.from() != null || q.to() != null) {
            sb.append(" +time:[").append(q.from() == null ? "*" : Long.toString(q.from().toEpochMilli())).append(" TO ")
                    .append(q.to() == null ? "*" : Long.toString(q.to().toEpochMilli())).append(']');
        }
        return sb.toString().equals("+(*:*)") ? "*:*" : sb.toString();
    }

    /** Runs {@code query} as typed, with the filters cleared (saved searches hold the filters in the query). */
    void runQuery(String query) {
        bar.clearFilters();
        bar.queryField.setText(query);
        requestSearch();
    }

    private static String quote(String v) { return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    RecordDetailPane detail() { return detail; }

    SearchBar bar() { return bar; }

    private void refresh() {
        if (session.isOpen()) {
            requestSearch();
        } else {
            searchSeq++;
            lastResults = null;
            table.setHits(java.util.List.of());
            facets.show(Map.of());
            hitsLabel.setText("");
            showError(null);
            detail.clear("Select a hit to see its conversation.");
        }
    }

    private void runSearch() {
        if (!session.isOpen()) return;
        SearchQuery q = bar.toQuery();
        long seq = ++searchSeq;
        hitsLabel.setText("Searching…");
        Task<SearchResults> task = session.query(c -> c.search(q));
        task.setOnSucceeded(e -> {
            if (seq != searchSeq) return;
            show(task.getValue(), q);
        });
        task.setOnFailed(e -> {
            if (seq != searchSeq) return;
            lastResults = null;
            table.setHits(java.util.List.of());
            facets.show(Map.of());
            hitsLabel.setText("0 hits");
            table.setPlaceholderText("Fix the query above and press Enter.");
            showError("Query error: " + Fmt.message(task.getException()));
        });
    }

    private void show(SearchResults r, SearchQuery q) {
        lastResults = r;
        showError(null);
        table.setHits(r.hits());
        facets.show(r.facets(), r.facetsSampled(), r.facetSampleSize(), r.total());
        String shown = Fmt.count(r.hits().size());
        hitsLabel.setText(r.hits().size() == r.total() ? shown + " hits" : shown + " of " + Fmt.count(r.total()) + " hits");
        if (r.facets() != null) {
            Map<String, Long> accounts = r.facets().get("account");
            Map<String, Long> models = r.facets().get("model");
            if (accounts != null) bar.offer(bar.account, accounts.keySet());
            if (models != null) bar.offer(bar.model, models.keySet());
        }
        if (r.hits().isEmpty()) {
            detail.clear("No hits.");
            boolean everything = "*:*".equals(q.query()) && q.account() == null && q.model() == null
                    && q.from() == null && q.to() == null;
            table.setPlaceholderText(everything
                    ? "This case holds no requests yet. Import a bundle: File ▸ Import Bundle… (Ctrl+I), "
                    + "Import Bundle Folder… (Ctrl+Shift+I), or drop it on the window."
                    : "No hits for this query and these filters.");
        } else if (table.getSelectionModel().isEmpty()) {
            // A search that ran before an import finished may have left "No hits." behind.
            detail.clear("Select a hit to see its conversation.");
        }
    }

    private void loadDetail(SearchHit hit) {
        long seq = ++detailSeq;
        if (hit == null) {
            detail.clear("Select a hit to see its conversation.");
            return;
        }
        Task<DetailData> task = session.query(c -> DetailData.load(c, hit.requestId()));
        task.setOnSucceeded(e -> {
            if (seq != detailSeq) return;
            Optional<RecordDetail> d = task.getValue().record();
            if (d.isPresent()) {
                if (!hit.requestId().equals(detail.shownRequestId())) detail.show(d.get());
                detail.showMarks(task.getValue().tags(), task.getValue().notes(), task.getValue().colors());
            } else {
                detail.clear("Request " + hit.requestId() + " is not in the case.");
            }
        });
        task.setOnFailed(e -> {
            if (seq == detailSeq) detail.clear("Could not load " + hit.requestId() + ": " + Fmt.message(task.getException()));
        });
    }

    private void onFacet(String facet, String value) {
        switch (facet) {
            case "account" -> SearchBar.set(bar.account, value);
            case "model" -> SearchBar.set(bar.model, value);
            default -> bar.addClause(facet, value == null ? "" : value);
        }
        requestSearch();
    }

    private void showError(String message) {
        errorLabel.setText(message == null ? "" : message);
        errorLabel.setVisible(message != null);
        errorLabel.setManaged(message != null);
    }
}
