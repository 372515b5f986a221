package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.store.Bookmark;
import io.alembic.store.Note;
import io.alembic.store.SavedSearch;
import io.alembic.store.TagAction;
import io.alembic.store.TagAssignment;
import io.alembic.store.TagDefinition;
import io.alembic.store.Target;

/** JSON shapes of tags, tagging actions, notes, bookmarks and saved searches, shared by the commands. */
final class MarksJson {
    private MarksJson() { }

    static void target(ObjectNode n, Target t) {
        n.put("target_kind", t.kind().code());
        n.put("target", t.id());
    }

    static ObjectNode action(TagAction a) {
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("kind", a.kind());
        n.put("tag", a.tag());
        n.put("selector", a.selector());
        n.put("user", a.user());
        n.put("at", a.at());
        n.put("added", a.added());
        n.put("removed", a.removed());
        if (a.undoneAt() != null) {
            n.put("undone_by", a.undoneBy());
            n.put("undone_at", a.undoneAt());
        }
        return n;
    }

    static ObjectNode definition(TagDefinition d) {
        ObjectNode n = Json.object();
        n.put("name", d.name());
        n.put("color", d.color());
        n.put("description", d.description());
        n.put("builtin", d.builtin());
        n.put("records", d.records());
        n.put("accounts", d.accounts());
        n.put("keys", d.keys());
        n.put("ips", d.ips());
        n.put("created_by", d.createdBy());
        n.put("created_at", d.createdAt());
        return n;
    }

    static ObjectNode assignment(TagAssignment a) {
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("tag", a.tag());
        target(n, a.target());
        if (a.note() != null) n.put("note", a.note());
        n.put("created_by", a.createdBy());
        n.put("created_at", a.createdAt());
        n.put("action", a.actionId());
        if (!a.live()) {
            n.put("removed_by", a.removedBy());
            n.put("removed_at", a.removedAt());
        }
        return n;
    }

    static ObjectNode note(Note note) {
        ObjectNode n = Json.object();
        n.put("id", note.id());
        target(n, note.target());
        n.put("text", note.text());
        n.put("created_by", note.createdBy());
        n.put("created_at", note.createdAt());
        return n;
    }

    static ObjectNode bookmark(Bookmark b) {
        ObjectNode n = Json.object();
        n.put("id", b.id());
        target(n, b.target());
        if (b.label() != null) n.put("label", b.label());
        n.put("created_by", b.createdBy());
        n.put("created_at", b.createdAt());
        if (b.removedAt() != null) {
            n.put("removed_by", b.removedBy());
            n.put("removed_at", b.removedAt());
        }
        return n;
    }

    static ObjectNode savedSearch(SavedSearch s) {
        ObjectNode n = Json.object();
        n.put("name", s.name());
        n.put("query", s.query());
        n.put("created_by", s.createdBy());
        n.put("created_at", s.createdAt());
        return n;
    }
}
