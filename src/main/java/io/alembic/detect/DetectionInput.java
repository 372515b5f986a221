package io.alembic.detect;

import io.alembic.detect.cluster.LinkGraph;

import java.util.Map;

/** Everything a detector may look at: per-account profiles (already aggregated), the registry, links and rules. */
public record DetectionInput(Map<String, AccountProfile> profiles, Map<String, AccountFacts> registry, LinkGraph links,
                             RuleSet rules) {}
