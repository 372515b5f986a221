package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.Rule;
import io.alembic.detect.Scoring;
import io.alembic.detect.Signal;
import io.alembic.detect.Times;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores each cluster as a campaign: members that are each weak can together show a fleet. Three kinds of evidence
 * combine as 1 - prod(1 - x): fleet ties (how many members were registered together, work in step, share a hidden
 * origin, or took over after a member was blocked, weighted by kind), the members' mean extraction evidence, and their
 * mean automation or concealment. Ties a team declares openly (one payment card, one e-mail domain) cluster accounts
 * but are not fleet evidence. A flagged campaign lifts its members with a finding that names it.
 */
public final class CampaignStage {
    /** The campaign verdicts, and one "campaign" signal per lifted member. */
    public record Result(List<Cluster> clusters, Map<String, Signal> memberSignals) {}

    /** Ties a group declares by holding them: one payment card, one address, one e-mail domain. */
    static final List<String> OPEN = List.of("payment", "ip", "email_domain");
    static final List<String> FLEET = List.of("created", "coactivity", "forwarded_for", "fleet_group", "succession", "pool");

    private final Rule cluster, campaign;
    private final io.alembic.detect.RuleSet rules;
    private final Scoring scoring;
    private final PooledEvidence pooled;

    public CampaignStage(io.alembic.detect.RuleSet rules, Scoring scoring) {
        this.rules = rules;
        this.cluster = rules.of("cluster");
        this.campaign = rules.of("campaign");
        this.scoring = scoring;
        this.pooled = new PooledEvidence(rules);
    }

    public Result score(List<Cluster> clusters, LinkGraph graph, Map<String, AccountSummary> summaries,
                        Map<String, Scoring.Own> own, Map<String, AccountFacts> registry) {
        double threshold = cluster.num("link_threshold");
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) for (String a : clusters.get(i).accounts()) clusterOf.put(a, i);
        // per cluster, per kind: the members a strong pair of that kind touches
        List<Map<String, Set<String>>> touched = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) touched.add(new TreeMap<>());
        graph.forEachPair((a, b, s, kinds) -> {
            Integer ca = clusterOf.get(a);
            if (ca == null || !ca.equals(clusterOf.get(b)) || s + 1e-9 < threshold) return;
            for (String k : kinds) {
                Set<String> t = touched.get(ca).computeIfAbsent(k, x -> new TreeSet<>());
                t.add(a);
                t.add(b);
            }
        });
        List<Cluster> out = new ArrayList<>();
        Map<String, Signal> lifts = new TreeMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            Verdict v = verdict(c, touched.get(i), summaries, own, registry);
            out.add(c.withVerdict(v.score, v.flagged, v.reasons));
            if (!v.flagged) continue;
            for (String a : c.accounts()) {
                String text = String.format(Locale.ROOT,
                        "member of campaign %s (%d accounts, campaign score %.2f, threshold %.2f): %s; own evidence alone scores %.2f.",
                        c.id(), c.accounts().size(), v.score, scoring.threshold(), partners(a, c, graph), own.get(a).score());
                AccountSummary s = summaries.get(a);
                lifts.put(a, new Signal("campaign", campaign.version(), v.score, text, s == null ? new int[0] : s.sample(), 0));
            }
        }
        return new Result(out, lifts);
    }

    private record Verdict(double score, boolean flagged, List<String> reasons) {}

    private Verdict verdict(Cluster c, Map<String, Set<String>> touched, Map<String, AccountSummary> summaries,
                            Map<String, Scoring.Own> own, Map<String, AccountFacts> registry) {
        int m = c.accounts().size();
        List<String> reasons = new ArrayList<>();
        // fleet evidence: ties an operator leaves without meaning to (registering together, working in step, one hidden
        // origin behind a router); shared payment or e-mail domain say the accounts belong together openly, which teams do
        double keep = 1;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : touched.entrySet()) {
            double w = FLEET.contains(e.getKey()) ? campaign.num("fleet", e.getKey()) : 0;
            double cov = e.getValue().size() / (double) m;
            keep *= 1 - w * cov;
            parts.add(e.getKey() + " ties " + e.getValue().size());
        }
        double fleet = 1 - keep;
        // a team says who it is: when most members openly share an e-mail domain and also an address or a payment card,
        // working in step is what colleagues do, so fleet ties and pooled automation count for less
        String declared = declared(c, m);
        if (declared != null) fleet *= campaign.num("declared_fleet_factor");
        // one program driving many small accounts: a team's people use their own browsers and apps, each account doing
        // real work; the same scripted client and sampling setup across a dozen accounts of a few requests each is one
        // operation split over accounts to stay under per-account limits, declared or not
        Setups setups = setups(c, summaries);
        String program = oneProgram(setups, m);
        if (program != null) {
            fleet = 1 - (1 - fleet) * (1 - campaign.num("fleet", "one_program"));
            parts.add(program);
        }
        reasons.add(String.format(Locale.ROOT, "fleet %.2f: of %d accounts, %s (fleet ties: %s)%s.", fleet, m,
                String.join(", ", parts), String.join(", ", FLEET), declared == null ? "" : String.format(Locale.ROOT,
                        "; members openly share %s, as a team does, so fleet ties and pooled automation count %.0f%%", declared,
                        100 * campaign.num("declared_fleet_factor"))));
        double extraction = 0, other = 0, concealed = 0;
        int withExtraction = 0;
        Map<String, Integer> detectors = new TreeMap<>();
        for (String a : c.accounts()) {
            Scoring.Own o = own.get(a);
            extraction += o.family(Scoring.EXTRACTION);
            other += 1 - (1 - o.family(Scoring.MACHINE)) * (1 - o.family(Scoring.CONCEALMENT));
            concealed += o.family(Scoring.CONCEALMENT);
            if (o.family(Scoring.EXTRACTION) > 0) withExtraction++;
            AccountSummary s = summaries.get(a);
            if (s != null) for (Signal sig : s.signals()) detectors.merge(sig.detector(), 1, Integer::sum);
        }
        extraction /= m;
        other /= m;
        concealed /= m;
        List<AccountSummary> present = c.accounts().stream().map(summaries::get).filter(java.util.Objects::nonNull).toList();
        PooledEvidence.Result pool = pooled.of(present);
        boolean poolDecides = pool.extraction() > extraction;
        extraction = Math.max(extraction, pool.extraction());
        other = Math.max(other, pool.machine() * (declared == null ? 1 : campaign.num("declared_fleet_factor")));
        reasons.add(String.format(Locale.ROOT, "extraction %.2f: %d of %d members show extraction evidence of their own "
                + "(findings among members: %s); %s", extraction, withExtraction, m,
                detectors.isEmpty() ? "none" : summarize(detectors), pool.explanation()));
        // coming back after blocks says the linked accounts are run as one operation, however few did it; it stands in
        // for the members' missing extraction evidence only when it involves half of them (as key rotation must): in a
        // cluster of hundreds, a few replacements after a few blocks are ordinary churn, not what the rest harvested
        Evasion evasion = banEvasion(c, summaries, registry);
        boolean evaded = evasion != null && evasion.involved() * 2 >= m;
        if (evasion != null) {
            fleet = 1 - (1 - fleet) * (1 - campaign.num("fleet", "ban_evasion"));
            reasons.add(evasion.text() + (evaded ? "" : String.format(Locale.ROOT, " Blocked members and their "
                    + "replacements are %d of %d members, under half, so this does not stand in for the others' "
                    + "extraction evidence.", evasion.involved(), m)));
        }
        if (program != null) other = Math.max(other, rules.of("automation").weight()); // scripted, across the accounts
        reasons.add(String.format(Locale.ROOT, "automation or concealment %.2f (members' mean%s).", other,
                program != null ? ", or the shared scripted setup" : ""));
        double score = 1 - (1 - fleet) * (1 - extraction) * (1 - other);
        double share = withExtraction / (double) m;
        // a fleet that came back after blocks, or whose members switch to fresh keys after rate limits, is evading the
        // provider's enforcement: that stands in for extraction evidence the members' small or short answers do not show
        long evaders = c.accounts().stream().map(summaries::get).filter(java.util.Objects::nonNull)
                .filter(s -> s.signals().stream().anyMatch(x -> x.detector().equals("key_rotation"))).count();
        // so is a fleet cut from one scripted setup into accounts too small to judge, walking distinct tasks none of
        // which a member repeats or shares with another: the split evades the per-account limits and scrutiny that
        // would see the walk, whatever length of answer it takes
        boolean splitWalk = program != null && pool.distinctTasks();
        boolean enforcementEvaded = evaded || evaders * 2 >= m || splitWalk;
        if (splitWalk && share < campaign.num("min_extraction_member_share") && !poolDecides) {
            reasons.add(String.format(Locale.ROOT, "not capped for want of extraction: the %d members walk distinct tasks "
                    + "with none repeated within or across them, cut into accounts each too small to be judged alone.", m));
        }
        if (share < campaign.num("min_extraction_member_share") && !poolDecides && !enforcementEvaded
                && score > campaign.num("no_extraction_cap")) {
            reasons.add(String.format(Locale.ROOT, "capped at %.2f from %.2f: only %d of %d members show extraction evidence "
                    + "(at least %s needed) and their pooled requests show no more; linked accounts that harvest nothing are a "
                    + "team or a shared network, not a campaign.",
                    campaign.num("no_extraction_cap"), score, withExtraction, m, Times.pct(campaign.num("min_extraction_member_share"))));
            score = campaign.num("no_extraction_cap");
        }
        // an undeclared fleet of several accounts strongly tied is evidence enough of an operation; a pair of colleagues
        // who work in step is not, and neither is a department whose scripted evaluations share its network: scripts are
        // what research and integrations run, so without fleet ties it takes hiding, coming back after blocks, or
        // extraction plain across the group to make the accounts one operation
        if (fleet < campaign.num("min_fleet") && concealed < campaign.num("min_fleet_concealment") && evasion == null
                && extraction < campaign.num("min_fleet_extraction") && score > campaign.num("no_fleet_cap")) {
            reasons.add(String.format(Locale.ROOT, "capped at %.2f from %.2f: fleet ties %.2f (at least %.2f needed), little "
                    + "concealment (members' mean %.2f, at least %.2f otherwise) and extraction %.2f (at least %.2f otherwise): "
                    + "the accounts are linked, but nothing says they were run as one operation, so each stands on its own "
                    + "evidence.", campaign.num("no_fleet_cap"), score, fleet, campaign.num("min_fleet"), concealed,
                    campaign.num("min_fleet_concealment"), extraction, campaign.num("min_fleet_extraction")));
            score = campaign.num("no_fleet_cap");
        }
        boolean registeredAsOne = declared == null && m >= campaign.num("covert_min_members") && registeredAsOne(touched, m);
        if (registeredAsOne) reasons.add(String.format(Locale.ROOT, "all %d members were registered in one burst and share "
                + "no open tie (payment card, address or e-mail domain): accounts created as one that do not say they belong "
                + "together.", m));
        boolean covert = declared == null && m >= campaign.num("covert_min_members")
                && (fleet >= campaign.num("covert_fleet") || registeredAsOne);
        if (!covert && other < campaign.num("min_automation_or_concealment") && evasion == null && score > campaign.num("no_operation_cap")) {
            reasons.add(String.format(Locale.ROOT, "capped at %.2f from %.2f: members show extraction and work together but "
                    + "hardly any automation or concealment (mean %.2f, at least %.2f needed) and their ties are open, weak "
                    + "(fleet under %.2f) or only between %d: what colleagues or a research team running evaluations together "
                    + "also show.", campaign.num("no_operation_cap"), score, other, campaign.num("min_automation_or_concealment"),
                    campaign.num("covert_fleet"), m));
            score = campaign.num("no_operation_cap");
        }
        // one sign of extraction across the whole campaign (say only distinct prompts) and nothing hidden: a team's or an
        // application's traffic looks the same, as it does for a single account
        Set<String> signs = new TreeSet<>();
        boolean hidden = evasion != null;
        for (String a : c.accounts()) {
            AccountSummary s = summaries.get(a);
            if (s == null) continue;
            for (Signal sig : s.signals()) {
                if (scoring.familyOf(sig.detector()).equals(Scoring.EXTRACTION)) signs.add(sig.detector());
                if (scoring.familyOf(sig.detector()).equals(Scoring.CONCEALMENT)) hidden = true;
            }
        }
        signs.addAll(pool.signs());
        if (!hidden && covert && oneScript(setups, m)) {
            // an undeclared fleet tied by how it was registered or run, every member driven by the same scripted setup: one
            // operation spread over accounts nobody owns up to, which is itself concealment of its volume
            hidden = true;
            reasons.add("an undeclared fleet driven by one scripted setup: the operation's volume is spread over accounts "
                    + "that do not say they belong together.");
        }
        if (!hidden && program != null) {
            // the same: one scripted setup cut into accounts each too small to judge, whether or not the accounts also
            // share an e-mail domain or a card (an operator registering its fleet on its own domain declares nothing
            // by it; a team's seats each do real work through their own clients)
            hidden = true;
            reasons.add(String.format(Locale.ROOT, "one scripted setup is spread over %d accounts, most of them under %.0f "
                    + "requests: the operation's volume is kept below what any one account shows.", m, smallerThan()));
        }
        if (!hidden && signs.size() < campaign.num("min_extraction_signs") && score > campaign.num("single_sign_cap")) {
            reasons.add(String.format(Locale.ROOT, "capped at %.2f from %.2f: the members show only one sign of extraction (%s) "
                    + "and hide nothing: an application's or a team's traffic looks the same.", campaign.num("single_sign_cap"),
                    score, signs.isEmpty() ? "none" : String.join(", ", signs)));
            score = campaign.num("single_sign_cap");
        }
        score = Math.round(score * 1000) / 1000.0;
        boolean flagged = m >= 2 && score >= scoring.threshold();
        reasons.add(String.format(Locale.ROOT, "campaign score %.2f %s threshold %.2f.", score, flagged ? "reaches" : "is under",
                scoring.threshold()));
        return new Verdict(score, flagged, reasons);
    }

    /**
     * A team says who it is: when most members share an e-mail domain with another member, and many also an address or
     * a payment card (one company's seats, a lab on its campus network; two companies behind one office NAT count too),
     * working in step is what colleagues do. Returns how, or null when the ties are not declared.
     */
    private String declared(Cluster c, int members) {
        Set<String> domain = members(c, "email_domain"), ip = members(c, "ip"), payment = members(c, "payment");
        int withIp = 0, withPayment = 0;
        for (String a : domain) {
            if (ip.contains(a)) withIp++;
            else if (payment.contains(a)) withPayment++;
        }
        if (domain.size() < campaign.num("declared_member_share") * members
                || withIp + withPayment < campaign.num("declared_address_share") * members) return null;
        return withIp >= withPayment ? "e-mail domains and addresses" : "e-mail domains and payment cards";
    }

    /** A description when most of a large cluster's members run the same scripted setup, else null. */
    private String oneProgram(Setups u, int m) {
        if (m < campaign.num("one_program_min_members")) return null;
        if (u.present == 0 || u.small * 2 < u.present || !oneScript(u, m)) return null;
        return String.format(Locale.ROOT, "one scripted setup on %d of %d members, %d of them under %.0f requests", u.top, m,
                u.small, smallerThan());
    }

    /** Nearly every member on one sampling setup from a scripted client. */
    private boolean oneScript(Setups u, int m) {
        return u.present > 0 && u.top >= campaign.num("one_program_share") * m
                && u.scripted / u.present >= campaign.num("one_program_share");
    }

    /** Members present, members on the commonest setup, summed scripted share, members under {@link #smallerThan()}. */
    private record Setups(int present, int top, double scripted, int small) {}

    private Setups setups(Cluster c, Map<String, AccountSummary> summaries) {
        Map<String, Integer> setups = new TreeMap<>();
        double scripted = 0, smallerThan = smallerThan();
        int present = 0, small = 0;
        for (String a : c.accounts()) {
            AccountSummary s = summaries.get(a);
            if (s == null) continue;
            present++;
            if (s.requests() < smallerThan) small++;
            setups.merge(s.traits().dominantSetup(), 1, Integer::sum);
            scripted += s.traits().programmatic();
        }
        int top = setups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Setups(present, top, scripted, small);
    }

    /**
     * An account is small when it sends fewer requests than the coverage detector needs to judge one account: the size
     * an operator keeps each account under so that no single one shows the walk. Taken from that rule rather than set
     * here, so the two cannot drift apart.
     */
    private double smallerThan() { return rules.of("coverage").num("min_requests"); }

    /**
     * Every member registered in one burst, and no member shares an open tie with another. Colleagues onboarded together
     * share their company's card, domain or office address; a class signing up in a lesson shares its campus address.
     * An operator's fleet registered at once and kept apart on every open tie is hiding that it is one.
     */
    private static boolean registeredAsOne(Map<String, Set<String>> touched, int m) {
        if (touched.getOrDefault("created", Set.of()).size() < m) return false;
        for (String open : OPEN) if (!touched.getOrDefault(open, Set.of()).isEmpty()) return false;
        return true;
    }

    private static Set<String> members(Cluster c, String kind) {
        Set<String> out = new TreeSet<>();
        for (Link l : c.links()) if (l.kind().equals(kind)) out.addAll(l.accounts());
        return out;
    }

    /** What {@link #banEvasion} found: its sentence, and how many members it involves (replacements and the blocked). */
    private record Evasion(String text, int involved) {}

    /** Members that start only after another member was banned, created within the rule's window of that ban. */
    private Evasion banEvasion(Cluster c, Map<String, AccountSummary> summaries, Map<String, AccountFacts> registry) {
        long window = (long) (campaign.num("ban_evasion_hours") * 3_600_000L);
        Map<String, Long> bans = new LinkedHashMap<>();
        for (String a : c.accounts()) {
            AccountSummary s = summaries.get(a);
            AccountFacts f = registry.get(a);
            if (s == null) continue;
            long at = Succession.blockedAt(s, f);
            if (at != Long.MAX_VALUE) bans.put(a, at);
        }
        List<String> after = new ArrayList<>();
        Set<String> followed = new TreeSet<>();
        for (String a : c.accounts()) {
            AccountSummary s = summaries.get(a);
            AccountFacts f = registry.get(a);
            if (s == null || f == null || f.createdAtMs() == null || bans.containsKey(a)) continue;
            for (Map.Entry<String, Long> b : bans.entrySet()) {
                long dt = f.createdAtMs() - b.getValue();
                if (dt >= 0 && dt <= window && s.first() >= b.getValue()) {
                    after.add(a + " (created " + Math.round(dt / 3_600_000.0) + " h after " + b.getKey() + " was blocked)");
                    followed.add(b.getKey());
                    break;
                }
            }
        }
        if (after.isEmpty()) return null;
        return new Evasion(String.format(Locale.ROOT, "resumed after enforcement: %d members created within %.0f h of another "
                + "member's block and active only after it: %s.", after.size(), campaign.num("ban_evasion_hours"),
                String.join(", ", after.subList(0, Math.min(4, after.size())))), after.size() + followed.size());
    }

    private static String partners(String a, Cluster c, LinkGraph graph) {
        List<String> best = new ArrayList<>();
        double top = -1;
        String topPartner = null;
        for (String b : c.accounts()) {
            if (b.equals(a)) continue;
            double s = graph.strength(a, b);
            if (s > top) { top = s; topPartner = b; }
        }
        if (topPartner == null) return "no direct link";
        best.addAll(graph.kinds(a, topPartner));
        return String.format(Locale.ROOT, "linked most strongly to %s (%.2f) by %s", topPartner, top, String.join(", ", best));
    }

    private static String summarize(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(k + " " + v));
        return String.join(", ", out);
    }
}
