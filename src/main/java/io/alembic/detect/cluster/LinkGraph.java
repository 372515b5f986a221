package io.alembic.detect.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links between accounts and the summed strength per pair. A pair's strength adds one edge per link kind (the strongest
 * value of that kind), so ten shared IPs weigh as much as one: they are the same evidence, not ten pieces.
 */
public final class LinkGraph {
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Map<String, Map<String, Double>>> pairKinds = new TreeMap<>();

    private final Map<String, List<Link>> byAccount = new HashMap<>();

    public void add(Link link) {
        if (link.accounts().size() < 2) return;
        links.add(link);
        for (String a : link.accounts()) byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(link);
        List<String> m = link.accounts();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                String a = m.get(i), b = m.get(j);
                String lo = a.compareTo(b) < 0 ? a : b, hi = lo.equals(a) ? b : a;
                pairKinds.computeIfAbsent(lo, k -> new TreeMap<>()).computeIfAbsent(hi, k -> new HashMap<>())
                        .merge(link.kind(), link.strength(), Math::max);
            }
        }
    }

    public List<Link> links() { return links; }

    /** Calls back every pair with its total strength, in a deterministic order. */
    public void forEachPair(PairSink sink) {
        pairKinds.forEach((a, m) -> m.forEach((b, kinds) ->
                sink.accept(a, b, kinds.values().stream().mapToDouble(Double::doubleValue).sum())));
    }

    /** Partners of an account over links of the given kinds. */
    public List<String> partners(String account, List<String> kinds) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Link l : linksOf(account)) {
            if (kinds.contains(l.kind())) out.addAll(l.accounts());
        }
        out.remove(account);
        return new ArrayList<>(out);
    }

    public List<Link> linksOf(String account) {
        return byAccount.getOrDefault(account, List.of()); // in insertion order, like the full list
    }

    public interface PairSink {
        void accept(String a, String b, double strength);
    }
}
