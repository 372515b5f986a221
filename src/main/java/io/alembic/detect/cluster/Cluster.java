package io.alembic.detect.cluster;

import java.util.List;

/** Linked accounts, and the links (restricted to members) that join them. */
public record Cluster(String id, List<String> accounts, List<Link> links) {}
