package io.alembic.store;

import java.util.List;

/** What one account did in the case, aggregated over all its requests. */
public record AccountSummary(String accountId, long records, String firstSeen, String lastSeen, List<String> keys,
                             List<String> ips, List<Long> asns, List<String> countries, List<String> routers,
                             long inputTokens, long outputTokens, long reasoningTokens, String status) {}
