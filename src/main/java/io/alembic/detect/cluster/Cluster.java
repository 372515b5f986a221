package io.alembic.detect.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * Linked accounts, the links (restricted to members) that join them, and the cluster's verdict as a campaign: its
 * score, whether it is flagged, and the reasons, one sentence each.
 */
public record Cluster(String id, List<String> accounts, List<Link> links, double score, boolean flagged,
                      List<String> reasons) implements Serializable {
    public Cluster {
        accounts = List.copyOf(accounts);
        links = List.copyOf(links);
        reasons = List.copyOf(reasons);
    }

    public Cluster(String id, List<String> accounts, List<Link> links) { this(id, accounts, links, 0, false, List.of()); }

    public Cluster withVerdict(double score, boolean flagged, List<String> reasons) {
        return new Cluster(id, accounts, links, score, flagged, reasons);
    }
}
