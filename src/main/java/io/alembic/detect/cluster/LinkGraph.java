package io.alembic.detect.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The account graph: display links (a shared value and the accounts that have it) and, per linked pair, the combined
 * strength 1 - prod(1 - e_kind) over the kinds it shares (the strongest value of each kind: ten shared addresses are
 * one piece of evidence, not ten) and which kinds those are.
 */
public final class LinkGraph {
    private final List<String> accounts;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, List<Link>> byAccount = new HashMap<>();
    private final PairMap keep = new PairMap(), kinds = new PairMap(); // pair strength; bit set of kinds
    private final List<String> kindNames;

    LinkGraph(List<String> accounts, List<String> kindNames) {
        this.accounts = accounts;
        this.kindNames = kindNames;
        for (int i = 0; i < accounts.size(); i++) index.put(accounts.get(i), i);
    }

    void addLink(Link l) {
        links.add(l);
        for (String a : l.accounts()) byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(l);
    }

    /** Sets a pair's final strength and the bit set of kinds behind it. */
    void setPair(long key, double strength, int kindBits) {
        keep.max(key, strength);
        kinds.or(key, kindBits);
    }

    public List<String> accounts() { return accounts; }

    public List<Link> links() { return links; }

    public List<Link> linksOf(String account) { return byAccount.getOrDefault(account, List.of()); }

    public interface PairSink { void accept(String a, String b, double strength, List<String> kinds); }

    /** Every linked pair with its strength and kinds, in a deterministic order. */
    public void forEachPair(PairSink sink) {
        keep.forEach((key, s) -> sink.accept(accounts.get(PairMap.first(key)), accounts.get(PairMap.second(key)), s,
                kindsOf((int) kinds.get(key, 0))));
    }

    public double strength(String a, String b) {
        Integer i = index.get(a), j = index.get(b);
        return i == null || j == null || i.equals(j) ? 0 : keep.get(PairMap.key(i, j), 0);
    }

    public List<String> kinds(String a, String b) {
        Integer i = index.get(a), j = index.get(b);
        return i == null || j == null ? List.of() : kindsOf((int) kinds.get(PairMap.key(i, j), 0));
    }

    private List<String> kindsOf(int bits) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < kindNames.size(); k++) if ((bits & (1 << k)) != 0) out.add(kindNames.get(k));
        return out;
    }

    public int pairs() { return keep.size(); }
}
