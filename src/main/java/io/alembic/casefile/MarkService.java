package io.alembic.casefile;

import io.alembic.store.Bookmark;
import io.alembic.store.BookmarkStore;
import io.alembic.store.CaseDatabase;
import io.alembic.store.Note;
import io.alembic.store.NoteStore;
import io.alembic.store.SavedSearch;
import io.alembic.store.SavedSearchStore;
import io.alembic.store.Target;
import io.alembic.store.TargetStore;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Notes, bookmarks and saved searches: each write one transaction, then one audit entry. */
final class MarkService {
    private final CaseDatabase db;
    private final AuditLog audit;
    private final NoteStore notes;
    private final BookmarkStore bookmarks;
    private final SavedSearchStore searches;
    private final TargetStore targets;

    MarkService(CaseDatabase db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.notes = new NoteStore(db);
        this.bookmarks = new BookmarkStore(db);
        this.searches = new SavedSearchStore(db);
        this.targets = new TargetStore(db);
    }

    Note addNote(Target target, String text) throws IOException {
        if (text == null || text.isBlank()) throw new CaseException("a note needs some text");
        requireTarget(target);
        Note n = db.inTransaction(() -> notes.add(target, text, Who.user(), Who.now()));
        audit.append("note_added", Who.details("note", n.id(), "target", target.toString(), "text", text));
        return n;
    }

    List<Note> notes(Target target) { return target == null ? notes.all() : notes.on(target); }

    Bookmark addBookmark(Target target, String label) throws IOException {
        requireTarget(target);
        String l = label == null || label.isBlank() ? null : label;
        Bookmark b = db.inTransaction(() -> bookmarks.add(target, l, Who.user(), Who.now()));
        audit.append("bookmark_added", Who.details("bookmark", b.id(), "target", target.toString(), "label", l));
        return b;
    }

    Bookmark removeBookmark(long id) throws IOException {
        boolean removed = db.inTransaction(() -> bookmarks.remove(id, Who.user(), Who.now()));
        if (!removed) throw new CaseException("no bookmark " + id + " to remove (list them with: alembic bookmarks --case DIR)");
        audit.append("bookmark_removed", Who.details("bookmark", id));
        return bookmarks.byId(id).orElseThrow();
    }

    List<Bookmark> bookmarks(boolean includeRemoved) { return bookmarks.all(includeRemoved); }

    /** Saves (or replaces) a named query; the caller has checked that it parses. */
    SavedSearch saveSearch(String name, String query) throws IOException {
        if (name == null || name.isBlank()) throw new CaseException("a saved search needs a name");
        SavedSearch s = db.inTransaction(() -> searches.save(name.trim(), query, Who.user(), Who.now()));
        audit.append("search_saved", Who.details("name", s.name(), "query", query));
        return s;
    }

    SavedSearch savedSearch(String name) {
        return searches.find(name).orElseThrow(() -> new CaseException("no saved search \"" + name + "\" (list them with: alembic saved-search --case DIR list)"));
    }

    Optional<SavedSearch> findSavedSearch(String name) { return searches.find(name); }

    List<SavedSearch> savedSearches() { return searches.all(); }

    void deleteSavedSearch(String name) throws IOException {
        savedSearch(name);
        db.inTransaction(() -> searches.remove(name, Who.user(), Who.now()));
        audit.append("search_deleted", Who.details("name", name));
    }

    private void requireTarget(Target t) {
        if (t == null) throw new CaseException("name a record, account, key or IP");
        if (!targets.exists(t)) throw new CaseException("no " + t.kind().code() + " \"" + t.id() + "\" in this case");
    }
}
