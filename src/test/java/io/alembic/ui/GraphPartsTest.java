package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import io.alembic.detect.cluster.LinkStage;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster graph's plain parts: link styles, the capped sketch of a cluster, the scrolling grid. */
class GraphPartsTest {
    @Test
    void everyEngineLinkKindHasItsOwnStyle() {
        Set<List<Object>> looks = new HashSet<>();
        Set<java.awt.Color> colours = new HashSet<>();
        for (String kind : LinkStage.KINDS) {
            LinkStyles.Style s = LinkStyles.style(kind);
            assertNotEquals(LinkStyles.Group.OTHER, s.group(), kind + " should have a chosen style, not a spare one");
            assertTrue(looks.add(List.of(s.color(), s.dashes())), kind + " looks like another kind");
            colours.add(new java.awt.Color((float) s.color().getRed(), (float) s.color().getGreen(), (float) s.color().getBlue()));
        }
        assertEquals(LinkStage.KINDS.size(), colours.size(), "every kind has a colour of its own, not just a dash of its own");
        // the campaign's fleet evidence is one group, listed first
        assertEquals(Set.of("created", "coactivity", "forwarded_for", "fleet_group", "succession", "pool"),
                Set.copyOf(LinkStyles.legendOrder(LinkStage.KINDS).subList(0, 6)));
        // kinds the engine does not know (a newer engine, or an old stored report) still get distinct looks
        for (String kind : List.of("synchronised", "creation_burst", "x1", "x2", "x3", "x4", "x5", "x6")) {
            LinkStyles.Style s = LinkStyles.style(kind);
            assertEquals(LinkStyles.Group.OTHER, s.group());
            assertTrue(looks.add(List.of(s.color(), s.dashes())), kind + " looks like another kind");
            assertEquals(s, LinkStyles.style(kind), "stable once given");
        }
    }

    @Test
    void aHugeClusterIsDrawnAsCappedNodesAndAHub() {
        List<String> members = new ArrayList<>();
        List<AccountResult> accounts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String id = String.format("acct_%05d", i);
            members.add(id);
            accounts.add(new AccountResult(id, i % 100 / 100.0, i % 100 >= 70, List.of(), "k1"));
        }
        List<Link> links = new ArrayList<>();
        links.add(new Link("created", "3000 accounts within 2 h", 0.5, members));
        links.add(new Link("coactivity", "paused together", 0.4, members.subList(0, 1500)));
        for (int i = 0; i + 1 < 3000; i += 2) links.add(new Link("ip", "10.0." + i, 0.8, members.subList(i, i + 2)));
        Cluster c = new Cluster("k1", members, links, 0.93, true, List.of("fleet", "verdict"));
        ClusterSketch s = ClusterSketch.of(c, ClusterSketch.accounts(new DetectionReport("r", 0, accounts, List.of(c))));

        assertEquals(ClusterSketch.MAX_NODES, s.drawn().size());
        assertEquals(3000 - ClusterSketch.MAX_NODES, s.hidden());
        // the highest-scoring members are the ones drawn, in id order
        assertTrue(s.drawn().stream().allMatch(a -> Integer.parseInt(a.substring(5)) % 100 >= 99 - ClusterSketch.MAX_NODES / 30));
        assertEquals(s.drawn().stream().sorted().toList(), s.drawn());
        // pairs only among drawn members: at most all of them, never O(members²)
        int n = ClusterSketch.MAX_NODES;
        assertTrue(s.edges().size() <= n * (n - 1) / 2);
        assertTrue(s.edges().stream().allMatch(e -> e.a() < e.b() && e.b() < n));
        assertEquals(n, s.hub().size(), "every drawn member shares the fleet link with hidden members");
        assertTrue(s.hub().values().stream().allMatch(k -> k.contains("created")));
        assertEquals(900, s.flaggedMembers());
        assertEquals(Set.of("created", "coactivity", "ip"), s.kinds());
    }

    @Test
    void flaggedCampaignsComeFirstThenByScore() {
        Cluster low = new Cluster("k1", List.of("a", "b"), List.of(), 0.40, false, List.of());
        Cluster high = new Cluster("k2", List.of("c", "d"), List.of(), 0.65, false, List.of());
        Cluster flagged = new Cluster("k3", List.of("e", "f"), List.of(), 0.71, true, List.of());
        Cluster top = new Cluster("k4", List.of("g", "h"), List.of(), 0.95, true, List.of());
        assertEquals(List.of("k4", "k3", "k2", "k1"),
                ClusterSketch.order(List.of(low, high, flagged, top)).stream().map(Cluster::id).toList());
    }

    @Test
    void gridFillsTheViewWhenItCanAndScrollsWhenItCannot() {
        GraphLayout.Grid few = GraphLayout.grid(3, 1000, 700);
        assertEquals(700, few.contentHeight(), 1e-9);
        assertEquals(few, GraphLayout.grid(3, 1000, 700), "deterministic");
        for (int i = 0; i < 3; i++) {
            Rectangle2D cell = few.cell(i);
            assertEquals(i, few.at(cell.getMinX() + 5, cell.getMinY() + 5));
            Point2D[] nodes = GraphLayout.nodes(5, GraphLayout.circle(cell, true));
            for (Point2D p : nodes) assertTrue(cell.contains(p));
            assertEquals(5, new HashSet<>(List.of(nodes)).size(), "no two accounts on one spot");
        }

        GraphLayout.Grid many = GraphLayout.grid(5000, 1000, 700);
        assertTrue(many.cellW() >= GraphLayout.MIN_CELL_W && many.cellH() >= GraphLayout.MIN_CELL_H);
        assertTrue(many.contentHeight() > 700);
        List<Integer> shown = many.visible(0, 700);
        assertTrue(shown.size() <= many.cols() * (700 / GraphLayout.MIN_CELL_H + 2), "only a screenful is drawn");
        assertEquals(0, (int) shown.get(0));
        List<Integer> later = many.visible(many.contentHeight() - 700, 700);
        assertEquals(4999, (int) later.get(later.size() - 1));
        assertEquals(-1, many.at(5, many.contentHeight() + 10));
        assertTrue(GraphLayout.grid(0, 1000, 700).visible(0, 700).isEmpty());
    }
}
