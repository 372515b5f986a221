package io.alembic.casefile;

import io.alembic.index.CaseIndex;
import io.alembic.index.IndexFilters;
import io.alembic.index.TagResolver;
import io.alembic.store.CaseDatabase;
import io.alembic.store.Target;
import io.alembic.store.TagAction;
import io.alembic.store.TagActionStore;
import io.alembic.store.TagAssignment;
import io.alembic.store.TagStore;
import io.alembic.store.TargetStore;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tagging and untagging, each call one action: one transaction, one row in the action log, one audit entry. Undo
 * reverses the newest action not yet undone, exactly: it withdraws only the tags that action added, or restores only
 * the tags it removed.
 */
final class TagService {
    static final String TAG = "tag";
    static final String UNTAG = "untag";

    private final CaseDatabase db;
    private final AuditLog audit;
    private final CaseIndex index;
    private final TagResolver resolver;
    private final TagSetService tagSet;
    private final TagStore tags;
    private final TagActionStore actions;
    private final TargetStore targets;

    TagService(CaseDatabase db, AuditLog audit, CaseIndex index, TagResolver resolver, TagSetService tagSet) {
        this.db = db;
        this.audit = audit;
        this.index = index;
        this.resolver = resolver;
        this.tagSet = tagSet;
        this.tags = new TagStore(db);
        this.actions = new TagActionStore(db);
        this.targets = new TargetStore(db);
    }

    TagAction tag(String tag, List<Target> on, String note) throws IOException {
        tagSet.require(tag);
        checkTargets(on);
        String user = Who.user();
        String at = Who.now();
        TagAction a = db.inTransaction(() -> {
            long id = actions.begin(TAG, tag, describe(on), user, at);
            int added = 0;
            for (Target t : on) added += tags.add(id, tag, t, blankToNull(note), user, at);
            actions.finish(id, added, 0);
            return actions.byId(id).orElseThrow();
        });
        audit.append("tagged", Who.details("action", a.id(), "tag", tag, "targets", a.selector(), "added", a.added(), "note", blankToNull(note)));
        return a;
    }

    /** Tags every hit of {@code query} (no hit limit), resolved now: later imports do not join the action. */
    TagAction tagQuery(String tag, String query, String note) throws IOException {
        tagSet.require(tag);
        long[] rows = hits(query);
        String user = Who.user();
        String at = Who.now();
        TagAction a = db.inTransaction(() -> {
            long id = actions.begin(TAG, tag, "query: " + query, user, at);
            int added = tags.addRecordRows(id, tag, rows, blankToNull(note), user, at);
            actions.finish(id, added, 0);
            return actions.byId(id).orElseThrow();
        });
        audit.append("tagged", Who.details("action", a.id(), "tag", tag, "query", query, "hits", rows.length, "added", a.added(),
                "note", blankToNull(note)));
        return a;
    }

    TagAction untag(String tag, List<Target> on) throws IOException {
        tagSet.require(tag);
        checkTargets(on);
        String user = Who.user();
        String at = Who.now();
        TagAction a = db.inTransaction(() -> {
            long id = actions.begin(UNTAG, tag, describe(on), user, at);
            int removed = 0;
            for (Target t : on) removed += tags.remove(id, tag, t, user, at);
            actions.finish(id, 0, removed);
            return actions.byId(id).orElseThrow();
        });
        audit.append("untagged", Who.details("action", a.id(), "tag", tag, "targets", a.selector(), "removed", a.removed()));
        return a;
    }

    TagAction untagQuery(String tag, String query) throws IOException {
        tagSet.require(tag);
        long[] rows = hits(query);
        String user = Who.user();
        String at = Who.now();
        TagAction a = db.inTransaction(() -> {
            long id = actions.begin(UNTAG, tag, "query: " + query, user, at);
            int removed = tags.removeRecordRows(id, tag, rows, user, at);
            actions.finish(id, 0, removed);
            return actions.byId(id).orElseThrow();
        });
        audit.append("untagged", Who.details("action", a.id(), "tag", tag, "query", query, "hits", rows.length, "removed", a.removed()));
        return a;
    }

    /** Undoes the newest tagging action not yet undone; empty if there is none. */
    Optional<TagAction> undo() throws IOException {
        String user = Who.user();
        String at = Who.now();
        Optional<TagAction> undone = db.inTransaction(() -> actions.lastNotUndone().map(a -> {
            if (a.kind().equals(TAG)) tags.withdrawAddedBy(a.id(), user, at);
            else tags.restoreRemovedBy(a.id());
            actions.markUndone(a.id(), user, at);
            return actions.byId(a.id()).orElseThrow();
        }));
        if (undone.isPresent()) {
            TagAction a = undone.get();
            audit.append("tag_action_undone", Who.details("action", a.id(), "kind", a.kind(), "tag", a.tag(), "targets", a.selector(),
                    "added", a.added(), "removed", a.removed()));
        }
        return undone;
    }

    List<TagAssignment> assignments(String tag, boolean includeRemoved) { return tags.assignments(tag, includeRemoved); }

    List<TagAssignment> on(Target target) { return tags.on(target); }

    List<TagAction> actions() { return actions.all(); }

    private long[] hits(String query) throws IOException {
        if (query == null || query.isBlank()) throw new CaseException("tagging by query needs a query (use * to mean every record)");
        return index.search(resolver).rowIds(query, IndexFilters.NONE);
    }

    private void checkTargets(List<Target> on) {
        if (on.isEmpty()) throw new CaseException("nothing to tag: name a record, account, key, IP or query");
        for (Target t : on) {
            if (!targets.exists(t)) throw new CaseException("no " + t.kind().code() + " \"" + t.id() + "\" in this case");
        }
    }

    private static String describe(List<Target> on) {
        return on.stream().map(Target::toString).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
