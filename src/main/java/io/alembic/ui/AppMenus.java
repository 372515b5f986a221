package io.alembic.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.util.Map;

/** Builds the menu bar; every item calls back into {@link MainWindow}. */
final class AppMenus {
    private AppMenus() { }

    static MenuBar build(MainWindow w, BooleanExpression noCase, BooleanExpression importing) {
        MenuItem open = item("New/Open Case…", Shortcuts.OPEN_CASE, () -> FileChoosers.chooseCase(w));
        open.setId("menuOpenCase");
        MenuItem importZip = item("Import Bundle…", Shortcuts.IMPORT_ZIP, () -> FileChoosers.chooseBundleZip(w));
        importZip.setId("menuImport");
        MenuItem importDir = item("Import Bundle Folder…", Shortcuts.IMPORT_FOLDER, () -> FileChoosers.chooseBundleFolder(w));
        MenuItem cancel = item("Cancel Import", null, w::cancelImport);
        MenuItem verify = item("Verify Case", Shortcuts.VERIFY_CASE, w::verifyCase);
        verify.setId("menuVerifyCase");
        verify.disableProperty().bind(noCase);
        MenuItem export = item("Export…", Shortcuts.EXPORT, w::showExportDialog);
        export.setId("menuExport");
        export.disableProperty().bind(noCase.or(w.exportRunning()));
        MenuItem cancelExport = item("Cancel Export", null, w::cancelExport);
        cancelExport.disableProperty().bind(w.exportRunning().not());
        MenuItem close = item("Close Case", Shortcuts.CLOSE_CASE, w::closeCase);
        MenuItem quit = item("Quit", Shortcuts.QUIT, w::quit);
        close.disableProperty().bind(noCase.or(importing));
        open.disableProperty().bind(importing);
        cancel.disableProperty().bind(importing.not());
        Menu file = new Menu("File", null, open, importZip, importDir, cancel, new SeparatorMenuItem(), verify,
                new SeparatorMenuItem(), export, cancelExport, new SeparatorMenuItem(), close,
                new SeparatorMenuItem(), quit);

        MenuItem search = item("Search", Shortcuts.VIEW_SEARCH, () -> w.showView(MainWindow.View.SEARCH));
        MenuItem accounts = item("Accounts", Shortcuts.VIEW_ACCOUNTS, () -> w.showView(MainWindow.View.ACCOUNTS));
        MenuItem quarantine = item("Quarantine", Shortcuts.VIEW_QUARANTINE, () -> w.showView(MainWindow.View.QUARANTINE));
        MenuItem detections = item("Detections", Shortcuts.VIEW_DETECTIONS, () -> w.showView(MainWindow.View.DETECTIONS));
        MenuItem clusters = item("Clusters", Shortcuts.VIEW_CLUSTERS, () -> w.showView(MainWindow.View.CLUSTERS));
        MenuItem audit = item("Audit Trail", Shortcuts.VIEW_AUDIT, () -> w.showView(MainWindow.View.AUDIT));
        audit.setId("menuAudit");
        MenuItem find = item("Focus Search Box", Shortcuts.FOCUS_SEARCH, w::focusSearch);
        MenuItem timeline = item("Timeline", Shortcuts.VIEW_TIMELINE, () -> w.showView(MainWindow.View.TIMELINE));
        MenuItem compareView = item("Compare", Shortcuts.VIEW_COMPARE, () -> w.showView(MainWindow.View.COMPARE));
        MenuItem openTimeline = item("Timeline of Selected Account", Shortcuts.TIMELINE, () -> w.actions().timelineOfSelection());
        openTimeline.setId("menuTimeline");
        MenuItem compare = item("Compare Selected Accounts", Shortcuts.COMPARE, () -> w.actions().compareSelection());
        MenuItem cluster = item("Cluster of Selected Account", Shortcuts.GO_TO_CLUSTER, () -> w.actions().clusterOfSelection());
        cluster.setId("menuGoToCluster");
        Menu view = new Menu("View", null, search, accounts, quarantine, timeline, compareView, detections, clusters, audit,
                new SeparatorMenuItem(), find,
                openTimeline, compare, cluster);
        for (MenuItem i : view.getItems()) if (!(i instanceof SeparatorMenuItem)) i.disableProperty().bind(noCase);

        WindowActions a = w.actions();
        MenuItem tag = item("Tag Selected…", Shortcuts.TAG, a::tagSelection);
        tag.setId("menuTag");
        MenuItem tagAll = item("Tag All Hits…", Shortcuts.TAG_ALL, a::tagAll);
        tagAll.setId("menuTagAll");
        MenuItem tagAccount = item("Tag Account of Selection…", Shortcuts.TAG_ACCOUNT, a::tagAccount);
        MenuItem undo = item("Undo Last Tagging", Shortcuts.UNDO_TAG, a::undo);
        undo.setId("menuUndoTag");
        MenuItem note = item("Note…", Shortcuts.NOTE, a::note);
        MenuItem bookmark = item("Bookmark", Shortcuts.BOOKMARK, a::bookmark);
        MenuItem save = item("Save Search…", Shortcuts.SAVE_SEARCH, a::saveSearch);
        MenuItem saved = item("Saved Searches and Bookmarks…", Shortcuts.SAVED, a::showSaved);
        Menu marks = new Menu("Marks", null, tag, tagAll, tagAccount, undo, new SeparatorMenuItem(), note, bookmark,
                new SeparatorMenuItem(), save, saved);
        for (MenuItem i : marks.getItems()) if (!(i instanceof SeparatorMenuItem)) i.disableProperty().bind(noCase);

        MenuItem runDetection = item("Run Detection", Shortcuts.RUN_DETECTION, w::runDetection);
        runDetection.setId("menuRunDetection");
        MenuItem cancelDetection = item("Cancel Detection", null, w::cancelDetection);
        runDetection.disableProperty().bind(noCase.or(w.detectionRunning()));
        cancelDetection.disableProperty().bind(w.detectionRunning().not());
        Menu detect = new Menu("Detect", null, runDetection, cancelDetection);

        MenuItem keys = item("Keyboard Shortcuts", null, () -> showShortcuts(w));
        Menu help = new Menu("Help", null, keys);
        MenuBar bar = new MenuBar(file, view, marks, detect, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (key != null) i.setAccelerator(key);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static void showShortcuts(MainWindow w) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : Shortcuts.describe().entrySet()) {
            sb.append(String.format("%-18s %s%n", e.getKey(), e.getValue()));
        }
        sb.append("\nDrop a bundle folder or .zip on the window to import it.");
        Alert a = new Alert(Alert.AlertType.INFORMATION, sb.toString(), ButtonType.OK);
        a.initOwner(w.stage());
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().getStyleClass().add("mono-dialog");
        // one line per shortcut: wrapped, the list ran taller than a laptop screen
        a.getDialogPane().setPrefWidth(900);
        a.show();
    }
}
