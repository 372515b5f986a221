package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.Fx;
import io.alembic.detect.Population;
import io.alembic.detect.RequestFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static io.alembic.detect.cluster.Sx.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkStageTest {
    private static AccountFacts facts(String id, String domain, String card) { return new AccountFacts(id, null, domain, card, "active"); }

    @Test
    void aSharedPaymentCardLinks() {
        List<AccountSummary> s = Sx.blank(60);
        List<AccountFacts> reg = new ArrayList<>();
        for (int i = 0; i < 60; i++) reg.add(facts(id(i), "home-" + i + ".example", i == 17 ? "pm_card_4421" : "pm_card_" + i));
        reg.set(42, facts(id(42), "home-42.example", "pm_card_4421"));
        LinkGraph g = Sx.graph(s, reg);
        assertTrue(g.strength(id(17), id(42)) >= Sx.threshold());
        assertEquals(List.of("payment"), g.kinds(id(17), id(42)));
        assertEquals(0.0, g.strength(id(17), id(18)));
        assertEquals(1, g.pairs());
    }

    @Test
    void aWebmailDomainHeldByManyAccountsDoesNotLink() {
        int n = 1000;
        List<AccountSummary> s = Sx.blank(n);
        List<AccountFacts> reg = new ArrayList<>();
        for (int i = 0; i < n; i++) reg.add(facts(id(i), i < 600 ? "postbox.example" : i < 603 ? "quarry-lab.example" : "home-" + i + ".example", null));
        LinkGraph g = Sx.graph(s, reg);
        assertEquals(0.0, g.strength(id(1), id(2)), "six hundred accounts on one webmail say nothing about any two of them");
        assertTrue(g.links().stream().noneMatch(l -> l.value().equals("postbox.example")));
        // a small custom domain is a link, but an open one: alone it never reaches the cluster threshold
        assertTrue(g.links().stream().anyMatch(l -> l.kind().equals("email_domain") && l.value().equals("quarry-lab.example")
                && l.accounts().size() == 3));
        double custom = g.strength(id(600), id(601));
        assertTrue(custom > 0 && custom < Sx.threshold(), "custom domain strength " + custom);
    }

    @Test
    void aWebmailDomainHeldByAQuarterOfASmallLogCarriesNoWeight() {
        // a case of 300 accounts, 75 of them on one public webmail service
        int n = 300;
        List<AccountSummary> s = Sx.blank(n);
        List<AccountFacts> reg = new ArrayList<>();
        for (int i = 0; i < n; i++) reg.add(facts(id(i), i % 4 == 0 ? "postbox.example" : "home-" + i + ".example", null));
        LinkGraph g = Sx.graph(s, reg);
        assertEquals(0.0, g.strength(id(0), id(4)), "a quarter of all accounts share it: " + g.kinds(id(0), id(4)));
    }

    @Test
    void sharedSoftwareAloneNeverLinksEvenWhenRare() {
        // exactly two of two thousand accounts use one app: same agent, parameter set, system prompt and scaffold
        int n = 2000;
        List<AccountSummary> s = new ArrayList<>(Sx.blank(n));
        List<LinkToken> app = List.of(new LinkToken("agent", "Tallyho/3.2 (iPad; iPadOS 17.5)"), new LinkToken("setup", "m-chat|temperature=0.3;"),
                new LinkToken("system", "5eed"), new LinkToken("template", "0:00ab12cd"), new LinkToken("asn_agent", "64601 Tallyho/3.2"));
        s.set(5, Sx.of(id(5), app));
        s.set(1500, Sx.of(id(1500), app));
        LinkGraph g = Sx.graph(s, List.of());
        assertTrue(g.links().stream().anyMatch(l -> l.kind().equals("agent")), "the shared value is shown");
        assertEquals(0.0, g.strength(id(5), id(1500)));
    }

    @Test
    void usersOfOneAppDoNotLink() {
        // twenty customers of one budgeting app (one agent, parameter set and system prompt), among forty others
        Population pop = new Population().people(40, 3).edges();
        SplittableRandom r = new SplittableRandom(8);
        for (int u = 0; u < 20; u++) {
            Fx f = new Fx(pop.requests, "app_" + u);
            f.ua = "Tallyho/3.2 (iPad; iPadOS 17.5; Scale/2.00)";
            f.params = "max_tokens=600;temperature=0.3;";
            f.system = "You are the assistant inside a household budgeting app. Answer about money matters only.";
            f.ip = "81.200." + u + ".9";
            f.asn = 64_600 + u % 3;
            for (int i = 0; i < 25; i++) {
                f.prompt = Fx.CHAT[r.nextInt(Fx.CHAT.length)];
                f.at(T0 + r.nextInt(30) * DAY + 7 * HOUR + r.nextLong(16 * HOUR));
            }
        }
        LinkGraph g = new LinkStage(Sx.CLUSTER).build(Fx.summaries(pop.requests), Sx.registry(pop.registry));
        for (int a = 0; a < 20; a++) for (int b = a + 1; b < 20; b++) {
            assertTrue(g.strength("app_" + a, "app_" + b) < Sx.threshold(), "app_" + a + " / app_" + b + " " + g.kinds("app_" + a, "app_" + b));
        }
    }

    /**
     * Scripts of one operator from different addresses, networks, agents and parameter sets: they start on 4 January,
     * stop on 18 January, rest on Thursday 8 January and pause together twice.
     */
    private static void fleetScript(List<RequestFacts> reqs, String id, int k) {
        Fx f = new Fx(reqs, id);
        f.ip = "100.80." + k + ".3";
        f.asn = 64_700 + k;
        f.ua = "worker" + k + "/1." + k;
        f.params = "temperature=0." + (k + 1) + ";";
        SplittableRandom r = new SplittableRandom(k);
        long[][] pauses = {{T0 + 5 * DAY + 10 * HOUR + 45 * MIN, T0 + 5 * DAY + 16 * HOUR + 45 * MIN},
                {T0 + 12 * DAY + 2 * HOUR + 40 * MIN, T0 + 12 * DAY + 7 * HOUR + 45 * MIN}};
        int i = 0;
        for (long t = T0 + 3 * DAY + 20 * MIN + k * 3 * MIN; t < T0 + 17 * DAY + 23 * HOUR; t += 25 * MIN + r.nextLong(-4 * MIN, 4 * MIN)) {
            boolean paused = Math.floorDiv(t, DAY) == T0 / DAY + 7;
            for (long[] p : pauses) paused |= t > p[0] + k * 4 * MIN && t < p[1] + k * 4 * MIN;
            if (paused) continue;
            f.prompt = Fx.content(10_000 * k + i++);
            f.at(t);
        }
    }

    /** Office hours on weekdays (start 08:30-09:30, end 16:30-18:00), each person taking a few random days off. */
    private static void officeWorker(List<RequestFacts> reqs, String id, long seed) {
        Fx f = new Fx(reqs, id);
        f.ip = "81.150." + seed + ".20";
        f.asn = 64_600 + seed % 20;
        f.ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0";
        SplittableRandom r = new SplittableRandom(seed * 101);
        int daysOff = r.nextInt(4);
        java.util.Set<Integer> off = new java.util.HashSet<>();
        while (off.size() < daysOff) off.add(1 + r.nextInt(28));
        for (int d = 0; d < 30; d++) {
            if (Fx.weekend(T0 / DAY + d) || off.contains(d)) continue;
            long start = T0 + d * DAY + 8 * HOUR + 30 * MIN + r.nextLong(HOUR), end = T0 + d * DAY + 16 * HOUR + 30 * MIN + r.nextLong(90 * MIN);
            for (long t = start; t < end; t += 15 * MIN + r.nextLong(25 * MIN)) {
                f.prompt = Fx.CHAT[r.nextInt(Fx.CHAT.length)];
                f.at(t);
            }
        }
    }

    @Test
    void accountsThatStartPauseRestAndStopTogetherLinkByCoactivity() {
        Population pop = new Population().people(30, 5).edges();
        for (int k = 0; k < 3; k++) fleetScript(pop.requests, "ops_" + k, k);
        for (int w = 0; w < 30; w++) officeWorker(pop.requests, "desk_" + String.format("%02d", w), w);
        LinkGraph g = new LinkStage(Sx.CLUSTER).build(Fx.summaries(pop.requests), Sx.registry(pop.registry));
        for (int a = 0; a < 3; a++) for (int b = a + 1; b < 3; b++) {
            assertTrue(g.strength("ops_" + a, "ops_" + b) >= Sx.threshold(), "ops pair " + a + "/" + b + " " + g.strength("ops_" + a, "ops_" + b));
            assertEquals(List.of("coactivity"), g.kinds("ops_" + a, "ops_" + b));
        }
        List<String> falseLinks = new ArrayList<>();
        g.forEachPair((a, b, s, kinds) -> {
            if (s + 1e-9 >= Sx.threshold() && !(a.startsWith("ops_") && b.startsWith("ops_"))) falseLinks.add(a + "/" + b + " " + s + " " + kinds);
        });
        assertEquals(List.of(), falseLinks, "office workers with random days off and similar hours");
    }

    @Test
    void linkDisplayNamesTheAccountsAndIsDeterministic() {
        List<AccountSummary> s = Sx.blank(60);
        List<AccountFacts> reg = new ArrayList<>();
        for (int i = 0; i < 60; i++) reg.add(facts(id(i), "home-" + i + ".example", i % 20 == 3 ? "pm_shared_card" : null));
        LinkGraph a = Sx.graph(s, reg), b = Sx.graph(s, reg);
        assertEquals(a.links(), b.links());
        Link pay = a.links().stream().filter(l -> l.kind().equals("payment")).findFirst().orElseThrow();
        assertEquals(List.of(id(3), id(23), id(43)), pay.accounts());
        assertFalse(a.linksOf(id(23)).isEmpty());
    }
}
