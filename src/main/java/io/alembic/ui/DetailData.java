package io.alembic.ui;

import io.alembic.casefile.Case;
import io.alembic.casefile.RecordDetail;
import io.alembic.store.Note;
import io.alembic.store.TagAssignment;
import io.alembic.store.Target;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A record plus the marks that apply to it: tags on it or on its account, key or IP, and its notes. */
record DetailData(Optional<RecordDetail> record, List<TagAssignment> tags, List<Note> notes, TagIndex colors) {

    /** Blocking: runs on the query executor. */
    static DetailData load(Case c, String requestId) throws IOException {
        Optional<RecordDetail> r = c.record(requestId);
        List<TagAssignment> tags = new ArrayList<>(c.tagsOn(Target.record(requestId)));
        List<Note> notes = new ArrayList<>(c.notes(Target.record(requestId)));
        if (r.isPresent()) {
            RecordDetail d = r.get();
            if (d.accountId() != null) {
                tags.addAll(c.tagsOn(Target.account(d.accountId())));
                notes.addAll(c.notes(Target.account(d.accountId())));
            }
            if (d.apiKeyId() != null) tags.addAll(c.tagsOn(Target.key(d.apiKeyId())));
            if (d.ip() != null) tags.addAll(c.tagsOn(Target.ip(d.ip())));
        }
        return new DetailData(r, tags, notes, TagIndex.colors(c));
    }
}
