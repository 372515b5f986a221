package io.alembic.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every keyboard shortcut of the main window, in one place (Ctrl is Cmd on macOS). */
public final class Shortcuts {
    private Shortcuts() { }

    public static final KeyCombination OPEN_CASE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination IMPORT_ZIP = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination IMPORT_FOLDER =
            new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination CLOSE_CASE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_SEARCH = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_ACCOUNTS = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_QUARANTINE =
            new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FOCUS_SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_TIMELINE = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_COMPARE = new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_DETECTIONS = new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_CLUSTERS = new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VIEW_AUDIT = new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination VERIFY_CASE =
            new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination EXPORT =
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RUN_DETECTION = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination GO_TO_CLUSTER = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TIMELINE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TAG = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TAG_ALL = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination TAG_ACCOUNT = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    public static final KeyCombination UNDO_TAG = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NOTE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BOOKMARK = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE_SEARCH = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVED = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);

    /** Shortcut → what it does, for the Help menu. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(OPEN_CASE.getDisplayText(), "New / open case folder");
        m.put(IMPORT_ZIP.getDisplayText(), "Import bundle (.zip)");
        m.put(IMPORT_FOLDER.getDisplayText(), "Import bundle folder");
        m.put(CLOSE_CASE.getDisplayText(), "Close case");
        m.put(QUIT.getDisplayText(), "Quit");
        m.put(VIEW_SEARCH.getDisplayText(), "Search view");
        m.put(VIEW_ACCOUNTS.getDisplayText(), "Accounts view");
        m.put(VIEW_QUARANTINE.getDisplayText(), "Quarantine view");
        m.put(FOCUS_SEARCH.getDisplayText(), "Focus the search box");
        m.put(VIEW_TIMELINE.getDisplayText(), "Timeline view");
        m.put(VIEW_COMPARE.getDisplayText(), "Compare view");
        m.put(VIEW_DETECTIONS.getDisplayText(), "Detections view: accounts ranked by score, findings, evidence");
        m.put(VIEW_CLUSTERS.getDisplayText(), "Clusters view: campaigns (flagged first), graphs, reasons and links");
        m.put(VIEW_AUDIT.getDisplayText(), "Audit trail view: entries by action and day, the chain's state, the head to write down");
        m.put(VERIFY_CASE.getDisplayText(), "Verify case: evidence, audit chain, records and index (background; result in Audit trail)");
        m.put(EXPORT.getDisplayText(), "Export… records and findings (CSV, JSON) or indicators (STIX 2.1): whole case, selection, tag or query");
        m.put(GO_TO_CLUSTER.getDisplayText(), "Go to the selected account's cluster in the Clusters view");
        m.put(RUN_DETECTION.getDisplayText(), "Run detection over the case (background; Cancel in the Detections view)");
        m.put(TIMELINE.getDisplayText(), "Timeline of the selected account (Accounts, Detections) or hit's account (Search)");
        m.put(COMPARE.getDisplayText(), "Compare the selected accounts (up to 6)");
        m.put(TAG.getDisplayText(), "Tag the selected records (Search, Timeline) or accounts");
        m.put(TAG_ALL.getDisplayText(), "Tag all hits of the current search / timeline range");
        m.put(TAG_ACCOUNT.getDisplayText(), "Tag the account of the selection");
        m.put(UNDO_TAG.getDisplayText(), "Undo the last tagging action (repeat to go back further)");
        m.put(NOTE.getDisplayText(), "Note on the selected record / account");
        m.put(BOOKMARK.getDisplayText(), "Bookmark the selected record / account");
        m.put(SAVE_SEARCH.getDisplayText(), "Save the current search with a name");
        m.put(SAVED.getDisplayText(), "Saved searches and bookmarks");
        m.put("Enter", "Run the search (in the search box); open account (in Accounts)");
        m.put("Wheel, + / −", "Zoom the timeline (on the chart)");
        m.put("Drag, ← / →", "Pan the timeline");
        m.put("Shift+drag", "Brush a range: lists its records below the chart");
        m.put("Click a bar", "List the records behind it; Esc clears the range");
        m.put("Clusters: click", "Node: select the account (double-click: Detections); elsewhere: select the cluster");
        m.put("Clusters: arrows", "← → previous / next cluster, ↑ ↓ the one above / below; Enter: account in Detections");
        return m;
    }
}
