package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.Rule;
import io.alembic.detect.parts.Rarity;
import io.alembic.detect.profile.Calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the account graph from inverted lists, never from all pairs: every shared value lists the accounts that have
 * it, and only lists up to the pair cap are expanded into pairs (longer ones into a star, which still joins them).
 * A pair's strength combines two parts (see {@link Rarity}):
 * <ul>
 * <li>identity: shared payment card, custom e-mail domain, forwarded origin, direct address, proxy pool, creation burst, succession
 * after a block — each kind's weight times its knee rarity (or the burst's or succession's significance), combined as
 * 1 - prod(1 - e);</li>
 * <li>behaviour: the surprise of shared irregular calendar moments plus that of the most surprising shared software
 * trait (parameter set, agent, network + agent, scaffold, system prompt, router), measured against what chance gives
 * the best of all pairs in a log this size.</li>
 * </ul>
 * strength = 1 - (1 - identity)(1 - behaviour). The cost is bounded by the sum of squared list lengths under the cap.
 */
public final class LinkStage {
    /** Kinds in bit order for {@link LinkGraph}. */
    public static final List<String> KINDS = List.of("ip", "forwarded_for", "payment", "email_domain", "created", "coactivity",
            "setup", "agent", "asn_agent", "template", "system", "router", "fleet_group", "trait_group", "succession", "pool");
    static final List<String> IDENTITY = List.of("ip", "forwarded_for", "payment", "email_domain", "pool");
    static final List<String> SOFTWARE = List.of("setup", "agent", "asn_agent", "template", "system", "router");

    private final Rule rule;
    private final long pairBudget;

    public LinkStage(Rule clusterRule) { this(clusterRule, defaultBudget()); }

    /** With a budget of pairs per map and pass (see {@link PairShare}); more pairs than that split the work into passes. */
    LinkStage(Rule clusterRule, long pairBudget) {
        this.rule = clusterRule;
        this.pairBudget = pairBudget;
    }

    /**
     * About a tenth of the heap for each of the few pair maps a pass holds at once (a pair costs some 50 bytes in each,
     * counting the free slots of open addressing): a 1 GB heap works in shares of about two million pairs.
     */
    static long defaultBudget() { return Math.max(100_000, Runtime.getRuntime().maxMemory() / 500); }

    public LinkGraph build(List<AccountSummary> summaries, Map<String, AccountFacts> registry) {
        return build(summaries, registry, Counts.local(summaries.size()), null);
    }

    /** Against the full population's counts (a reduced bundle's context). */
    public LinkGraph build(List<AccountSummary> summaries, Map<String, AccountFacts> registry, io.alembic.detect.PopulationContext ctx) {
        return build(summaries, registry, Counts.from(ctx), null);
    }

    /** Builds the graph and records the population counts the kept accounts' values had. */
    public io.alembic.detect.PopulationContext context(List<AccountSummary> summaries, Map<String, AccountFacts> registry,
                                                       java.util.Set<String> keep, io.alembic.detect.LogContext log) {
        Counts.Recording rec = new Counts.Recording(summaries.size());
        build(summaries, registry, rec, keep);
        List<io.alembic.detect.PopulationContext.Burst> bursts = new ArrayList<>();
        for (var b : rec.kept) bursts.add(new io.alembic.detect.PopulationContext.Burst(
                b.members().stream().filter(keep::contains).toList(), b.significance(), b.describe()));
        return new io.alembic.detect.PopulationContext(summaries.size(), log.windowStart(), log.windowEnd(), log.requests(), rec.seen, bursts,
                rec.hubs);
    }

    private Counts counts;
    private boolean[] kept;
    /** Pairs registered in one burst, with that moment's surprise: set by the creation step, read by co-activity. */
    private PairMap registeredTogether = new PairMap();
    /** The share of pairs the current pass works on; display links and recorded counts are written by the first only. */
    private PairShare share = PairShare.ALL;
    /** Found once and reused by every pass (finding them records population counts, which must happen once). */
    private List<CreationBursts.Burst> foundBursts;
    private List<CooccurrenceGroups.Group> foundGroups;

    private LinkGraph build(List<AccountSummary> summaries, Map<String, AccountFacts> registry, Counts counts, java.util.Set<String> keep) {
        this.counts = counts;
        List<String> ids = summaries.stream().map(AccountSummary::accountId).toList();
        this.kept = new boolean[ids.size()];
        if (keep != null) for (int i = 0; i < ids.size(); i++) kept[i] = keep.contains(ids.get(i));
        Map<String, TreeMap<String, List<Integer>>> lists = lists(summaries, registry);
        foundBursts = null;
        foundGroups = null;
        // one pass while the pairs fit the budget; when a pass overflows, start again with four times as many
        for (int passes = 1; ; passes *= 4) {
            LinkGraph graph = new LinkGraph(ids, KINDS);
            try {
                for (int pass = 0; pass < passes; pass++) {
                    share = new PairShare(passes, pass, pairBudget);
                    pass(summaries, registry, lists, ids, graph);
                }
                return graph;
            } catch (PairShare.OverBudget e) {
                if (passes >= 1 << 20) throw new IllegalStateException("account pairs do not fit the heap even in " + passes + " passes");
            } finally {
                share = PairShare.ALL;
            }
        }
    }

    /** Every pair step over the current share of pairs, each pair's strength into the graph. */
    private void pass(List<AccountSummary> summaries, Map<String, AccountFacts> registry, Map<String, TreeMap<String, List<Integer>>> lists,
                      List<String> ids, LinkGraph graph) {
        int n = counts.accounts;
        PairMap identity = pairs(), surprise = pairs(), bits = pairs();
        for (String kind : IDENTITY) identity(kind, lists.getOrDefault(kind, new TreeMap<>()), ids, graph, identity, bits);
        List<CreationBursts.Burst> bursts = created(summaries, registry, lists, ids, graph, identity, surprise, bits);
        groups(summaries, registry, bursts, ids, graph, identity, bits);
        new Succession(rule, counts, kept).link(summaries, registry, lists, ids, graph, identity, bits, firstPass());
        // the same software (agent, parameter set, system prompt, scaffold, router) is one piece of evidence however many
        // of its traits match: every user of one app shares all of them, so software alone never links two accounts
        behaviour(SOFTWARE, lists, ids, graph, surprise, bits);
        coactivity(summaries, ids, graph, surprise, bits);

        double chance = Rarity.chance(n), margin = rule.num("behaviour", "margin"), full = rule.num("behaviour", "full_margin");
        double wBehaviour = rule.num("behaviour", "weight");
        PairMap all = pairs();
        identity.forEach((k, v) -> all.max(k, 0));
        surprise.forEach((k, v) -> all.max(k, 0));
        all.forEach((key, ignored) -> {
            double id = identity.get(key, 0);
            double excess = surprise.get(key, 0) - chance - margin;
            double beh = excess <= 0 ? 0 : wBehaviour * Math.min(1, excess / full);
            double s = 1 - (1 - id) * (1 - beh);
            if (s > 0) graph.setPair(key, s, (int) bits.get(key, 0));
        });
    }

    private PairMap pairs() { return new PairMap(share); }

    private boolean firstPass() { return share.pass() == 0; }

    /** Display links describe shared values, not pairs: the first pass adds them. */
    private void addLink(LinkGraph graph, Link link) { if (firstPass()) graph.addLink(link); }

    private Map<String, TreeMap<String, List<Integer>>> lists(List<AccountSummary> summaries, Map<String, AccountFacts> registry) {
        Map<String, TreeMap<String, List<Integer>>> lists = new TreeMap<>();
        for (int i = 0; i < summaries.size(); i++) {
            AccountSummary s = summaries.get(i);
            for (LinkToken t : s.tokens()) put(lists, t.kind(), t.value(), i);
            AccountFacts f = registry.get(s.accountId());
            if (f == null) continue;
            if (f.paymentFingerprint() != null && !f.paymentFingerprint().isBlank()) put(lists, "payment", cut(f.paymentFingerprint()), i);
            if (f.emailDomain() != null && !f.emailDomain().isBlank()) put(lists, "email_domain", cut(f.emailDomain().toLowerCase(Locale.ROOT)), i);
        }
        return lists;
    }

    /** Identity kind: per pair the strongest shared value's weight x knee rarity, folded into the identity product. */
    private void identity(String kind, TreeMap<String, List<Integer>> values, List<String> ids, LinkGraph graph,
                          PairMap identity, PairMap bits) {
        int n = counts.accounts, bit = 1 << KINDS.indexOf(kind);
        // in a small log a value held by a fifth of the accounts is public (webmail, a carrier's NAT) whatever its count
        double cap = rule.num("identity", "max_share") * n;
        double weight = rule.num("identity", kind, "weight");
        double ceiling = Math.min(cap, Rarity.ceiling(n, rule.num("identity", kind, "ceiling_share"), rule.num("identity", kind, "ceiling_floor")));
        double knee = Math.min(rule.num("identity", kind, "knee"), ceiling / 4);
        PairMap best = pairs();
        for (Map.Entry<String, List<Integer>> v : values.entrySet()) {
            List<Integer> m = v.getValue();
            if (m.size() < 2) continue;
            int df = df(kind, v.getKey(), m);
            double w = weight * Rarity.knee(df, knee, ceiling);
            if (w < rule.num("min_link_weight")) continue;
            expand(m, kind + '\u0001' + v.getKey(), df, ids, (a, b) -> best.max(PairMap.key(a, b), w));
            addLink(graph, new Link(kind, v.getKey(), round(w), names(ids, m)));
        }
        fold(best, identity, bits, bit);
    }

    /** Folds one identity kind's per-pair evidence into the pairs' identity evidence: 1 - (1 - old)(1 - e). */
    static void fold(PairMap evidence, PairMap identity, PairMap bits, int bit) {
        evidence.forEach((key, e) -> {
            double old = identity.get(key, 0);
            identity.add(key, e * (1 - old));
            bits.or(key, bit);
        });
    }

    /** Behaviour kinds of one group: a pair's evidence is the surprise 2 ln(N/df) of its most surprising shared value. */
    private void behaviour(List<String> group, Map<String, TreeMap<String, List<Integer>>> lists, List<String> ids,
                           LinkGraph graph, PairMap surprise, PairMap bits) {
        int n = counts.accounts;
        PairMap best = pairs(), kindBits = pairs();
        for (String kind : group) {
            int bit = 1 << KINDS.indexOf(kind);
            for (Map.Entry<String, List<Integer>> v : lists.getOrDefault(kind, new TreeMap<>()).entrySet()) {
                List<Integer> m = v.getValue();
                int df = m.size() < 2 ? 0 : df(kind, v.getKey(), m);
                if (m.size() < 2 || tooCommon(df, n)) continue;
                double s = Rarity.surprise(df, n);
                if (s <= 0) continue;
                expand(m, kind + '\u0001' + v.getKey(), df, ids, (a, b) -> {
                    long key = PairMap.key(a, b);
                    best.max(key, s);
                    kindBits.or(key, bit);
                });
                addLink(graph, new Link(kind, v.getKey(), round(display(s, n)), names(ids, m)));
            }
        }
        best.forEach((key, s) -> {
            surprise.add(key, s);
            bits.or(key, (int) kindBits.get(key, 0));
        });
    }

    /**
     * Shared irregular moments (see {@link Calendar}). Each moment weighs its rarity ln(N/df) (pause and resume moments
     * come on two grids an hour apart, so each grid item weighs half; a rest day weighs half, holidays being shared). A person with ten random days off shares some
     * by chance with many others, so the shared weight is scaled by how much of both accounts' irregular moments it
     * covers (a cosine), and then counts as surprise twice over like any shared value: accounts of one operator, which
     * start, stop, rest and pause together, share nearly all of theirs.
     */
    private void coactivity(List<AccountSummary> summaries, List<String> ids, LinkGraph graph, PairMap surprise, PairMap bits) {
        int n = counts.accounts, bit = 1 << KINDS.indexOf("coactivity");
        TreeMap<Long, List<Integer>> byItem = new TreeMap<>();
        for (int i = 0; i < summaries.size(); i++) for (long item : summaries.get(i).calendar()) byItem.computeIfAbsent(item, x -> new ArrayList<>()).add(i);
        double[] own = new double[ids.size()];
        PairMap shared = pairs();
        for (Map.Entry<Long, List<Integer>> e : byItem.entrySet()) {
            List<Integer> m = e.getValue();
            int kind = Calendar.kind(e.getKey());
            int df = df("calendar", Long.toHexString(e.getKey()), m);
            // pause and resume items come on two grids (half each); a day off counts half too: public and company holidays
            // give whole regions and offices the same days off, while a pause to the hour or a start and end day do not
            double w = Math.log(n / (double) Math.max(1, df)) * (kind == Calendar.FIRST || kind == Calendar.LAST ? 1 : 0.5);
            if (w <= 0) continue;
            for (int a : m) own[a] += w;
            if (m.size() < 2 || tooCommon(df, n)) continue;
            // two accounts of one registration burst starting on one day is the burst again, which counts already
            boolean first = kind == Calendar.FIRST;
            expand(m, "calendar\u0001" + Long.toHexString(e.getKey()), df, ids, (a, b) -> {
                long key = PairMap.key(a, b);
                if (!first || registeredTogether.get(key, 0) == 0) shared.add(key, w);
            });
            addLink(graph, new Link("coactivity", Calendar.describe(e.getKey()), round(display(2 * w, n)), names(ids, m)));
        }
        shared.forEach((key, w) -> {
            double cosine = w / Math.sqrt(own[PairMap.first(key)] * own[PairMap.second(key)]);
            surprise.add(key, 2 * w * Math.min(1, cosine));
            bits.or(key, bit);
        });
    }

    /**
     * Registration bursts: an identity link of their own (weight x significance). Members that also run software found
     * mostly inside the burst (at least half of its holders are members) share the registration as a moment too, counted as
     * behaviour surprise 2 ln(N/size) like a shared first day: a fleet registered and set up by one operator links where
     * neither the burst nor the software would alone, while a browser or SDK that strangers in a chance burst happen to
     * share (held mostly outside it) adds nothing.
     */
    private List<CreationBursts.Burst> created(List<AccountSummary> summaries, Map<String, AccountFacts> registry,
                                               Map<String, TreeMap<String, List<Integer>>> lists, List<String> ids, LinkGraph graph,
                                               PairMap identity, PairMap surprise, PairMap bits) {
        Long[] created = new Long[summaries.size()];
        for (int i = 0; i < created.length; i++) {
            AccountFacts f = registry.get(summaries.get(i).accountId());
            created[i] = f == null ? null : f.createdAtMs();
        }
        PairMap best = pairs(), together = pairs();
        double weight = rule.num("identity", "created", "weight");
        List<CreationBursts.Burst> bursts = new ArrayList<>();
        if (counts.bursts() != null) { // the full registry's bursts, for the accounts present
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
            for (io.alembic.detect.PopulationContext.Burst b : counts.bursts()) {
                List<Integer> m = b.members().stream().filter(index::containsKey).map(index::get).sorted().toList();
                if (m.size() >= 2) bursts.add(new CreationBursts.Burst(m, 0, 0, b.significance(), b.describe()));
            }
        } else {
            if (foundBursts == null) {
                foundBursts = CreationBursts.find(created, rule);
                for (CreationBursts.Burst b : foundBursts) {
                    boolean any = b.members().stream().anyMatch(i -> kept[i]);
                    counts.burst(new io.alembic.detect.PopulationContext.Burst(b.members().stream().sorted().map(ids::get).toList(),
                            b.significance(), b.describe()), any);
                }
            }
            bursts.addAll(foundBursts);
        }
        for (CreationBursts.Burst b : bursts) {
            List<Integer> m = b.members().stream().sorted().toList();
            double w = weight * b.significance();
            int size = counts.of("burst\u0001" + b.describe(), m.size(), m.stream().anyMatch(i -> kept[i]));
            expand(m, "burst\u0001" + b.describe(), size, ids, (x, y) -> best.max(PairMap.key(x, y), w));
            double moment = Rarity.surprise(size, counts.accounts);
            for (List<Integer> kit : kits(m, summaries, lists)) {
                for (int x = 0; x < kit.size(); x++) for (int y = x + 1; y < kit.size(); y++) together.max(PairMap.key(kit.get(x), kit.get(y)), moment);
            }
            addLink(graph, new Link("created", b.describe(), round(w), names(ids, m)));
        }
        fold(best, identity, bits, 1 << KINDS.indexOf("created"));
        together.forEach(surprise::add);
        registeredTogether = together;
        return bursts;
    }

    /** Burst members grouped by each software value at least two of them run and that is held mostly inside the burst. */
    private List<List<Integer>> kits(List<Integer> members, List<AccountSummary> summaries, Map<String, TreeMap<String, List<Integer>>> lists) {
        Map<String, List<Integer>> byValue = new TreeMap<>();
        for (int i : members) {
            for (LinkToken t : summaries.get(i).tokens()) {
                if (!SOFTWARE.contains(t.kind())) continue;
                List<Integer> l = byValue.computeIfAbsent(t.kind() + '\u0001' + t.value(), k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byValue.entrySet()) {
            List<Integer> inBurst = e.getValue();
            if (inBurst.size() < 2) continue;
            int cut = e.getKey().indexOf('\u0001');
            String kind = e.getKey().substring(0, cut), value = e.getKey().substring(cut + 1);
            List<Integer> holders = lists.getOrDefault(kind, new TreeMap<>()).getOrDefault(value, inBurst);
            if (df(kind, value, holders) <= 2 * inBurst.size()) out.add(inBurst);
        }
        return out;
    }

    /**
     * Groups of accounts sharing values of two facets far beyond chance (see {@link CooccurrenceGroups}): an identity
     * link of their own, "fleet_group" when one facet is timing, registration or origin, "trait_group" otherwise.
     */
    private void groups(List<AccountSummary> summaries, Map<String, AccountFacts> registry, List<CreationBursts.Burst> bursts,
                        List<String> ids, LinkGraph graph, PairMap identity, PairMap bits) {
        if (foundGroups == null) foundGroups = CooccurrenceGroups.find(values(summaries, registry, bursts), rule, counts, kept);
        double weight = rule.num("groups", "weight");
        PairMap fleet = pairs(), traits = pairs();
        for (CooccurrenceGroups.Group g : foundGroups) {
            double w = weight * g.strength();
            if (w < rule.num("min_link_weight")) continue;
            PairMap into = g.covert() ? fleet : traits;
            int size = counts.of("groupsize\u0001" + g.describe(), g.members().size(), g.members().stream().anyMatch(i -> kept[i]));
            expand(g.members(), "group\u0001" + g.describe(), size, ids, (a, b) -> into.max(PairMap.key(a, b), w));
            addLink(graph, new Link(g.covert() ? "fleet_group" : "trait_group", g.describe(), round(w), names(ids, g.members())));
        }
        fold(fleet, identity, bits, 1 << KINDS.indexOf("fleet_group"));
        fold(traits, identity, bits, 1 << KINDS.indexOf("trait_group"));
    }

    /** Each account's values for {@link CooccurrenceGroups}, by facet. */
    private static List<List<CooccurrenceGroups.Value>> values(List<AccountSummary> summaries, Map<String, AccountFacts> registry,
                                                               List<CreationBursts.Burst> bursts) {
        List<List<CooccurrenceGroups.Value>> values = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) values.add(new ArrayList<>());
        for (CreationBursts.Burst b : bursts) {
            for (int i : b.members()) values.get(i).add(new CooccurrenceGroups.Value("registration", "registration burst " + b.describe()));
        }
        for (int i = 0; i < summaries.size(); i++) {
            AccountSummary s = summaries.get(i);
            List<CooccurrenceGroups.Value> v = values.get(i);
            int templates = 0;
            for (LinkToken t : s.tokens()) {
                String facet = switch (t.kind()) {
                    case "setup", "agent", "system", "router" -> "software";
                    case "template" -> templates++ < 2 ? "software" : null;
                    case "forwarded_for", "ip" -> "origin";
                    default -> null;
                };
                if (facet != null) v.add(new CooccurrenceGroups.Value(facet, t.kind() + " " + t.value()));
            }
            for (long item : s.calendar()) {
                // an account's first active day follows its registration: pairing the two would find every sign-up
                if (Calendar.kind(item) == Calendar.FIRST) continue;
                if (((item >>> 55) & 1) == 0) {
                    v.add(new CooccurrenceGroups.Value(CooccurrenceGroups.TIMING, Calendar.describe(item), Calendar.dayOf(item)));
                }
            }
            AccountFacts f = registry.get(s.accountId());
            if (f != null && f.paymentFingerprint() != null && !f.paymentFingerprint().isBlank()) {
                v.add(new CooccurrenceGroups.Value("identity", "payment " + cut(f.paymentFingerprint())));
            }
            if (f != null && f.emailDomain() != null && !f.emailDomain().isBlank()) {
                v.add(new CooccurrenceGroups.Value("identity", "e-mail domain " + cut(f.emailDomain().toLowerCase(Locale.ROOT))));
            }
        }
        return values;
    }

    /** How many accounts hold a value, from the counts in use (local, or the full population's). */
    private int df(String kind, String value, List<Integer> members) {
        boolean any = false;
        for (int i : members) if (kept[i]) { any = true; break; }
        return counts.of(kind + '\u0001' + value, members.size(), any);
    }

    /** A behaviour value's share of the surprise a pair needs to link on behaviour alone, for display. */
    private double display(double surprise, int n) {
        return Math.min(1, surprise / (Rarity.chance(n) + rule.num("behaviour", "margin") + rule.num("behaviour", "full_margin")));
    }

    private boolean tooCommon(int df, int n) {
        return df > Math.max(rule.num("behaviour", "max_df_share") * n, rule.num("behaviour", "min_max_df"));
    }

    private static void put(Map<String, TreeMap<String, List<Integer>>> lists, String kind, String value, int i) {
        List<Integer> l = lists.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(value, v -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
    }

    private interface PairSink { void accept(int a, int b); }

    /**
     * All pairs of a list, or for a list held by more accounts than the cap (in the full population, when a context
     * says so) a star from its first holder: the members still end up in one cluster when the value alone links them,
     * without millions of pairs. When that hub is not among the accounts here (a reduced bundle), the value joined
     * these accounts only through it, so it adds no pair here either.
     */
    private void expand(List<Integer> members, String key, int df, List<String> ids, PairSink sink) {
        int n = members.size(), cap = rule.integer("pair_cap");
        if (n < 2) return;
        if (df > cap || n > cap) {
            boolean any = false;
            for (int i : members) if (kept[i]) { any = true; break; }
            String hub = counts.hub(key, ids.get(members.get(0)), any);
            int h = -1;
            for (int i : members) if (ids.get(i).equals(hub)) { h = i; break; }
            if (h < 0) return;
            for (int b : members) if (b != h) sink.accept(h, b);
            return;
        }
        for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) sink.accept(members.get(a), members.get(b));
    }

    static List<String> names(List<String> ids, List<Integer> members) {
        List<String> out = new ArrayList<>(members.size());
        for (int i : members) out.add(ids.get(i));
        return out;
    }

    static String cut(String v) { return v.length() > 200 ? v.substring(0, 200) : v; }

    static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
