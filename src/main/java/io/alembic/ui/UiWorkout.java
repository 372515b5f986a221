package io.alembic.ui;

import javafx.concurrent.Task;
import javafx.scene.control.TableView;

/**
 * The analyst's everyday actions on an open main window, as single calls, for the GUI benchmark ({@code bench gui}):
 * it lives here because the views' tables and timeline gestures are package-private. Every method runs on the FX
 * thread and only starts what a click or key would start; the reads it triggers run on the session's executors.
 */
public final class UiWorkout {
    /** The tables the workout scrolls. */
    public enum Table { SEARCH, ACCOUNTS, DETECTIONS }

    private final MainWindow window;

    public UiWorkout(MainWindow window) { this.window = window; }

    /** Types {@code query} in Search and presses Enter (filters cleared). */
    public void search(String query) { window.searchQuery(query); }

    /** Double-click on an account in Accounts: Search filtered to it. */
    public void searchAccount(String accountId) { window.searchAccount(accountId); }

    public void show(MainWindow.View view) { window.showView(view); }

    /** Selects row {@code row} of {@code t} (clamped; nothing when it is empty) and returns how many rows it has. */
    public int select(Table t, int row) {
        TableView<?> table = table(t);
        int n = table.getItems().size();
        if (n > 0) {
            int r = Math.max(0, Math.min(n - 1, row));
            table.getSelectionModel().clearAndSelect(r);
            table.scrollTo(r);
        }
        return n;
    }

    /** Scrolls {@code t} so that row {@code row} is at the top, as dragging the scroll bar would. */
    public void scrollTo(Table t, int row) {
        TableView<?> table = table(t);
        if (!table.getItems().isEmpty()) table.scrollTo(Math.max(0, Math.min(table.getItems().size() - 1, row)));
    }

    public int rows(Table t) { return table(t).getItems().size(); }

    /** The account selected in Accounts, or null. */
    public String selectedAccount() { return window.accountsView().selected(); }

    /** Ctrl+L on the selected account: its timeline. */
    public void openTimelineOfSelected() { window.openTimeline(selectedAccount()); }

    /** Zooms the timeline's activity chart around its centre (a mouse-wheel step is a factor near 1.25). */
    public void zoomTimeline(double factor) { window.timelineView().zoom(factor); }

    /**
     * A read queued behind everything the views have queued so far: when it succeeds, their reads are done and their
     * results have been handed to the FX thread ahead of it (the query executor is serial).
     */
    public Task<Void> queryBarrier() { return window.session().query(c -> null); }

    private TableView<?> table(Table t) {
        return switch (t) {
            case SEARCH -> window.searchView().table();
            case ACCOUNTS -> window.accountsView().table();
            case DETECTIONS -> window.detectionsView().table();
        };
    }
}
