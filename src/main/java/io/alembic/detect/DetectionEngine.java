package io.alembic.detect;

import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Clusterer;
import io.alembic.detect.cluster.Link;
import io.alembic.detect.cluster.LinkBuilder;
import io.alembic.detect.cluster.LinkGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the registered detectors over finished profiles, combines each account's findings into a score, clusters linked
 * accounts and lets a flagged campaign lift its weaker members. Own score = 1 - prod(1 - finding score): independent
 * pieces of evidence reinforce each other but the score never exceeds 1; it is capped when a kind of evidence is missing
 * (see {@link #capped}); the cluster lift combines with it the same way. Flagged when score >= scoring.flag_threshold.
 */
public final class DetectionEngine {
    private final RuleSet rules;

    public DetectionEngine(RuleSet rules) { this.rules = rules; }

    public ProfileBuilder newBuilder() { return new ProfileBuilder(rules); }

    /** Convenience for tests and small inputs. */
    public DetectionReport run(Iterable<RequestFacts> requests, Collection<AccountFacts> registry) {
        ProfileBuilder b = newBuilder();
        long n = 0;
        for (RequestFacts r : requests) { b.accept(r); n++; }
        return finish(b, registry, n);
    }

    public DetectionReport finish(ProfileBuilder builder, Collection<AccountFacts> registry, long requests) {
        Map<String, AccountProfile> profiles = builder.profiles();
        Map<String, AccountFacts> reg = new TreeMap<>();
        for (AccountFacts a : registry) reg.put(a.accountId(), a);
        LinkGraph graph = new LinkBuilder(rules.of("cluster")).build(profiles, reg);
        DetectionInput input = new DetectionInput(profiles, reg, graph, rules);
        Map<String, List<Finding>> byAccount = new TreeMap<>();
        profiles.keySet().forEach(id -> byAccount.put(id, new ArrayList<>()));
        for (Detector d : Detectors.all()) for (Finding f : d.run(input)) byAccount.get(f.accountId()).add(f);

        Rule scoring = rules.of("scoring");
        double threshold = scoring.num("flag_threshold");
        Map<String, Double> own = new HashMap<>();
        byAccount.forEach((id, fs) -> own.put(id, capped(fs, scoring)));
        List<Cluster> clusters = new Clusterer(rules.of("cluster").num("link_threshold")).cluster(graph);
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : clusters) {
            c.accounts().forEach(a -> clusterOf.put(a, c.id()));
            propagate(c, own, byAccount, scoring, threshold);
        }
        List<AccountResult> results = new ArrayList<>();
        byAccount.forEach((id, fs) -> {
            double cluster = fs.stream().filter(f -> f.detector().equals("cluster")).mapToDouble(Finding::score).max().orElse(0);
            double s = round(1 - (1 - own.get(id)) * (1 - cluster));
            results.add(new AccountResult(id, s, s >= threshold, List.copyOf(fs), clusterOf.get(id)));
        });
        results.sort(Comparator.comparingDouble(AccountResult::score).reversed().thenComparing(AccountResult::accountId));
        return new DetectionReport(rules.version(), requests, results, clusters);
    }

    /** Members with some evidence of their own are lifted towards the campaign's strongest member; the reason names the links. */
    private void propagate(Cluster c, Map<String, Double> own, Map<String, List<Finding>> byAccount, Rule scoring, double threshold) {
        String leader = null;
        for (String a : c.accounts()) if (own.get(a) >= threshold && (leader == null || own.get(a) > own.get(leader))) leader = a;
        if (leader == null) return;
        double target = scoring.num("propagate_factor") * own.get(leader);
        for (String a : c.accounts()) {
            double mine = own.get(a);
            if (mine >= target || mine < scoring.num("propagate_min_own_score")) continue;
            List<String> how = new ArrayList<>();
            for (Link l : c.links()) if (l.accounts().contains(a) && !how.contains(l.kind())) how.add(l.kind());
            double s = 1 - (1 - target) / (1 - mine);
            String text = String.format(java.util.Locale.ROOT,
                    "linked in cluster %s (%d accounts) by %s to flagged %s (score %.2f); own evidence alone scores %.2f.",
                    c.id(), c.accounts().size(), String.join(", ", how), leader, own.get(leader), mine);
            byAccount.get(a).add(new Finding("cluster", scoring.version(), a, s, text, List.of(), 0));
        }
    }

    /**
     * The account's own score, capped when a kind of evidence is missing: distillation is harvesting done by machine, so
     * prompt wording without machine behaviour (what learners, tutoring apps and eval teams also send) stays below the
     * flag, and so does machine behaviour without harvested content (what any busy integration shows). A note finding
     * with score 0 says which cap applied.
     */
    static double capped(List<Finding> fs, Rule scoring) {
        double s = combine(fs);
        List<String> behaviour = scoring.strings("behaviour_detectors"), harvest = scoring.strings("harvest_detectors");
        boolean machine = fs.stream().anyMatch(f -> behaviour.contains(f.detector()));
        boolean content = fs.stream().anyMatch(f -> harvest.contains(f.detector()));
        String why = null;
        double cap = 1;
        if (!machine && s > scoring.num("content_only_cap")) {
            cap = scoring.num("content_only_cap");
            why = "no machine-behaviour finding (" + String.join(", ", behaviour) + "); prompt wording, even with shared "
                    + "addresses, is what learners and institutional evaluation teams also send";
        } else if (!content && s > scoring.num("no_harvest_cap")) {
            cap = scoring.num("no_harvest_cap");
            why = "no harvested-content finding (" + String.join(", ", harvest) + "); automated, templated traffic alone is "
                    + "what integrations also send";
        }
        if (why == null || fs.isEmpty()) return s;
        String account = fs.get(0).accountId();
        fs.add(new Finding("scoring", scoring.version(), account, 0, String.format(java.util.Locale.ROOT,
                "own evidence combines to %.2f but is capped at %.2f: %s.", s, cap, why), List.of(), 0));
        return cap;
    }

    static double combine(List<Finding> fs) {
        double keep = 1;
        for (Finding f : fs) keep *= 1 - Math.max(0, Math.min(1, f.score()));
        return 1 - keep;
    }

    static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
