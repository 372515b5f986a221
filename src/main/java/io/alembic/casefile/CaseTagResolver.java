package io.alembic.casefile;

import io.alembic.index.TagResolver;
import io.alembic.store.TagDefStore;
import io.alembic.store.TagStore;
import io.alembic.store.TargetKind;

import java.util.Map;
import java.util.Set;

/** Answers {@code tag:NAME} for the index from the live tags in the case database. */
final class CaseTagResolver implements TagResolver {
    private final TagDefStore defs;
    private final TagStore tags;

    CaseTagResolver(TagDefStore defs, TagStore tags) {
        this.defs = defs;
        this.tags = tags;
    }

    @Override
    public Tagged resolve(String tag) {
        if (defs.find(tag).isEmpty()) return null;
        Map<TargetKind, Set<String>> entities = tags.entities(tag);
        return new Tagged(tags.recordRows(tag), entities.get(TargetKind.ACCOUNT), entities.get(TargetKind.KEY), entities.get(TargetKind.IP));
    }
}
