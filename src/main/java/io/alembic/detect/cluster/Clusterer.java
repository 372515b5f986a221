package io.alembic.detect.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Union of account pairs whose combined link strength reaches the threshold; clusters are numbered by first account. */
public final class Clusterer {
    private final double threshold;

    public Clusterer(double threshold) { this.threshold = threshold; }

    public List<Cluster> cluster(LinkGraph graph) {
        Map<String, String> parent = new TreeMap<>();
        graph.forEachPair((a, b, s) -> {
            if (s + 1e-9 >= threshold) union(parent, a, b);
        });
        Map<String, TreeSet<String>> members = new TreeMap<>();
        for (String a : parent.keySet()) members.computeIfAbsent(find(parent, a), k -> new TreeSet<>()).add(a);
        List<TreeSet<String>> groups = new ArrayList<>(members.values());
        groups.sort((x, y) -> x.first().compareTo(y.first()));
        List<Cluster> out = new ArrayList<>();
        for (TreeSet<String> g : groups) {
            List<Link> inner = new ArrayList<>();
            for (Link l : graph.links()) {
                List<String> in = l.accounts().stream().filter(g::contains).toList();
                if (in.size() >= 2) inner.add(new Link(l.kind(), l.value(), l.strength(), in));
            }
            out.add(new Cluster("k" + (out.size() + 1), new ArrayList<>(g), inner));
        }
        return out;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra); else parent.put(ra, rb);
    }

    private static String find(Map<String, String> parent, String a) {
        parent.putIfAbsent(a, a);
        String r = a;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        parent.put(a, r);
        return r;
    }
}
