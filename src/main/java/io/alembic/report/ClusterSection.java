package io.alembic.report;

import io.alembic.detect.AccountResult;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import io.alembic.report.chart.ClusterGraph;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.Figure;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.PageBreak;
import io.alembic.report.doc.Para;
import io.alembic.report.doc.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A cited cluster: its verdict as a campaign with the reasons, the graph of its links, and the links themselves. */
final class ClusterSection {
    private ClusterSection() { }

    static List<Block> build(ExhibitContext x, Cluster c) {
        List<Block> out = new ArrayList<>();
        out.add(new PageBreak());
        out.add(new Heading(1, String.format(Locale.ROOT, "Cluster %s \u2014 campaign score %.2f%s", c.id(), c.score(),
                c.flagged() ? ", FLAGGED" : ", not flagged")));
        out.add(Para.of(c.accounts().size() + " linked accounts: " + String.join(", ", c.accounts().stream().sorted().toList()) + "."));
        out.add(new Heading(2, "Why"));
        for (String reason : c.reasons()) out.add(Para.of("\u2022 " + reason));
        Map<String, Boolean> flagged = new HashMap<>();
        x.report().ifPresent(r -> r.accounts().forEach((AccountResult a) -> flagged.put(a.accountId(), a.flagged())));
        String more = c.accounts().size() > ClusterGraph.MAX_NODES
                ? " The first " + ClusterGraph.MAX_NODES + " accounts by id are drawn; " + (c.accounts().size() - ClusterGraph.MAX_NODES)
                        + " more are listed above." : "";
        out.add(new Figure(new ClusterGraph(c, flagged), 250, "Links between the cluster's accounts, one line per pair and link kind, "
                + "told apart by colour and dash; line width follows the link's weight; flagged accounts are ringed." + more));
        List<List<String>> rows = new ArrayList<>();
        List<Link> links = new ArrayList<>(c.links());
        links.sort((a, b) -> a.kind().equals(b.kind()) ? a.value().compareTo(b.value()) : a.kind().compareTo(b.kind()));
        for (Link l : links) {
            rows.add(List.of(l.kind(), l.value(), String.format(Locale.ROOT, "%.3f", l.strength()),
                    String.join(", ", l.accounts().stream().sorted().toList())));
        }
        out.add(new Heading(2, "Links"));
        out.add(new Table(List.of(new Table.Column("Kind", 0.9, false), new Table.Column("Shared value", 2.2, false),
                new Table.Column("Weight", 0.6, false), new Table.Column("Accounts", 2.6, true)), rows));
        return out;
    }
}
