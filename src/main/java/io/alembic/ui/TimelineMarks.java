package io.alembic.ui;

import io.alembic.casefile.Case;
import io.alembic.casefile.SearchHit;
import io.alembic.casefile.SearchQuery;
import io.alembic.store.TagAssignment;
import io.alembic.store.TagDefinition;
import io.alembic.store.Target;
import io.alembic.timeline.Subject;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where tags sit on a timeline: one marker per tagged record of the subject, found with {@code tag:NAME} searches.
 * A tag on the subject itself would mark every record, so it is listed as a chip instead.
 */
final class TimelineMarks {
    /** Markers per tag are capped: past a few thousand they only paint the chart one colour. */
    static final int MAX_PER_TAG = 5_000;

    record Result(List<TimelineCanvas.Marker> markers, List<String> subjectTags, Map<String, String> colors) {}

    private TimelineMarks() { }

    /** Blocking: runs on the query executor. */
    static Result load(Case c, Subject s, String value) throws IOException {
        Map<String, String> colors = new LinkedHashMap<>();
        List<TagDefinition> defs = c.tagDefinitions();
        for (TagDefinition d : defs) colors.put(d.name(), d.color());
        List<String> onSubject = new ArrayList<>();
        Target target = switch (s) {
            case ACCOUNT -> Target.account(value);
            case KEY -> Target.key(value);
            case IP -> Target.ip(value);
            default -> null;
        };
        if (target != null) for (TagAssignment a : c.tagsOn(target)) if (!onSubject.contains(a.tag())) onSubject.add(a.tag());
        List<TimelineCanvas.Marker> markers = new ArrayList<>();
        for (TagDefinition d : defs) {
            if (d.records() + d.keys() + d.ips() + d.accounts() == 0 || onSubject.contains(d.name())) continue;
            if (s == Subject.TAG && d.name().equals(value)) continue;
            String q = "+" + RangeRecordsPane.clause(s, value) + " +tag:" + d.name();
            for (SearchHit h : c.search(new SearchQuery(q, null, null, null, null, MAX_PER_TAG, 0)).hits()) {
                markers.add(new TimelineCanvas.Marker(Instant.parse(h.timestamp()).toEpochMilli(), d.name(), ChartColors.tag(d.color())));
            }
        }
        return new Result(markers, onSubject, colors);
    }
}
