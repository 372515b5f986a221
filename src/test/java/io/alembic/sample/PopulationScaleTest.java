package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Population-scale properties of the varied plan, checked on the plan itself (no bundle written, so thousands of
 * accounts stay cheap): campaigns a realistic minority, yet enough of every family; most accounts ordinary people and
 * apps on shared networks; companies with several accounts; heavy-tailed activity.
 */
class PopulationScaleTest {
    static PromptPools pools;

    @BeforeAll
    static void load() throws Exception {
        pools = new PromptPools(Corpora.load(Corpora.locate(), false));
    }

    static Population plan(long seed, int accounts, long records) {
        return Population.plan(new SampleSpec(seed, accounts, records, false, 0, 100_000, true), pools);
    }

    @Test
    void distillersAreAMinorityThatShrinksWithSizeButStaysMeasurable() {
        for (long seed : new long[]{101, 102}) {
            double small = share(plan(seed, 60, 20_000));
            Population p2k = plan(seed, 2000, 300_000), p20k = plan(seed, 20_000, 300_000);
            double s2k = share(p2k), s20k = share(p20k);
            assertTrue(small >= 0.2 && small <= 0.5, "60 accounts: " + small);
            assertTrue(s2k >= 0.03 && s2k <= 0.15, "2,000 accounts: " + s2k);
            assertTrue(s20k >= 0.01 && s20k <= 0.05 && s20k < s2k, "20,000 accounts: " + s20k);
            assertTrue(p2k.campaigns.size() >= 8, "campaigns at 2,000: " + p2k.campaigns.size());
            assertTrue(p20k.campaigns.size() >= 24, "campaigns at 20,000: " + p20k.campaigns.size());
            assertTrue(distillers(p20k) >= 200);
            for (Population p : List.of(p2k, p20k)) {
                Set<String> families = new HashSet<>();
                for (Campaign c : p.campaigns) families.add(c.tactics.get(0));
                assertTrue(families.containsAll(Set.of("human_mimicry", "verbatim_sweep", "multilingual_harvest",
                        "reasoning_followup", "slow_ramp")), families.toString());
            }
            assertEquals(300_000, p2k.accounts.stream().mapToLong(a -> a.records).sum());
        }
    }

    @Test
    void mostAccountsAreOrdinaryPeopleAndAppsOnSharedNetworks() {
        Population p = plan(101, 2000, 300_000);
        Map<String, Integer> byProfile = new HashMap<>();
        Map<Long, Integer> appAsns = new HashMap<>();
        Map<String, Integer> appAgents = new HashMap<>();
        Map<Long, Integer> peopleAsns = new HashMap<>();
        Map<String, Set<String>> orgs = new HashMap<>();
        int benign = 0;
        for (AccountPlan a : p.accounts) {
            if (a.distiller()) continue;
            benign++;
            byProfile.merge(a.profile.label(), 1, Integer::sum);
            orgs.computeIfAbsent(a.orgId, o -> new HashSet<>()).add(a.accountId);
            if (a.profile == AccountPlan.Profile.APP_INTEGRATION) {
                appAsns.merge(a.asn, 1, Integer::sum);
                appAgents.merge(a.userAgent, 1, Integer::sum);
            }
            if (a.profile == AccountPlan.Profile.CHAT_USER || a.profile == AccountPlan.Profile.MOBILE_USER)
                peopleAsns.merge(a.asn, 1, Integer::sum);
        }
        int ordinary = byProfile.getOrDefault("chat_user", 0) + byProfile.getOrDefault("mobile_user", 0)
                + byProfile.getOrDefault("app_integration", 0);
        assertTrue(ordinary > benign * 0.55, byProfile.toString());
        int apps = byProfile.get("app_integration");
        assertTrue(top(appAsns, 3) > apps * 0.55, "three clouds carry most apps: " + appAsns);
        assertTrue(top(appAgents, 5) > apps * 0.4, "a handful of SDK agents: " + appAgents);
        assertTrue(top(peopleAsns, 1) >= 20, "many people share their ISP's ASN: " + peopleAsns);
        long multi = orgs.values().stream().filter(s -> s.size() > 1).count();
        assertTrue(multi >= 20, "companies with several accounts: " + multi);
    }

    @Test
    void activityIsHeavyTailed() {
        Population p = plan(102, 2000, 300_000);
        List<Long> counts = new ArrayList<>();
        for (AccountPlan a : p.accounts) if (!a.distiller()) counts.add(a.records);
        counts.sort(null);
        long median = counts.get(counts.size() / 2), p99 = counts.get(counts.size() * 99 / 100);
        double mean = counts.stream().mapToLong(Long::longValue).average().orElse(0);
        assertTrue(median < mean / 2, "median " + median + " mean " + mean);
        assertTrue(p99 > 20 * median, "p99 " + p99 + " median " + median);
    }

    @Test
    void aHundredThousandAccountPlanIsCompactAndHasHundredsOfDistillersInDozensOfCampaigns() {
        Population p = plan(103, 100_000, 2_000_000);
        assertEquals(100_000, p.accounts.size());
        assertEquals(100_000, new HashSet<>(p.accounts.stream().map(a -> a.accountId).toList()).size());
        assertTrue(distillers(p) >= 300 && share(p) < 0.03, distillers(p) + " distillers");
        assertTrue(p.campaigns.size() >= 36, p.campaigns.size() + " campaigns");
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        assertTrue(rt.totalMemory() - rt.freeMemory() < 700L << 20, "plan held in memory: "
                + ((rt.totalMemory() - rt.freeMemory()) >> 20) + " MB");
    }

    private static int distillers(Population p) {
        return (int) p.accounts.stream().filter(AccountPlan::distiller).count();
    }

    private static double share(Population p) {
        return distillers(p) / (double) p.accounts.size();
    }

    private static <K> int top(Map<K, Integer> m, int n) {
        return m.values().stream().sorted((a, b) -> b - a).limit(n).mapToInt(Integer::intValue).sum();
    }
}
