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
        m.put("Enter", "Run the search (in the search box); open account (in Accounts)");
        return m;
    }
}
