package io.alembic.ui;

import io.alembic.casefile.Case;
import io.alembic.store.TagAssignment;
import io.alembic.store.TagDefinition;
import io.alembic.store.Target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case's live tags by target plus the tag colours, loaded once off the FX thread so table cells can show
 * chips without a query per row. Immutable; a new one is loaded after every tagging action.
 */
final class TagIndex {
    static final TagIndex EMPTY = new TagIndex(Map.of(), Map.of());

    private final Map<Target, List<String>> byTarget;
    private final Map<String, String> colors;

    private TagIndex(Map<Target, List<String>> byTarget, Map<String, String> colors) {
        this.byTarget = byTarget;
        this.colors = colors;
    }

    /** Blocking: call on a background thread. */
    static TagIndex load(Case c) {
        Map<String, String> colors = new LinkedHashMap<>();
        for (TagDefinition d : c.tagDefinitions()) colors.put(d.name(), d.color());
        Map<Target, List<String>> by = new HashMap<>();
        for (TagAssignment a : c.tagAssignments(null, false)) {
            List<String> l = by.computeIfAbsent(a.target(), k -> new ArrayList<>(2));
            if (!l.contains(a.tag())) l.add(a.tag());
        }
        return new TagIndex(by, colors);
    }

    /** Only the colours: cheap, for the detail pane. */
    static TagIndex colors(Case c) {
        Map<String, String> colors = new LinkedHashMap<>();
        for (TagDefinition d : c.tagDefinitions()) colors.put(d.name(), d.color());
        return new TagIndex(Map.of(), colors);
    }

    List<String> on(Target t) { return byTarget.getOrDefault(t, List.of()); }

    /** Tags on a record and, inherited, on its account. */
    List<String> forRecord(String requestId, String accountId) {
        List<String> out = new ArrayList<>(on(Target.record(requestId)));
        if (accountId != null) for (String t : on(Target.account(accountId))) if (!out.contains(t)) out.add(t);
        return out;
    }

    String color(String tag) { return colors.getOrDefault(tag, "#888888"); }

    Map<String, String> colors() { return colors; }
}
