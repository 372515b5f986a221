package io.alembic.casefile;

import io.alembic.store.ActivityStore;
import io.alembic.store.CaseDatabase;
import io.alembic.timeline.Bin;
import io.alembic.timeline.Binning;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineBuilder;
import io.alembic.timeline.TimelineQuery;

/** Feeds the store's time-ordered activity stream into the pure timeline aggregation. */
final class TimelineService {
    /** Automatic binning aims at a chart's width of bars. */
    static final int AUTO_MAX_BUCKETS = 1000;
    /** An explicit bin may be fine, but not so fine that the answer is a useless, huge list. */
    static final long MAX_BUCKETS = 200_000;

    private final ActivityStore activity;

    TimelineService(CaseDatabase db) { this.activity = new ActivityStore(db); }

    Timeline timeline(TimelineQuery q) {
        ActivityStore.Scope scope = ActivityStore.Scope.valueOf(q.subject().name());
        Long from = q.from() == null ? null : q.from().toEpochMilli();
        Long to = q.to() == null ? null : q.to().toEpochMilli();
        if (from != null && to != null && from > to) throw new CaseException("--from is after --to");
        ActivityStore.Span span = activity.span(scope, q.value(), from, to);
        if (span.count() == 0 && (from != null || to != null ? activity.span(scope, q.value(), null, null).count() == 0 : true)) {
            throw new CaseException("no requests for " + q.subject().name().toLowerCase(java.util.Locale.ROOT) + " \"" + q.value() + "\" in this case"
                    + (q.subject() == io.alembic.timeline.Subject.TAG ? " (a tag's timeline covers the accounts carrying it)" : ""));
        }
        long lo = from != null ? from : span.count() == 0 ? 0 : span.firstMs();
        long hi = to != null ? to : span.count() == 0 ? -1 : span.lastMs();
        Bin bin = q.bin() != null ? q.bin() : Bin.auto(Math.max(0, hi - lo), AUTO_MAX_BUCKETS);
        Binning binning = new Binning(bin, q.zone());
        if (hi >= lo && binning.estimateBuckets(lo, hi) > MAX_BUCKETS) {
            throw new CaseException("a " + bin.label() + " timeline of that range would have over " + MAX_BUCKETS
                    + " buckets; choose a coarser --bin or a narrower --from/--to");
        }
        TimelineBuilder b = new TimelineBuilder(q, binning, lo, hi);
        if (span.count() > 0) activity.stream(scope, q.value(), from, to, b::add);
        return b.build();
    }
}
