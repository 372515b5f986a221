package io.alembic.timeline;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a time-ordered stream of requests into a {@link Timeline} in one pass. Only non-empty buckets are held while
 * streaming; empty ones are filled in at the end, so memory follows the activity, not the record count.
 */
public final class TimelineBuilder {
    private final TimelineQuery query;
    private final Binning binning;
    private final long fromMs;
    private final long toMs;
    private final Map<Long, Acc> buckets = new LinkedHashMap<>();
    private final Map<String, String> models = new HashMap<>();
    private final GapHistogram gaps = new GapHistogram();
    private final HourOfWeek local;
    private final HourOfWeek utc = new HourOfWeek(ZoneOffset.UTC);
    private long requests;
    private long previousMs = Long.MIN_VALUE;
    private long currentStart = Long.MAX_VALUE;
    private long currentEnd = Long.MIN_VALUE;
    private Acc current;

    /** Buckets cover [fromMs, toMs], both inclusive; requests must be added in time order. */
    public TimelineBuilder(TimelineQuery query, Binning binning, long fromMs, long toMs) {
        this.query = query;
        this.binning = binning;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.local = new HourOfWeek(binning.zone());
    }

    /** @param status HTTP status, or -1 when the record has none (counted as other) */
    public void add(long tsMs, int status, String model, long inputTokens, long outputTokens, long reasoningTokens) {
        requests++;
        if (previousMs != Long.MIN_VALUE) gaps.add(Math.max(0, tsMs - previousMs));
        previousMs = tsMs;
        local.add(tsMs);
        utc.add(tsMs);
        if (tsMs < currentStart || tsMs >= currentEnd) {
            currentStart = binning.floor(tsMs);
            currentEnd = binning.next(currentStart);
            current = buckets.computeIfAbsent(currentStart, k -> new Acc());
        }
        Acc a = current;
        a.requests++;
        if (status >= 200 && status < 300) a.ok++;
        else if (status == 429) a.limited++;
        else a.other++;
        a.input += inputTokens;
        a.output += outputTokens;
        a.reasoning += reasoningTokens;
        // One String instance per model name: the per-bucket maps then share keys instead of copies from each row.
        a.byModel.merge(models.computeIfAbsent(model == null ? "" : model, m -> m), 1L, Long::sum);
    }

    public Timeline build() {
        List<TimelineBucket> out = new ArrayList<>();
        if (fromMs <= toMs) {
            for (long start = binning.floor(fromMs); start <= toMs; start = binning.next(start)) {
                Acc a = buckets.get(start);
                out.add(a == null ? new TimelineBucket(start, 0, 0, 0, 0, 0, 0, 0, Map.of()) : a.toBucket(start));
            }
        }
        return new Timeline(query, binning.bin(), fromMs, toMs, requests, List.copyOf(out), gaps.buckets(), local.counts(), utc.counts());
    }

    private static final class Acc {
        long requests;
        long ok;
        long limited;
        long other;
        long input;
        long output;
        long reasoning;
        final Map<String, Long> byModel = new HashMap<>(4);

        TimelineBucket toBucket(long start) {
            return new TimelineBucket(start, requests, ok, limited, other, input, output, reasoning, Map.copyOf(byModel));
        }
    }
}
