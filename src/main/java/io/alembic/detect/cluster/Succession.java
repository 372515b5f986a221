package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.Rule;
import io.alembic.detect.parts.PoissonTail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The succession link of {@link LinkStage}: replacements registered after a block, carrying the operator's setup. */
final class Succession {
    private final Rule rule;
    private final Counts counts;
    private final boolean[] kept;

    Succession(Rule clusterRule, Counts counts, boolean[] kept) {
        this.rule = clusterRule;
        this.counts = counts;
        this.kept = kept;
    }

    /**
     * Software kinds specific enough to carry an operator's setup from blocked accounts to their replacements (scaffold
     * edges are not: unrelated users of one wrapper library share them).
     */
    static final List<String> SUCCESSION_KINDS = List.of("setup", "asn_agent", "system");

    /**
     * Succession after enforcement: accounts blocked by the provider, and accounts registered within hours after a block
     * that run the same specific software and only start after it. One replacement can be chance; how many a value's
     * holders show is set against how many registrations that window saw across the whole registry (a Poisson tail),
     * so a common client library on a busy sign-up day links nothing. The provider's own block and registration times
     * are evidence no rewording of prompts removes.
     */
    void link(List<AccountSummary> summaries, Map<String, AccountFacts> registry,
              Map<String, TreeMap<String, List<Integer>>> lists, List<String> ids, LinkGraph graph, PairMap identity,
              PairMap bits, boolean addLinks) {
        int n = counts.accounts;
        long window = (long) (rule.num("succession", "window_hours") * 3_600_000L);
        long[] blocked = new long[summaries.size()], created = new long[summaries.size()];
        long[] registrations = registrationTimes(summaries, registry, blocked, created);
        PairMap best = new PairMap(), kinds = new PairMap();
        List<Link> found = new ArrayList<>();
        for (String kind : SUCCESSION_KINDS) {
            int kindBit = 1 << SUCCESSION_KINDS.indexOf(kind);
            for (Map.Entry<String, List<Integer>> v : lists.getOrDefault(kind, new TreeMap<>()).entrySet()) {
                List<Integer> m = v.getValue();
                if (m.size() < 3 || m.size() > rule.integer("pair_cap")) continue;
                java.util.Set<Integer> successors = new java.util.TreeSet<>();
                java.util.TreeSet<Long> blocks = new java.util.TreeSet<>();
                for (int b : m) if (blocked[b] != Long.MAX_VALUE) blocks.add(blocked[b]);
                if (blocks.isEmpty()) continue;
                for (int a : m) {
                    if (blocked[a] != Long.MAX_VALUE || created[a] == Long.MIN_VALUE) continue;
                    for (int b : m) {
                        long t = blocked[b];
                        if (t == Long.MAX_VALUE) continue;
                        long dt = created[a] - t;
                        if (dt >= 0 && dt <= window && summaries.get(a).first() >= t) successors.add(a);
                    }
                }
                if (successors.size() < rule.num("succession", "min_successors")) continue;
                // chance: each other holder registering inside some block's window as often as the registry as a whole does
                double share = windowShare(registrations, blocks, window) / (double) Math.max(1, n);
                double expected = Math.max((m.size() - blocks.size()) * share, rule.num("succession", "min_expected"));
                boolean any = false;
                for (int i : m) if (kept[i]) { any = true; break; }
                int local = (int) Math.round(1000 * Math.min(1, PoissonTail.surprise(successors.size(), expected)
                        / rule.num("succession", "full_surprise")));
                double sig = counts.of("succession\u0001" + kind + '\u0001' + v.getKey(), local, any) / 1000.0;
                if (sig < rule.num("succession", "min_significance")) continue;
                double w = rule.num("succession", "weight") * sig;
                // a replacement takes over from the operator, not from one account: once the value's succession is
                // significant, each successor links to every holder blocked before it registered, also the ones blocked
                // earlier than the window (an operator loses accounts over days and replaces them in one batch)
                for (int a : successors) {
                    for (int b : m) {
                        if (blocked[b] == Long.MAX_VALUE || blocked[b] > created[a]) continue;
                        long key = PairMap.key(a, b);
                        best.max(key, w);
                        kinds.or(key, kindBit);
                    }
                }
                List<Integer> involved = new ArrayList<>(successors);
                for (int b : m) if (blocked[b] != Long.MAX_VALUE) involved.add(b);
                involved.sort(null);
                found.add(new Link("succession", String.format(Locale.ROOT,
                        "%d accounts registered within %.0f h after a block of another running %s %s", successors.size(),
                        rule.num("succession", "window_hours"), kind, LinkStage.cut(v.getKey())), LinkStage.round(w), LinkStage.names(ids, involved)));
            }
        }
        // one shared trait is what any two users of a popular setup have; a replacement carries the operator's whole
        // setup over, so a pair needs the succession on several kinds at once
        int minKinds = rule.integer("succession", "min_kinds");
        PairMap linked = new PairMap();
        best.forEach((key, w) -> { if (Integer.bitCount((int) kinds.get(key, 0)) >= minKinds) linked.max(key, w); });
        if (linked.size() == 0) return;
        if (addLinks) for (Link l : found) graph.addLink(l);
        LinkStage.fold(linked, identity, bits, 1 << LinkStage.KINDS.indexOf("succession"));
    }

    /**
     * When the provider blocked an account: its first refusal as banned, or, for an account the registry lists as banned
     * or suspended without one in the log, its last request; Long.MAX_VALUE if never.
     */
    static long blockedAt(AccountSummary s, AccountFacts f) {
        if (s.firstBan() != Long.MAX_VALUE) return s.firstBan();
        String status = f == null || f.status() == null ? "" : f.status().toLowerCase(Locale.ROOT);
        return status.equals("banned") || status.equals("suspended") ? s.last() : Long.MAX_VALUE;
    }

    /** Sorted registration times of the registry, filling each account's block time (MAX_VALUE if none) and creation. */
    private static long[] registrationTimes(List<AccountSummary> summaries, Map<String, AccountFacts> registry, long[] blocked,
                                            long[] created) {
        long[] out = new long[registry.size()];
        int k = 0;
        for (AccountFacts f : registry.values()) if (f.createdAtMs() != null) out[k++] = f.createdAtMs();
        out = java.util.Arrays.copyOf(out, k);
        java.util.Arrays.sort(out);
        for (int i = 0; i < summaries.size(); i++) {
            AccountSummary s = summaries.get(i);
            AccountFacts f = registry.get(s.accountId());
            created[i] = f == null || f.createdAtMs() == null ? Long.MIN_VALUE : f.createdAtMs();
            blocked[i] = blockedAt(s, f);
        }
        return out;
    }

    /** Registrations that fall in the union of the windows after each block. */
    private static int windowShare(long[] registrations, java.util.TreeSet<Long> blocks, long window) {
        int count = 0;
        long coveredTo = Long.MIN_VALUE;
        for (long b : blocks) {
            long from = Math.max(b, coveredTo), to = b + window;
            if (to <= from) continue;
            count += upper(registrations, to) - upper(registrations, from);
            coveredTo = to;
        }
        return count;
    }

    /** Number of values <= t. */
    private static int upper(long[] sorted, long t) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
