package io.alembic.ui;

import io.alembic.casefile.Case;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The main window: menu bar, the views in tabs (or the empty state while no case is open), the import
 * progress strip and the status bar. Its public methods are what the menus, drag-and-drop and tests drive.
 */
public final class MainWindow {
    /** The views the View menu switches between. */
    public enum View { SEARCH, ACCOUNTS, QUARANTINE, TIMELINE, COMPARE, DETECTIONS, CLUSTERS, AUDIT }

    private final Stage stage;
    private final CaseSession session;
    private final AppStatusBar statusBar;
    private final ImportProgressPane progress = new ImportProgressPane();
    private final ImportProgressPane exportProgress = new ImportProgressPane("export");
    private final javafx.beans.property.ReadOnlyObjectWrapper<ExportTask> exporting = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private ExportDialog exportDialog;
    private final ImportController imports;
    private final SearchView searchView;
    private final AccountsView accountsView;
    private final QuarantineView quarantineView;
    private final MarksController marks;
    private final TimelineView timelineView;
    private final CompareView compareView;
    private final DetectionController detections;
    private final DetectionsView detectionsView;
    private final ClustersView clustersView;
    private final AuditView auditView;
    private final WindowActions actions;
    private long tagSeq;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();
    private final Scene scene;

    public MainWindow(Stage stage, CaseSession session) {
        this.stage = stage;
        this.session = session;
        this.statusBar = new AppStatusBar(session);
        this.imports = new ImportController(session, progress, statusBar::setText, stage);
        this.searchView = new SearchView(session);
        this.marks = new MarksController(session, stage, statusBar::setText);
        this.actions = new WindowActions(this);
        this.accountsView = new AccountsView(session, this::searchAccount, this::openTimeline, this::compare, marks);
        this.quarantineView = new QuarantineView(session);
        this.timelineView = new TimelineView(session, marks, statusBar::setText, this::searchQuery);
        this.compareView = new CompareView(session);
        this.detections = new DetectionController(session, statusBar::setText);
        this.detectionsView = new DetectionsView(detections, marks, this::searchQuery, this::searchAccount, this::openTimeline,
                this::showCluster);
        this.clustersView = new ClustersView(detections, id -> showView(View.DETECTIONS));
        detectionsView.setMakeExhibit(this::makeExhibit);
        clustersView.setMakeExhibit(this::makeExhibit);
        timelineView.setMakeExhibit(this::makeExhibit);
        this.auditView = new AuditView(session, statusBar::setText);

        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Search", searchView), tab("Accounts", accountsView), tab("Quarantine", quarantineView),
                tab("Timeline", timelineView), tab("Compare", compareView), tab("Detections", detectionsView),
                tab("Clusters", clustersView), tab("Audit", "Audit trail", auditView));
        // the log grows with every command (detection, verify, marks): read it again whenever the view is shown
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() == View.AUDIT.ordinal() && session.isOpen()) auditView.refresh();
        });
        EmptyState empty = new EmptyState(() -> FileChoosers.chooseCase(this));
        StackPane center = new StackPane(empty, tabs);
        tabs.visibleProperty().bind(session.currentCaseProperty().isNotNull());
        empty.visibleProperty().bind(session.currentCaseProperty().isNull());

        var noCase = session.currentCaseProperty().isNull();
        root.setTop(AppMenus.build(this, noCase, session.importingProperty()));
        root.setCenter(center);
        root.setBottom(new VBox(progress, exportProgress, statusBar));
        exportFromContextMenu(searchView.table());
        exportFromContextMenu(detectionsView.table());
        root.getStyleClass().add("alembic-root");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("alembic.css"), "alembic.css missing").toExternalForm());
        DropHandler.install(root, this::importBundle);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> session.folderProperty().get() == null ? "Alembic"
                        : "Alembic — " + session.folderProperty().get(), session.folderProperty()));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        statusBar.refresh();
        session.marksVersionProperty().addListener((o, a, b) -> refreshTags());
        session.dataVersionProperty().addListener((o, a, b) -> refreshTags());
    }

    /** Reloads the tag chips of the record tables after tagging, undo, import or open. */
    private void refreshTags() {
        long mine = ++tagSeq;
        if (!session.isOpen()) {
            searchView.table().setTagIndex(TagIndex.EMPTY);
            timelineView.records.table().setTagIndex(TagIndex.EMPTY);
            return;
        }
        Task<TagIndex> t = session.query(TagIndex::load);
        t.setOnSucceeded(e -> {
            if (mine != tagSeq) return;
            searchView.table().setTagIndex(t.getValue());
            timelineView.records.table().setTagIndex(t.getValue());
        });
    }

    /** Shows the timeline of {@code accountId}. */
    public void openTimeline(String accountId) {
        if (accountId == null) return;
        showView(View.TIMELINE);
        timelineView.open(io.alembic.timeline.Subject.ACCOUNT, accountId);
    }

    /** Compares up to six accounts on one time axis. */
    public void compare(java.util.List<String> accountIds) {
        if (accountIds.isEmpty()) return;
        showView(View.COMPARE);
        compareView.compare(accountIds);
    }

    /** Runs {@code query} in Search with the filters cleared (evidence of a finding, a tagged range). */
    public void searchQuery(String query) {
        showView(View.SEARCH);
        searchView.runQuery(query);
    }

    /** Runs detection in the background (Ctrl+R); results replace the shown ones when it finishes. */
    public DetectionTask runDetection() {
        showView(View.DETECTIONS);
        return detections.run();
    }

    public void cancelDetection() { detections.cancel(); }

    /** Shows cluster {@code clusterId} in the Clusters view: selected, scrolled into view, its reasons beside it. */
    public void showCluster(String clusterId) {
        if (clusterId == null || detections.cluster(clusterId) == null) return;
        showView(View.CLUSTERS);
        clustersView.reveal(clusterId);
    }

    /** Ctrl+G: the cluster of {@code accountId}, or a status line saying it has none. */
    public void showClusterOf(String accountId) {
        if (accountId == null) {
            statusBar.setText("Select an account first to go to its cluster");
            return;
        }
        var c = detections.clusterOf(accountId);
        if (c == null) statusBar.setText(accountId + " is in no cluster" + (detections.report() == null ? " (run detection first)" : ""));
        else showCluster(c.id());
    }

    // ---- exports

    /**
     * Ctrl+Shift+E: asks for format, scope and file, starting from what the current view suggests (Search: the query's
     * hits; Accounts, Detections, Clusters: the selected accounts; elsewhere the whole case); null with no case open.
     */
    public ExportDialog showExportDialog() {
        if (!session.isOpen() || exporting.get() != null) return null;
        View v = currentView();
        String query = v == View.TIMELINE ? timelineView.records.query() : searchView.currentQuery();
        io.alembic.export.ExportScope.Kind preferred = switch (v) {
            case SEARCH, TIMELINE -> io.alembic.export.ExportScope.Kind.QUERY;
            case ACCOUNTS, DETECTIONS, CLUSTERS, COMPARE -> io.alembic.export.ExportScope.Kind.ACCOUNTS;
            default -> io.alembic.export.ExportScope.Kind.ALL;
        };
        java.util.List<String> accounts = actions.selectedAccounts();
        Task<java.util.List<String>> tags = session.query(c -> c.tagDefinitions().stream().map(io.alembic.store.TagDefinition::name).toList());
        ExportDialog dialog = new ExportDialog(stage, new ExportDialog.Defaults(accounts, query, java.util.List.of(), session.folderProperty().get(), preferred));
        tags.setOnSucceeded(e -> dialog.offerTags(tags.getValue()));
        dialog.resultProperty().addListener((o, a, request) -> {
            if (request != null) export(request);
        });
        dialog.setOnHidden(e -> exportDialog = null);
        exportDialog = dialog;
        dialog.show();
        return dialog;
    }

    /** The export dialog on screen, or null. */
    ExportDialog exportDialog() { return exportDialog; }

    /** Writes an export in the background with progress and Cancel in the strip above the status bar. */
    public ExportTask export(io.alembic.export.ExportRequest request) {
        if (!session.isOpen() || exporting.get() != null) return exporting.get();
        ExportTask task = new ExportTask(session.currentCase(), request);
        exporting.set(task);
        exportProgress.bind(task, task::requestCancel);
        task.setOnSucceeded(e -> {
            exportFinished();
            io.alembic.export.ExportResult r = task.getValue();
            statusBar.setText("Exported " + Fmt.count(r.records()) + " records of " + Fmt.count(r.accounts()) + " accounts ("
                    + request.scope().describe() + ") to " + r.main().path() + " — SHA-256 " + r.main().sha256().substring(0, 16)
                    + "…, recorded in the audit log");
        });
        task.setOnFailed(e -> {
            exportFinished();
            if (task.isCancelRequested()) {
                statusBar.setText("Export cancelled; no file written");
            } else {
                statusBar.setText("Export failed: " + Fmt.message(task.getException()));
                error("Export failed", Fmt.message(task.getException()));
            }
        });
        statusBar.setText("Exporting " + request.scope().describe() + " as " + request.format().code() + "…");
        session.runJob(task);
        return task;
    }

    public void cancelExport() {
        ExportTask t = exporting.get();
        if (t != null) t.requestCancel();
    }

    private void exportFinished() {
        exporting.set(null);
        exportProgress.hide();
        if (currentView() == View.AUDIT && session.isOpen()) auditView.refresh();
    }

    javafx.beans.binding.BooleanBinding exportRunning() { return exporting.getReadOnlyProperty().isNotNull(); }

    /** The export running now, or null. */
    public ExportTask runningExport() { return exporting.get(); }

    private void exportFromContextMenu(javafx.scene.control.Control table) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Export…");
        item.setOnAction(e -> showExportDialog());
        if (table.getContextMenu() == null) table.setContextMenu(new javafx.scene.control.ContextMenu());
        table.getContextMenu().getItems().add(item);
    }

    javafx.beans.binding.BooleanBinding detectionRunning() { return detections.runningProperty().isNotNull(); }

    DetectionController detections() { return detections; }

    /** The status line's text (tests read what the analyst would). */
    String statusText() { return statusBar.getText(); }

    public DetectionsView detectionsView() { return detectionsView; }

    /** Opens the exhibit dialog (preview, then make) for a subject of the open case. */
    ExhibitDialog makeExhibit(io.alembic.report.ExhibitRequest request) {
        if (!session.isOpen()) {
            statusBar.setText("Open a case first");
            return null;
        }
        ExhibitDialog d = new ExhibitDialog(session, stage, request);
        d.show();
        return d;
    }

    public ClustersView clustersView() { return clustersView; }

    public AuditView auditView() { return auditView; }

    /** Shows the Audit trail and verifies the case in the background (Ctrl+Shift+V); null with no case open. */
    public VerifyTask verifyCase() {
        if (!session.isOpen()) return null;
        showView(View.AUDIT);
        return auditView.verifyCase();
    }

    public TimelineView timelineView() { return timelineView; }

    public CompareView compareView() { return compareView; }

    MarksController marks() { return marks; }

    WindowActions actions() { return actions; }

    public void show() { stage.show(); }

    public Stage stage() { return stage; }

    public Scene scene() { return scene; }

    public CaseSession session() { return session; }

    public ImportController imports() { return imports; }

    public SearchView searchView() { return searchView; }

    public AccountsView accountsView() { return accountsView; }

    public QuarantineView quarantineView() { return quarantineView; }

    /** Opens the case in {@code folder}, creating it if needed; failures are shown in an alert. */
    public Task<Case> openCase(Path folder) {
        statusBar.setText("Opening case " + folder + " …");
        Task<Case> task = session.open(folder, true);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            statusBar.setText("Opened case " + folder);
            showView(View.SEARCH);
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            statusBar.setText("Could not open case " + folder);
            error("Could not open case", "Folder: " + folder + "\n\n" + Fmt.message(task.getException()));
        });
        return task;
    }

    /**
     * Imports a bundle folder or .zip into the open case (what the menus and drag-and-drop call). With no case
     * open, asks for a case folder first and imports once it is open (then returns null).
     */
    public ImportTask importBundle(Path bundle) {
        if (session.isOpen()) return imports.importBundle(bundle, false);
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Case folder for " + bundle.getFileName() + " (an empty folder makes a new case)");
        if (bundle.toAbsolutePath().getParent() != null && bundle.toAbsolutePath().getParent().toFile().isDirectory()) {
            dc.setInitialDirectory(bundle.toAbsolutePath().getParent().toFile());
        }
        File dir = dc.showDialog(stage);
        if (dir != null) {
            openCase(dir.toPath()).addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                    e -> imports.importBundle(bundle, false));
        }
        return null;
    }

    public void cancelImport() { imports.cancelRunning(); }

    public void closeCase() {
        session.closeCase();
        statusBar.setText("Case closed");
    }

    public void quit() {
        imports.cancelRunning();
        cancelExport();
        detections.cancel();
        stage.close();
    }

    public void showView(View v) {
        tabs.getSelectionModel().select(v.ordinal());
        if (v == View.SEARCH) focusSearch();
    }

    public View currentView() { return View.values()[tabs.getSelectionModel().getSelectedIndex()]; }

    public void focusSearch() {
        tabs.getSelectionModel().select(View.SEARCH.ordinal());
        searchView.focusSearchBox();
    }

    /** Double-click in Accounts: search that account's requests. */
    public void searchAccount(String accountId) {
        showView(View.SEARCH);
        searchView.filterByAccount(accountId);
    }

    void error(String header, String content) {
        Alert a = new Alert(Alert.AlertType.ERROR, content, ButtonType.OK);
        a.initOwner(stage);
        a.setTitle("Alembic");
        a.setHeaderText(header);
        a.show();
    }

    private static Tab tab(String title, javafx.scene.Node content) { return tab(title, title, content); }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab" + id);
        return t;
    }
}
