package io.alembic.detect;

import java.util.List;

/** One account's verdict: combined score, whether it crosses the flag threshold, the findings, and its cluster (or null). */
public record AccountResult(String accountId, double score, boolean flagged, List<Finding> findings, String cluster) {}
