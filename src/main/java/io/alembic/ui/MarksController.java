package io.alembic.ui;

import io.alembic.store.Note;
import io.alembic.store.TagAction;
import io.alembic.store.TagDefinition;
import io.alembic.store.Target;
import javafx.concurrent.Task;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The analyst's marks from the GUI: tag, untag-by-undo, notes, bookmarks and saved searches. Dialogs are shown
 * non-modally (show, not showAndWait) so tests and the FX thread never block; writes go through CaseSession.mark.
 */
final class MarksController {
    private final CaseSession session;
    private final Window owner;
    private final Consumer<String> status;
    private Dialog<?> lastDialog;

    MarksController(CaseSession session, Window owner, Consumer<String> status) {
        this.session = session;
        this.owner = owner;
        this.status = status;
    }

    /** The dialog opened last (for tests and screenshots). */
    Dialog<?> lastDialog() { return lastDialog; }

    /** Asks for a tag, then tags {@code targets}. */
    void tagTargets(String what, List<Target> targets) {
        if (targets.isEmpty()) {
            status.accept("Nothing selected to tag.");
            return;
        }
        chooseTag(what, choice -> applyTag(choice.tag(), targets, choice.note()));
    }

    /** Asks for a tag, then tags every hit of {@code query} (no hit limit). */
    void tagQuery(String what, String query) {
        chooseTag(what, choice -> applyTagQuery(choice.tag(), query, choice.note()));
    }

    private void chooseTag(String what, Consumer<TagDialog.Choice> then) {
        if (!session.isOpen()) return;
        Task<List<TagDefinition>> defs = session.query(c -> c.tagDefinitions());
        defs.setOnSucceeded(e -> {
            TagDialog d = new TagDialog(owner, what, defs.getValue(), session);
            lastDialog = d;
            d.setOnHidden(h -> {
                if (d.getResult() != null) then.accept(d.getResult());
            });
            d.show();
        });
        defs.setOnFailed(e -> status.accept("Could not load the tag set: " + Fmt.message(defs.getException())));
    }

    Task<TagAction> applyTag(String tag, List<Target> targets, String note) {
        return report(session.mark(c -> c.tag(tag, targets, note)), "Tagged");
    }

    Task<TagAction> applyTagQuery(String tag, String query, String note) {
        return report(session.mark(c -> c.tagQuery(tag, query, note)), "Tagged");
    }

    /** Undoes the newest tagging action (Ctrl+Z). */
    Task<Optional<TagAction>> undo() {
        Task<Optional<TagAction>> t = session.mark(c -> c.undoLastTagAction());
        t.setOnSucceeded(e -> status.accept(t.getValue().map(a -> "Undid " + a.kind() + " " + a.tag() + " ("
                + a.selector() + ")").orElse("Nothing to undo.")));
        t.setOnFailed(e -> status.accept("Undo failed: " + Fmt.message(t.getException())));
        return t;
    }

    private Task<TagAction> report(Task<TagAction> t, String verb) {
        t.setOnSucceeded(e -> {
            TagAction a = t.getValue();
            status.accept(verb + " " + a.selector() + " with " + a.tag() + ": " + Fmt.count(a.added()) + " added"
                    + " · Ctrl+Z undoes");
        });
        t.setOnFailed(e -> status.accept("Tagging failed: " + Fmt.message(t.getException())));
        return t;
    }

    /** Shows the notes on {@code target} and lets the analyst add one (multi-line). */
    void addNote(Target target) {
        if (target == null || !session.isOpen()) return;
        Task<List<Note>> notes = session.query(c -> c.notes(target));
        notes.setOnSucceeded(e -> {
            NoteDialog d = new NoteDialog(owner, target, notes.getValue());
            lastDialog = d;
            d.setOnHidden(h -> {
                String text = d.getResult();
                if (text != null && !text.isBlank()) saveNote(target, text);
            });
            d.show();
        });
    }

    Task<Note> saveNote(Target target, String text) {
        Task<Note> t = session.mark(c -> c.addNote(target, text));
        t.setOnSucceeded(e -> status.accept("Note added to " + target));
        t.setOnFailed(e -> status.accept("Could not add the note: " + Fmt.message(t.getException())));
        return t;
    }

    void bookmark(Target target) {
        if (target == null || !session.isOpen()) return;
        Task<?> t = session.mark(c -> c.addBookmark(target, null));
        t.setOnSucceeded(e -> status.accept("Bookmarked " + target));
        t.setOnFailed(e -> status.accept("Could not bookmark: " + Fmt.message(t.getException())));
    }

    /** Asks for a name and saves {@code query} under it. */
    void saveSearch(String query) {
        if (!session.isOpen()) return;
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle("Save search");
        d.setHeaderText("Save the query\n" + Fmt.oneLine(query, 90));
        d.setContentText("Name:");
        d.getDialogPane().setId("saveSearchDialog");
        lastDialog = d;
        d.setOnHidden(h -> {
            String name = d.getResult();
            if (name == null || name.isBlank()) return;
            Task<?> t = session.mark(c -> c.saveSearch(name.trim(), query));
            t.setOnSucceeded(e -> status.accept("Saved search \"" + name.trim() + "\""));
            t.setOnFailed(e -> status.accept("Could not save the search: " + Fmt.message(t.getException())));
        });
        d.show();
    }

    /** Lists saved searches and bookmarks; Run puts a query into the search view. */
    void showSaved(Consumer<String> runQuery, Consumer<Target> openTarget) {
        if (!session.isOpen()) return;
        Task<SavedMarksDialog.Data> t = session.query(c -> new SavedMarksDialog.Data(c.savedSearches(), c.bookmarks(false)));
        t.setOnSucceeded(e -> {
            SavedMarksDialog d = new SavedMarksDialog(owner, t.getValue(), runQuery, openTarget, this::deleteSaved);
            lastDialog = d;
            d.show();
        });
    }

    private void deleteSaved(String name) {
        Task<?> t = session.mark(c -> {
            c.deleteSavedSearch(name);
            return null;
        });
        t.setOnSucceeded(e -> status.accept("Deleted saved search \"" + name + "\""));
    }
}
