package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountProfile;
import io.alembic.detect.Rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the account graph. Router traffic never contributes its address (every customer of a router shares it), only
 * the forwarded-for origin; common webmail domains and browser user agents are too common to link anyone.
 */
public final class LinkBuilder {
    private final Rule rule;

    public LinkBuilder(Rule clusterRule) { this.rule = clusterRule; }

    public LinkGraph build(Map<String, AccountProfile> profiles, Map<String, AccountFacts> registry) {
        Map<String, Map<String, TreeSet<String>>> groups = new TreeMap<>();
        List<String> browsers = rule.strings("browser_agent_prefixes");
        List<String> webmail = rule.strings("common_email_domains");
        double tShare = rule.num("template_min_share");
        int tCount = rule.integer("template_min_count");
        for (AccountProfile p : profiles.values()) {
            String id = p.accountId();
            p.directIps().forEach(ip -> put(groups, "ip", ip, id));
            p.forwardedOrigins().forEach(ip -> put(groups, "forwarded_for", ip, id));
            for (String au : p.asnAgents()) {
                String ua = au.substring(au.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
                if (browsers.stream().noneMatch(ua::startsWith)) put(groups, "asn_agent", au, id);
            }
            for (long fp : p.templateFingerprints(tShare, tCount)) put(groups, "template", HexFormat.of().toHexDigits(fp), id);
        }
        for (AccountFacts a : registry.values()) {
            if (!profiles.containsKey(a.accountId())) continue;
            if (a.paymentFingerprint() != null) put(groups, "payment", a.paymentFingerprint(), a.accountId());
            String d = a.emailDomain() == null ? null : a.emailDomain().toLowerCase(Locale.ROOT);
            if (d != null && !webmail.contains(d)) put(groups, "email_domain", d, a.accountId());
        }
        creationBursts(profiles, registry, groups);
        LinkGraph g = new LinkGraph();
        int max = rule.integer("max_group_size");
        groups.forEach((kind, byValue) -> byValue.forEach((value, accounts) -> {
            if (accounts.size() >= 2 && accounts.size() <= max) g.add(new Link(kind, value, rule.num(kind), new ArrayList<>(accounts)));
        }));
        SyncLinks.build(profiles, rule).forEach(g::add);
        return g;
    }

    /** Accounts created within a few hours of each other form one burst (chained, so a burst can last longer). */
    private void creationBursts(Map<String, AccountProfile> profiles, Map<String, AccountFacts> registry,
                                Map<String, Map<String, TreeSet<String>>> groups) {
        List<AccountFacts> created = registry.values().stream()
                .filter(a -> a.createdAtMs() != null && profiles.containsKey(a.accountId()))
                .sorted(java.util.Comparator.comparingLong(AccountFacts::createdAtMs).thenComparing(AccountFacts::accountId))
                .toList();
        long window = (long) (rule.num("creation_burst_hours") * 3_600_000L);
        List<AccountFacts> run = new ArrayList<>();
        for (AccountFacts a : created) {
            if (!run.isEmpty() && a.createdAtMs() - run.get(run.size() - 1).createdAtMs() > window) {
                flushBurst(run, groups);
                run.clear();
            }
            run.add(a);
        }
        flushBurst(run, groups);
    }

    private static void flushBurst(Collection<AccountFacts> run, Map<String, Map<String, TreeSet<String>>> groups) {
        if (run.size() < 2) return;
        String value = io.alembic.detect.Times.format(run.iterator().next().createdAtMs());
        run.forEach(a -> put(groups, "creation_burst", value, a.accountId()));
    }

    private static void put(Map<String, Map<String, TreeSet<String>>> groups, String kind, String value, String account) {
        groups.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(value, v -> new TreeSet<>()).add(account);
    }
}
