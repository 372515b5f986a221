package io.alembic.detect;

import io.alembic.detect.cluster.CampaignStage;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Clusterer;
import io.alembic.detect.cluster.LinkGraph;
import io.alembic.detect.cluster.LinkStage;
import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Calendar;
import io.alembic.detect.profile.ProfileBuilder;
import io.alembic.detect.profile.Summarizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Detection in two stages. Per account: a profile folded from its requests, the registered detectors, and a compact
 * {@link AccountSummary}. Across accounts: links from shared rare values, clusters, campaign scores, and each account's
 * final score = 1 - (1 - own)(1 - campaign lift). The second stage reads only summaries, so a cluster job can run the
 * first stage on executors and the second on collected summaries and get the same scores.
 */
public final class DetectionEngine {
    private final RuleSet rules;
    private final Scoring scoring;

    public DetectionEngine(RuleSet rules) {
        this.rules = rules;
        this.scoring = new Scoring(rules.of("scoring"));
    }

    public RuleSet rules() { return rules; }

    public ProfileBuilder newBuilder() {
        Rule p = rules.of("profile");
        return new ProfileBuilder(p, calendarRules(p));
    }

    static Calendar.Rules calendarRules(Rule p) {
        return new Calendar.Rules(p.integer("calendar_min_requests"), p.integer("calendar_min_active_days"),
                p.num("rest_day_min_type_share"), p.integer("pause_min_hours"), p.num("pause_min_expected_active_hours"),
                p.integer("max_rest_days"), p.integer("max_pauses"));
    }

    /** Convenience for tests and small inputs: request ids are kept in memory to name evidence. */
    public DetectionReport run(Iterable<RequestFacts> requests, Collection<AccountFacts> registry) {
        ProfileBuilder b = newBuilder();
        List<String> ids = new ArrayList<>();
        for (RequestFacts r : requests) {
            b.accept(r);
            ids.add(r.requestId());
        }
        return finish(b, registry, seqs -> {
            List<String> out = new ArrayList<>(seqs.length);
            for (int s : seqs) out.add(ids.get(s));
            return out;
        });
    }

    /** Ends the per-account stage over everything the builder has seen, then runs the cross-account stage. */
    public DetectionReport finish(ProfileBuilder builder, Collection<AccountFacts> registry, RequestIds ids) {
        LogContext log = new LogContext(builder.windowStart(), builder.windowEnd(), 0, builder.requests());
        List<AccountSummary> summaries = summarize(builder, log);
        return score(summaries, registry, new LogContext(log.windowStart(), log.windowEnd(), summaries.size(), log.requests()), ids);
    }

    /**
     * The per-account stage alone: seals the builder's profiles against the log's window (which may be wider than what
     * this builder saw) and summarises each, dropping its per-request arrays as soon as the summary is taken.
     */
    public List<AccountSummary> summarize(ProfileBuilder builder, LogContext log) {
        List<AccountProfile> profiles = builder.finish(log.windowStart(), log.windowEnd());
        List<AccountSummary> summaries = new ArrayList<>(profiles.size());
        Summarizer summarizer = new Summarizer(rules);
        for (int i = 0; i < profiles.size(); i++) {
            summaries.add(summarizer.summarize(profiles.get(i), log));
            profiles.set(i, null);
        }
        return summaries;
    }

    /** The cross-account stage over summaries (from this JVM or collected from a cluster), sorted by account id. */
    public DetectionReport score(List<AccountSummary> summaries, Collection<AccountFacts> registry, LogContext log, RequestIds ids) {
        return score(summaries, registry, log, ids, null);
    }

    /**
     * The population statistics the given accounts' values had in this full set of summaries: written beside a reduced
     * bundle so that {@link #score(List, Collection, LogContext, RequestIds, PopulationContext)} on the kept accounts
     * alone gives them the scores they have here.
     */
    public PopulationContext context(List<AccountSummary> all, Collection<AccountFacts> registry, LogContext log, java.util.Set<String> keep) {
        List<AccountSummary> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(AccountSummary::accountId));
        Map<String, AccountFacts> reg = new TreeMap<>();
        for (AccountFacts a : registry) reg.put(a.accountId(), a);
        return new LinkStage(rules.of("cluster")).context(sorted, reg, keep, log);
    }

    /** As above; with a population context (a reduced bundle's), shared values are weighed by the full population. */
    public DetectionReport score(List<AccountSummary> summaries, Collection<AccountFacts> registry, LogContext log, RequestIds ids,
                                 PopulationContext population) {
        List<AccountSummary> sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparing(AccountSummary::accountId));
        Map<String, AccountFacts> reg = new TreeMap<>();
        for (AccountFacts a : registry) reg.put(a.accountId(), a);
        Map<String, AccountSummary> byId = new HashMap<>();
        Map<String, Scoring.Own> own = new HashMap<>();
        for (AccountSummary s : sorted) {
            byId.put(s.accountId(), s);
            own.put(s.accountId(), scoring.own(s.signals()));
        }
        Rule clusterRule = rules.of("cluster");
        LinkGraph graph = population == null ? new LinkStage(clusterRule).build(sorted, reg)
                : new LinkStage(clusterRule).build(sorted, reg, population);
        List<Cluster> clusters = new Clusterer(clusterRule.num("link_threshold")).cluster(graph);
        CampaignStage.Result campaigns = new CampaignStage(rules, scoring).score(clusters, graph, byId, own, reg);
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : campaigns.clusters()) c.accounts().forEach(a -> clusterOf.put(a, c.id()));

        Map<String, Map<Integer, String>> names = resolve(sorted, campaigns, ids);
        List<AccountResult> results = new ArrayList<>(sorted.size());
        for (AccountSummary s : sorted) {
            Scoring.Own o = own.get(s.accountId());
            List<Finding> findings = new ArrayList<>();
            Map<Integer, String> mine = names.get(s.accountId());
            for (Signal sig : s.signals()) findings.add(sig.resolve(s.accountId(), mine));
            if (o.note() != null) findings.add(o.note().resolve(s.accountId(), mine));
            Signal lift = campaigns.memberSignals().get(s.accountId());
            double score = o.score();
            if (lift != null) {
                findings.add(lift.resolve(s.accountId(), mine));
                score = 1 - (1 - score) * (1 - lift.score());
            }
            score = Math.round(score * 1000) / 1000.0;
            results.add(new AccountResult(s.accountId(), score, score >= scoring.threshold(), List.copyOf(findings),
                    clusterOf.get(s.accountId())));
        }
        results.sort(Comparator.comparingDouble(AccountResult::score).reversed().thenComparing(AccountResult::accountId));
        return new DetectionReport(rules.version(), log.requests(), results, campaigns.clusters());
    }

    /**
     * Every sequence number any finding cites, named: from the summary's own names where the per-account stage gave
     * them (numbers are then per account), else in one call to the caller's resolver (numbers are per scan).
     */
    private static Map<String, Map<Integer, String>> resolve(List<AccountSummary> summaries, CampaignStage.Result campaigns,
                                                             RequestIds ids) {
        TreeSet<Integer> wanted = new TreeSet<>();
        Map<String, Map<Integer, String>> out = new HashMap<>();
        for (AccountSummary s : summaries) {
            if (s.evidenceIds() != null) { out.put(s.accountId(), s.evidenceIds()); continue; }
            for (int q : s.citedSeqs()) wanted.add(q);
        }
        int[] seqs = wanted.stream().mapToInt(Integer::intValue).toArray();
        List<String> named = seqs.length == 0 ? List.of() : ids.resolve(seqs);
        Map<Integer, String> global = new HashMap<>(seqs.length * 2);
        for (int i = 0; i < seqs.length && i < named.size(); i++) global.put(seqs[i], named.get(i));
        for (AccountSummary s : summaries) out.putIfAbsent(s.accountId(), global);
        return out;
    }
}
