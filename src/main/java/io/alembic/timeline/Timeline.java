package io.alembic.timeline;

import java.util.List;

/**
 * The aggregated activity of one subject: dense buckets from the first to the last bucket of the range (empty ones
 * included, so a chart's x axis is the list index), the gap histogram, and hour-of-week counts in the query's zone
 * and in UTC. fromMs/toMs are the range actually covered (0 when there were no requests and no bounds).
 */
public record Timeline(TimelineQuery query, Bin bin, long fromMs, long toMs, long requests, List<TimelineBucket> buckets,
                       List<GapHistogram.Bucket> gaps, long[] hourOfWeek, long[] hourOfWeekUtc) {}
