package io.alembic.detect.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClustererTest {
    private static final double T = 0.7;

    private static LinkGraph graph(List<String> accounts) { return new LinkGraph(accounts, LinkStage.KINDS); }

    private static void pair(LinkGraph g, List<String> ids, String a, String b, double s) {
        g.setPair(PairMap.key(ids.indexOf(a), ids.indexOf(b)), s, 1);
    }

    @Test
    void unionOfPairsAtOrAboveTheThreshold() {
        List<String> ids = List.of("ana", "bo", "cy", "dee", "eli");
        LinkGraph g = graph(ids);
        pair(g, ids, "ana", "bo", 0.9);
        pair(g, ids, "bo", "cy", T);          // exactly the threshold joins
        pair(g, ids, "dee", "eli", T - 0.01); // just under does not
        List<Cluster> cs = new Clusterer(T).cluster(g);
        assertEquals(1, cs.size());
        assertEquals(List.of("ana", "bo", "cy"), cs.get(0).accounts());
    }

    @Test
    void idsFollowTheFirstAccountWhateverTheInsertionOrder() {
        List<String> ids = List.of("zed", "yan", "bo", "ana", "mo");
        LinkGraph g = graph(ids);
        pair(g, ids, "zed", "mo", 0.8);
        pair(g, ids, "yan", "bo", 0.8);
        pair(g, ids, "ana", "yan", 0.8);
        List<Cluster> cs = new Clusterer(T).cluster(g);
        assertEquals(List.of("k-ana", "k-mo"), cs.stream().map(Cluster::id).toList()); // named by first account: stable in any subset
        assertEquals(List.of("ana", "bo", "yan"), cs.get(0).accounts());
        assertEquals(List.of("mo", "zed"), cs.get(1).accounts());
    }

    @Test
    void linksAreRestrictedToMembersAndSplitAcrossClusters() {
        List<String> ids = List.of("ana", "bo", "cy", "dee", "eli");
        LinkGraph g = graph(ids);
        pair(g, ids, "ana", "bo", 0.9);
        pair(g, ids, "cy", "dee", 0.9);
        g.addLink(new Link("ip", "203.0.113.5", 0.6, List.of("ana", "bo", "cy", "dee", "eli")));
        g.addLink(new Link("payment", "pm_card_1", 0.8, List.of("ana", "eli")));
        List<Cluster> cs = new Clusterer(T).cluster(g);
        assertEquals(2, cs.size());
        assertEquals(List.of(new Link("ip", "203.0.113.5", 0.6, List.of("ana", "bo"))), cs.get(0).links(),
                "eli is in no cluster, and a link touching one member only is dropped");
        assertEquals(List.of(new Link("ip", "203.0.113.5", 0.6, List.of("cy", "dee"))), cs.get(1).links());
    }

    @Test
    void noPairsNoClusters() {
        assertEquals(List.of(), new Clusterer(T).cluster(graph(List.of("ana", "bo"))));
    }
}
