package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the graph draws of one cluster, prepared off the FX thread so that drawing costs only what is on screen. A
 * generated fleet can have thousands of members, and a circle of thousands of dots says nothing while costing
 * O(members²) edges; so at most {@link #MAX_NODES} members are drawn (the highest-scoring, on the circle in id order),
 * and the rest become one grey hub in the middle, joined to each drawn member by the kinds it shares with them. Links
 * wholly among drawn members are edges between them.
 *
 * @param drawn   the members drawn on the circle, in id order
 * @param hidden  how many members the hub stands for
 * @param edges   pairs of drawn members (indexes into {@code drawn}) with the kinds that join them
 * @param hub     per drawn member (index), the kinds it shares with hidden members; empty when nothing is hidden
 * @param kinds   every link kind of the cluster
 */
record ClusterSketch(Cluster cluster, List<String> drawn, int hidden, List<Edge> edges, Map<Integer, List<String>> hub,
                     int flaggedMembers, TreeSet<String> kinds) {
    static final int MAX_NODES = 40;
    /** A link with more drawn members than this joins them as a ring instead of all pairs. */
    static final int MAX_CLIQUE = 6;

    record Edge(int a, int b, List<String> kinds) {}

    /** Every cluster of {@code r}, flagged campaigns first, then by campaign score, size and id. */
    static List<ClusterSketch> of(DetectionReport r, Map<String, AccountResult> accounts) {
        if (r == null) return List.of();
        List<ClusterSketch> out = new ArrayList<>(r.clusters().size());
        for (Cluster c : order(r.clusters())) out.add(of(c, accounts));
        return out;
    }

    /** The report's accounts by id. */
    static Map<String, AccountResult> accounts(DetectionReport r) {
        Map<String, AccountResult> accounts = new HashMap<>(r == null ? 16 : r.accounts().size() * 2);
        if (r != null) for (AccountResult a : r.accounts()) accounts.put(a.accountId(), a);
        return accounts;
    }

    static List<Cluster> order(List<Cluster> clusters) {
        List<Cluster> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparing((Cluster c) -> !c.flagged()).thenComparing(Cluster::score, Comparator.reverseOrder())
                .thenComparing(c -> -c.accounts().size()).thenComparing(Cluster::id));
        return sorted;
    }

    /** Linear in the cluster's links and their member lists; pairs are only formed among the capped drawn members. */
    static ClusterSketch of(Cluster c, Map<String, AccountResult> accounts) {
        Comparator<String> byScore = Comparator.comparingDouble((String a) -> accounts.containsKey(a) ? -accounts.get(a).score() : 0)
                .thenComparing(a -> a);
        List<String> drawn = c.accounts().size() <= MAX_NODES ? new ArrayList<>(c.accounts())
                : c.accounts().stream().sorted(byScore).limit(MAX_NODES).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        drawn.sort(null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < drawn.size(); i++) index.put(drawn.get(i), i);
        int hidden = c.accounts().size() - drawn.size();

        Map<Long, TreeSet<String>> pairs = new LinkedHashMap<>();
        Map<Integer, TreeSet<String>> hub = new LinkedHashMap<>();
        TreeSet<String> kinds = new TreeSet<>();
        for (Link l : c.links()) {
            kinds.add(l.kind());
            List<Integer> in = new ArrayList<>();
            for (String a : l.accounts()) {
                Integer i = index.get(a);
                if (i != null) in.add(i);
            }
            in.sort(null);
            int k = in.size();
            if (l.accounts().size() > k) {
                // the link reaches members the hub stands for: one spoke per drawn member says so, where a ring among
                // the drawn few would bury the hub under lines that all say "the whole fleet shares this"
                for (int i : in) hub.computeIfAbsent(i, x -> new TreeSet<>()).add(l.kind());
                continue;
            }
            for (int x = 0; x < k; x++) {
                if (k <= MAX_CLIQUE) {
                    for (int y = x + 1; y < k; y++) pair(pairs, in.get(x), in.get(y), l.kind());
                } else {
                    // neighbours on the circle: the same membership without a hub of crossing chords
                    pair(pairs, in.get(x), in.get((x + 1) % k), l.kind());
                }
            }
        }
        List<Edge> edges = new ArrayList<>(pairs.size());
        pairs.forEach((key, ks) -> edges.add(new Edge((int) (key >>> 32), (int) (long) key, ranked(ks))));
        Map<Integer, List<String>> hubKinds = new LinkedHashMap<>();
        hub.forEach((i, ks) -> hubKinds.put(i, ranked(ks)));
        int flagged = 0;
        for (String a : c.accounts()) {
            AccountResult r = accounts.get(a);
            if (r != null && r.flagged()) flagged++;
        }
        return new ClusterSketch(c, List.copyOf(drawn), hidden, List.copyOf(edges), hubKinds, flagged, kinds);
    }

    String id() { return cluster.id(); }

    private static void pair(Map<Long, TreeSet<String>> pairs, int a, int b, String kind) {
        if (a == b) return;
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        pairs.computeIfAbsent(key, x -> new TreeSet<>()).add(kind);
    }

    private static List<String> ranked(TreeSet<String> kinds) {
        return kinds.stream().sorted(Comparator.comparingInt(LinkStyles::rank).thenComparing(k -> k)).toList();
    }
}
