package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.detect.Fx;
import io.alembic.detect.Population;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignStageTest {
    private static Cluster clusterOf(DetectionReport r, String account) {
        return r.clusters().stream().filter(c -> c.accounts().contains(account)).findFirst()
                .orElseThrow(() -> new AssertionError(account + " is in no cluster"));
    }

    private static boolean anyReason(Cluster c, String text) { return c.reasons().stream().anyMatch(s -> s.contains(text)); }

    @Test
    void aFleetOfTinyAccountsIsFlaggedThroughPooledEvidence() {
        Population pop = new Population().people(260, 11);
        List<String> fleet = pop.tinyFleet("u7q_", 40, 8, "tasklane/2.8.1 netio/1.12", 64_520, 77);
        DetectionReport r = pop.run();
        for (String a : fleet) {
            AccountResult res = Fx.result(r, a);
            assertEquals(List.of(), res.findings().stream().map(Finding::detector).filter(d -> !d.equals("campaign")).toList(),
                    a + " alone is under every detector's minimum");
        }
        Cluster c = clusterOf(r, fleet.get(0));
        assertEquals(new TreeSet<>(fleet), new TreeSet<>(c.accounts()));
        assertTrue(c.flagged(), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "pooled over 40 members' 320 requests"), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "reasoning asked for or returned on 100%"), String.join("\n", c.reasons()));
        for (String a : fleet) {
            AccountResult res = Fx.result(r, a);
            assertTrue(res.flagged(), a);
            List<Finding> lift = Fx.findings(r, a, "campaign");
            assertEquals(1, lift.size());
            assertTrue(lift.get(0).explanation().startsWith("member of campaign " + c.id() + " (40 accounts"), lift.get(0).explanation());
        }
        assertEquals(Set.of(), r.flagged().stream().map(AccountResult::accountId).filter(a -> !fleet.contains(a))
                .collect(java.util.stream.Collectors.toSet()), "no ordinary customer is flagged");
    }

    @Test
    void anUndeclaredFleetDrivenByOneScriptHidesItsVolumeEvenWithOneSignOfExtraction() {
        // no reasoning asked for: the pooled requests show one sign of extraction only (distinct tasks, long answers)
        Population pop = new Population().people(260, 11);
        pop.fleetReasoning = false;
        List<String> fleet = pop.tinyFleet("u7q_", 40, 8, "tasklane/2.8.1 netio/1.12", 64_520, 77);
        Cluster c = clusterOf(pop.run(), fleet.get(0));
        assertTrue(c.flagged(), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "an undeclared fleet driven by one scripted setup"), String.join("\n", c.reasons()));
    }

    @Test
    void theSameFleetWithoutOneScriptedSetupStaysUnderTheOneSignCap() {
        Population pop = new Population().people(260, 11);
        pop.fleetReasoning = false;
        pop.fleetOneSetup = false;
        List<String> fleet = pop.tinyFleet("u7q_", 40, 8, "tasklane/2.8.1 netio/1.12", 64_520, 77);
        Cluster c = clusterOf(pop.run(), fleet.get(0));
        assertFalse(c.flagged(), String.join("\n", c.reasons()));
        assertFalse(anyReason(c, "an undeclared fleet driven by one scripted setup"), String.join("\n", c.reasons()));
    }

    @Test
    void aFleetSpreadOverPublicWebmailAndAProxyPoolIsNotADeclaredTeam() {
        // the same kind of fleet, registered on three public webmail services and sending through eight proxies
        // (five members each): no domain and no address is shared by most members, nothing is declared openly
        Population pop = new Population().people(260, 11);
        List<String> fleet = pop.tinyFleet("u7q_", 40, 8, "tasklane/2.8.1 netio/1.12", 64_520, 77, a -> "198.51.100." + (a % 8));
        Cluster c = clusterOf(pop.run(), fleet.get(0));
        assertEquals(new TreeSet<>(fleet), new TreeSet<>(c.accounts()));
        assertFalse(anyReason(c, "openly share"), String.join("\n", c.reasons()));
    }

    @Test
    void aResearchTeamEvaluatingTogetherIsLinkedButNotFlagged() {
        Population pop = new Population().people(300, 12);
        List<String> team = new ArrayList<>();
        int[] sessions = {5, 6, 12, 13, 19}; // Tuesdays and Wednesdays of three weeks
        for (int m = 0; m < 6; m++) {
            String id = "lab_" + m;
            team.add(id);
            Fx f = new Fx(pop.requests, id);
            f.ip = "192.0.2.40"; // the institute's NAT
            f.asn = 64_620;
            f.ua = "evalbench/0.7";
            f.effort = "high";
            f.reasoningTokens = 900;
            f.params = "temperature=0;";
            int i = 0;
            for (int d : sessions) {
                for (long t = T0 + d * DAY + 10 * HOUR + m * 2 * MIN; t < T0 + d * DAY + 15 * HOUR; t += 25 * MIN) {
                    f.prompt = Fx.content(500_000 + 1000 * m + i++);
                    f.at(t);
                }
            }
            pop.registry.add(new AccountFacts(id, T0 - (40 + 9 * m) * DAY, "vellmark-uni.example", null, "active"));
        }
        DetectionReport r = pop.run();
        Cluster c = clusterOf(r, "lab_0");
        assertEquals(new TreeSet<>(team), new TreeSet<>(c.accounts()));
        assertFalse(c.flagged(), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "openly share e-mail domains and addresses"), String.join("\n", c.reasons()));
        for (String a : team) {
            assertFalse(Fx.result(r, a).flagged(), a);
            assertFalse(Fx.findings(r, a, "reasoning").isEmpty(), "they do extract reasoning: " + a);
        }
    }

    @Test
    void anAccountCreatedRightAfterALinkedMembersBlockResumedAfterEnforcement() {
        Population pop = new Population().people(200, 13);
        long block = T0 + 8 * DAY + 12 * HOUR;
        Fx blocked = new Fx(pop.requests, "acct_blocked");
        for (long t = T0 + 4 * DAY; t <= block + 20 * MIN; t += 20 * MIN) {
            blocked.status = t >= block ? 403 : 200;
            blocked.prompt = Fx.content((int) ((t - T0) / MIN));
            blocked.at(t);
        }
        Fx successor = new Fx(pop.requests, "acct_successor");
        Fx sibling = new Fx(pop.requests, "acct_sibling");
        for (long t = T0 + 9 * DAY + 10 * HOUR; t < T0 + 20 * DAY; t += 40 * MIN) {
            successor.prompt = Fx.content((int) ((t - T0) / MIN) + 7);
            successor.at(t);
        }
        for (long t = T0 + 4 * DAY + 5 * HOUR; t < T0 + 20 * DAY; t += 90 * MIN) {
            sibling.prompt = Fx.content((int) ((t - T0) / MIN) + 11);
            sibling.at(t);
        }
        pop.registry.add(new AccountFacts("acct_blocked", T0 - 30 * DAY, "home-x.example", "pm_card_9931", "banned"));
        pop.registry.add(new AccountFacts("acct_successor", block + 10 * HOUR, "home-y.example", "pm_card_9931", "active"));
        pop.registry.add(new AccountFacts("acct_sibling", T0 - 12 * DAY, "home-z.example", "pm_card_9931", "active"));
        Cluster c = clusterOf(pop.run(), "acct_blocked");
        assertEquals(List.of("acct_blocked", "acct_sibling", "acct_successor"), c.accounts());
        String reasons = String.join("\n", c.reasons());
        assertTrue(reasons.contains("resumed after enforcement"), reasons);
        assertTrue(reasons.contains("acct_successor (created 10 h after acct_blocked was blocked)"), reasons);
        assertFalse(reasons.contains("acct_sibling (created"), reasons);
    }

    @Test
    void aFamilySharingACardIsLinkedButHarvestsNothing() {
        Population pop = new Population().people(150, 14);
        for (int m = 0; m < 3; m++) {
            String id = "fam_" + m;
            int shift = m;
            Fx.human(new Fx(pop.requests, id), 30, 40 + m, i -> Fx.CHAT[(i * 3 + shift) % Fx.CHAT.length]);
            pop.registry.add(new AccountFacts(id, T0 - (100 - 20 * m) * DAY, Population.WEBMAIL[m], "pm_card_family", "active"));
        }
        DetectionReport r = pop.run();
        Cluster c = clusterOf(r, "fam_0");
        assertEquals(List.of("fam_0", "fam_1", "fam_2"), c.accounts());
        assertFalse(c.flagged());
        for (int m = 0; m < 3; m++) assertTrue(Fx.findings(r, "fam_" + m, "campaign").isEmpty());
    }

    /**
     * Four accounts signed up within forty minutes, each walking distinct tasks with reasoning asked for, all through one
     * router with one client and one parameter set, busy on three days (too short for automation's persistence): the
     * first two on the same days, the others each on days of its own, so few of the fleet's ties are working in step.
     * Member k registers with domain(k) and card(k).
     */
    private static List<String> registeredTogether(Population pop, java.util.function.IntFunction<String> domain,
                                                   java.util.function.IntFunction<String> card) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(29);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            String id = "rt_" + k;
            ids.add(id);
            Fx f = new Fx(pop.requests, id);
            f.ua = "quillfetch/5.2 (linux; arm64)"; // a client that names its platform: not a bare script agent
            f.asn = 64_777;
            f.router = "relay-hub";
            f.key = "key_" + id;
            f.model = "m-large";
            f.params = "max_tokens=6000;temperature=0.35;";
            f.effort = "high";
            f.reasoningTokens = 700 + r.nextInt(400);
            for (int i = 0; i < 45; i++) {
                f.ip = "203.0.113." + r.nextInt(250);
                f.prompt = Fx.content(700_000 + 1000 * k + i);
                f.at(T0 + (3 + 5 * Math.max(0, k - 1) + i % 3) * DAY + r.nextLong(24 * HOUR)); // only the first two in step
            }
            pop.registry.add(new AccountFacts(id, T0 + DAY + 3 * HOUR + k * 10 * MIN, domain.apply(k), card.apply(k), "active"));
        }
        return ids;
    }

    @Test
    void accountsRegisteredAsOneThatShareNoOpenTieAreAFleetNotColleagues() {
        Population pop = new Population().people(1200, 15);
        List<String> fleet = registeredTogether(pop, k -> "own-" + k + ".example", k -> "pm_single_" + k);
        DetectionReport r = pop.run();
        Cluster c = clusterOf(r, fleet.get(0));
        assertEquals(new TreeSet<>(fleet), new TreeSet<>(c.accounts()));
        assertTrue(c.flagged(), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "all 4 members were registered in one burst and share no open tie"), String.join("\n", c.reasons()));
        for (String a : fleet) assertTrue(Fx.result(r, a).flagged(), a);
    }

    @Test
    void theSameAccountsOnOneCompanyDomainAndCardAreColleagues() {
        Population pop = new Population().people(1200, 15);
        List<String> team = registeredTogether(pop, k -> "qorvant-labs.example", k -> "pm_corporate_7");
        Cluster c = clusterOf(pop.run(), team.get(0));
        assertEquals(new TreeSet<>(team), new TreeSet<>(c.accounts()));
        assertFalse(anyReason(c, "registered in one burst and share no open tie"), String.join("\n", c.reasons()));
        assertFalse(c.flagged(), String.join("\n", c.reasons()));
    }
    /**
     * Thirty accounts of thirty requests each (too few for any one to be judged on coverage), no reasoning asked for,
     * all registered on one company domain with one corporate card: a fleet that declares itself as a team.
     */
    private static List<String> declaredFleet(Population pop) {
        pop.fleetReasoning = false;
        List<String> fleet = pop.tinyFleet("sq_", 30, 30, "harborkit/3.1 pyreq/2.31", 64_530, 91);
        pop.registry.replaceAll(f -> fleet.contains(f.accountId())
                ? new AccountFacts(f.accountId(), f.createdAtMs(), "brackwater-labs.example", "pm_corp_0042", f.status())
                : f);
        return fleet;
    }

    @Test
    void oneScriptedSetupCutIntoSeatsTooSmallToJudgeIsAnOperationEvenWhenDeclared() {
        Population pop = new Population().people(260, 11);
        List<String> fleet = declaredFleet(pop);
        DetectionReport r = pop.run();
        Cluster c = clusterOf(r, fleet.get(0));
        assertEquals(new TreeSet<>(fleet), new TreeSet<>(c.accounts()));
        assertTrue(anyReason(c, "openly share"), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "one scripted setup is spread over 30 accounts, most of them under 40 requests"),
                String.join("\n", c.reasons()));
        assertTrue(c.flagged(), String.join("\n", c.reasons()));
        for (String a : fleet) assertTrue(Fx.result(r, a).flagged(), a);
    }

    @Test
    void theSameDeclaredSeatsEachWithTheirOwnSetupAreATeam() {
        Population pop = new Population().people(260, 11);
        pop.fleetOneSetup = false;
        List<String> team = declaredFleet(pop);
        Cluster c = clusterOf(pop.run(), team.get(0));
        assertFalse(anyReason(c, "one scripted setup is spread"), String.join("\n", c.reasons()));
        assertFalse(c.flagged(), String.join("\n", c.reasons()));
    }

    /** The tiny fleet with no reasoning asked for and answers shorter than the prompts; distinct or the same eight prompts. */
    private static List<String> shortAnswerFleet(Population pop, boolean distinctPrompts) {
        pop.fleetReasoning = false;
        pop.fleetAnswerTokens = 60;
        pop.fleetDistinctPrompts = distinctPrompts;
        return pop.tinyFleet("u7q_", 40, 8, "tasklane/2.8.1 netio/1.12", 64_520, 77);
    }

    @Test
    void aFleetWalkingDistinctTasksForShortAnswersIsNotExcusedForWantOfExtraction() {
        // no reasoning and answers shorter than the prompts: coverage does not count the pooled requests, yet the fleet
        // is one scripted setup cut into accounts of eight requests, none repeating another's task
        Population pop = new Population().people(260, 11);
        List<String> fleet = shortAnswerFleet(pop, true);
        DetectionReport r = pop.run();
        Cluster c = clusterOf(r, fleet.get(0));
        assertFalse(anyReason(c, "capped at 0.50"), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "not capped for want of extraction: the 40 members walk distinct tasks"), String.join("\n", c.reasons()));
        assertTrue(anyReason(c, "but answers shorter than the prompts (0.60 output tokens per input token; coverage counts from 1.00)"),
                String.join("\n", c.reasons()));
        assertTrue(c.flagged(), String.join("\n", c.reasons()));
        for (String a : fleet) assertTrue(Fx.result(r, a).flagged(), a);
    }

    @Test
    void theSameFleetSendingTheSamePromptsFromEveryAccountWalksNothing() {
        // forty accounts polling the same eight prompts (a monitor, a health check): one program, but no walk
        Population pop = new Population().people(260, 11);
        List<String> fleet = shortAnswerFleet(pop, false);
        Cluster c = clusterOf(pop.run(), fleet.get(0));
        assertFalse(anyReason(c, "not capped for want of extraction"), String.join("\n", c.reasons()));
        assertFalse(c.flagged(), String.join("\n", c.reasons()));
    }
    /**
     * The monitor fleet below, in which the member whose traffic ends first was blocked, and one new account on the
     * blocked member's card, registered ten hours after the block, sends the same requests: one replacement in forty.
     */
    private static String[] oneReplacement(Population pop, List<String> fleet) {
        java.util.Map<String, Long> last = new java.util.HashMap<>();
        for (io.alembic.detect.RequestFacts q : pop.requests) last.merge(q.accountId(), q.tsMs(), Math::max);
        String blocked = fleet.stream().min(java.util.Comparator.comparingLong(last::get)).orElseThrow();
        long at = last.get(blocked);
        String card = "pm_card_5518";
        pop.registry.replaceAll(f -> f.accountId().equals(blocked)
                ? new AccountFacts(blocked, f.createdAtMs(), f.emailDomain(), card, "banned") : f);
        Fx f = new Fx(pop.requests, "u7q_next");
        f.ua = "tasklane/2.8.1 netio/1.12";
        f.asn = 64_520;
        f.ip = "198.19.9.9";
        f.model = "m-large";
        f.params = "max_tokens=8192;reasoning_effort=high;temperature=0.6;";
        f.out = 60;
        for (int i = 0; i < 8; i++) {
            f.prompt = Fx.content(i);
            f.at(at + 12 * HOUR + i * 3 * HOUR);
        }
        pop.registry.add(new AccountFacts("u7q_next", at + 10 * HOUR, Population.WEBMAIL[0], card, "active"));
        return new String[]{blocked, "u7q_next"};
    }

    @Test
    void oneReplacementInALargeClusterDoesNotStandInForWhatTheOthersDidNotHarvest() {
        Population pop = new Population().people(260, 11);
        List<String> fleet = shortAnswerFleet(pop, false);
        String[] pair = oneReplacement(pop, fleet);
        Cluster c = clusterOf(pop.run(), fleet.get(0));
        String reasons = String.join("\n", c.reasons());
        assertTrue(reasons.contains("resumed after enforcement: 1 members"), reasons);
        assertTrue(reasons.contains(pair[1] + " (created 10 h after " + pair[0] + " was blocked)"), reasons);
        assertTrue(reasons.contains("Blocked members and their replacements are 2 of " + c.accounts().size()
                + " members, under half, so this does not stand in"), reasons);
        assertFalse(c.flagged(), reasons);
    }
}
