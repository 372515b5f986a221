package io.alembic.detect;

import io.alembic.detect.cluster.Cluster;

import java.util.List;

/** The result of one detection run: accounts ranked by score (highest first), and the linked-account clusters. */
public record DetectionReport(String rulesVersion, long requests, List<AccountResult> accounts, List<Cluster> clusters) {
    public List<AccountResult> flagged() { return accounts.stream().filter(AccountResult::flagged).toList(); }
}
