package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterAndScoringTest {
    /** A campaign behind a router plus ordinary customers of the same router: only the campaign may be merged. */
    private static List<RequestFacts> routerFixture() {
        List<RequestFacts> rs = Fx.list();
        for (String a : List.of("acct_c1", "acct_c2", "acct_c3")) {
            Fx f = new Fx(rs);
            f.account = a;
            f.ip = "203.0.113.7";
            f.router = "relay.example.net";
            f.effort = "high";
            Fx.scripted(f, a.equals("acct_c3") ? 8 : 200, 15 * Fx.MIN, i -> DetectorsTest.COT + Fx.content(i));
        }
        for (String a : List.of("acct_u1", "acct_u2", "acct_u3", "acct_u4")) {
            Fx f = new Fx(rs);
            f.account = a;
            f.ip = "203.0.113.7";
            f.router = "relay.example.net";
            f.ua = "Mozilla/5.0 (X11; Linux x86_64)";
            Fx.human(f, 30, i -> "what should I cook tonight " + Fx.content(i));
        }
        return rs;
    }

    private static AccountFacts[] registry() {
        return new AccountFacts[]{new AccountFacts("acct_c1", Fx.T0 - 5 * Fx.DAY, "gmail.com", "pf_1", "active"),
                new AccountFacts("acct_c2", Fx.T0 - 5 * Fx.DAY + Fx.HOUR, "gmail.com", "pf_1", "active"),
                new AccountFacts("acct_c3", Fx.T0 - 300 * Fx.DAY, "gmail.com", "pf_1", "active"),
                new AccountFacts("acct_u1", Fx.T0 - 100 * Fx.DAY, "gmail.com", "pf_u1", "active"),
                new AccountFacts("acct_u2", Fx.T0 - 200 * Fx.DAY, "gmail.com", "pf_u2", "active"),
                new AccountFacts("acct_u3", Fx.T0 - 400 * Fx.DAY, "gmail.com", "pf_u3", "active"),
                new AccountFacts("acct_u4", Fx.T0 - 500 * Fx.DAY, "gmail.com", "pf_u4", "active")};
    }

    @Test
    void routerCustomersAreNotMergedButThePaymentLinkedCampaignIs() {
        DetectionReport r = Fx.run(routerFixture(), registry());
        assertEquals(1, r.clusters().size(), r.clusters().toString());
        assertEquals(List.of("acct_c1", "acct_c2", "acct_c3"), r.clusters().get(0).accounts());
        assertTrue(r.clusters().get(0).links().stream().anyMatch(l -> l.kind().equals("payment")));
        assertTrue(r.clusters().get(0).links().stream().noneMatch(l -> l.kind().equals("ip")));
        for (AccountResult a : r.accounts()) {
            if (a.accountId().startsWith("acct_u")) {
                assertNull(a.cluster());
                assertTrue(!a.flagged(), a.toString());
            }
        }
    }

    @Test
    void campaignScorePropagatesToItsWeakMemberWithTheReason() {
        DetectionReport r = Fx.run(routerFixture(), registry());
        AccountResult weak = r.accounts().stream().filter(a -> a.accountId().equals("acct_c3")).findFirst().orElseThrow();
        assertTrue(weak.flagged(), weak.toString());
        Finding f = weak.findings().stream().filter(x -> x.detector().equals("cluster")).findFirst().orElseThrow();
        assertTrue(f.explanation().contains("payment"), f.explanation());
        assertTrue(r.accounts().stream().filter(a -> a.accountId().equals("acct_c1")).findFirst().orElseThrow().score() >= 0.7);
    }

    @Test
    void sameInputAndRulesGiveTheSameReport() {
        String a = ReportCodec.toString(Fx.run(routerFixture(), registry()));
        String b = ReportCodec.toString(Fx.run(routerFixture(), registry()));
        assertEquals(a, b);
        assertEquals(a, ReportCodec.toString(ReportCodec.parse(a)));
    }

    @Test
    void ruleOverrideChangesBehaviourAndVersion(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path over = dir.resolve("rules.json");
        Files.writeString(over, "{\"scoring\": {\"flag_threshold\": 0.999}}");
        RuleSet rules = RuleSet.load(over);
        assertNotEquals(RuleSet.builtin().version(), rules.version());
        DetectionReport r = new DetectionEngine(rules).run(routerFixture(), List.of(registry()));
        assertTrue(r.flagged().isEmpty());
        assertEquals(rules.version(), r.rulesVersion());
    }
}
