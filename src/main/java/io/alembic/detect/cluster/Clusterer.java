package io.alembic.detect.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Union of account pairs whose combined link strength reaches the threshold; clusters are named by their first account. */
public final class Clusterer {
    private final double threshold;

    public Clusterer(double threshold) { this.threshold = threshold; }

    public List<Cluster> cluster(LinkGraph graph) {
        Map<String, String> parent = new HashMap<>();
        graph.forEachPair((a, b, s, kinds) -> {
            if (s + 1e-9 >= threshold) union(parent, a, b);
        });
        Map<String, TreeSet<String>> members = new TreeMap<>();
        for (String a : parent.keySet()) members.computeIfAbsent(find(parent, a), k -> new TreeSet<>()).add(a);
        List<TreeSet<String>> groups = new ArrayList<>(members.values());
        groups.sort((x, y) -> x.first().compareTo(y.first()));
        // one pass over the links, each split by the groups of its accounts (a link may touch several clusters)
        Map<String, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) for (String a : groups.get(i)) groupOf.put(a, i);
        List<List<Link>> inner = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) inner.add(new ArrayList<>());
        for (Link l : graph.links()) {
            Map<Integer, List<String>> parts = new TreeMap<>();
            for (String a : l.accounts()) {
                Integer g = groupOf.get(a);
                if (g != null) parts.computeIfAbsent(g, k -> new ArrayList<>()).add(a);
            }
            parts.forEach((g, in) -> {
                if (in.size() >= 2) inner.get(g).add(new Link(l.kind(), l.value(), l.strength(), in));
            });
        }
        List<Cluster> out = new ArrayList<>();
        // named by its first account, so the same cluster has the same name in a full run and in a reduced bundle's
        for (int i = 0; i < groups.size(); i++) out.add(new Cluster(name(groups.get(i).first()), new ArrayList<>(groups.get(i)), inner.get(i)));
        return out;
    }

    static String name(String firstAccount) { return "k-" + firstAccount; }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra); else parent.put(ra, rb);
    }

    private static String find(Map<String, String> parent, String a) {
        parent.putIfAbsent(a, a);
        String r = a;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        String c = a; // path compression
        while (!parent.get(c).equals(r)) {
            String next = parent.get(c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }
}
