package io.alembic.timeline;

import java.util.Map;

/** One time bucket: request counts by status class and by model, and token sums. startMs is inclusive. */
public record TimelineBucket(long startMs, long requests, long status2xx, long status429, long statusOther, long inputTokens,
                             long outputTokens, long reasoningTokens, Map<String, Long> byModel) {}
