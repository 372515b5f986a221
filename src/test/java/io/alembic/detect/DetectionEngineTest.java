package io.alembic.detect;

import io.alembic.detect.cluster.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectionEngineTest {
    /** Ordinary customers, a fleet, and one account busy enough to have findings of its own. */
    private static Population scenario() {
        Population pop = new Population().people(150, 21);
        pop.tinyFleet("n4c_", 30, 8, "tasklane/2.8.1 netio/1.12", 64_520, 5);
        Fx f = new Fx(pop.requests, "acct_solo");
        f.effort = "high";
        for (int i = 0; i < 60; i++) {
            f.prompt = Fx.content(900_000 + i);
            f.at(T0 + i * 47 * MIN);
        }
        return pop;
    }

    @Test
    void sameInputTwiceGivesByteIdenticalReports() {
        Population pop = scenario();
        String a = ReportCodec.toString(pop.run()), b = ReportCodec.toString(pop.run());
        assertEquals(a, b);
        assertTrue(a.contains("\"campaign\""), "the scenario exercises clusters and campaign findings");
    }

    @Test
    void reportsSurviveTheCodec() {
        DetectionReport r = scenario().run();
        DetectionReport back = ReportCodec.parse(ReportCodec.toString(r));
        assertEquals(ReportCodec.toString(r), ReportCodec.toString(back));
        assertEquals(r.rulesVersion(), back.rulesVersion());
        assertEquals(r.accounts().size(), back.accounts().size());
        Cluster flagged = r.clusters().stream().filter(Cluster::flagged).findFirst().orElseThrow();
        Cluster parsed = back.clusters().stream().filter(c -> c.id().equals(flagged.id())).findFirst().orElseThrow();
        assertEquals(flagged.score(), parsed.score());
        assertTrue(parsed.flagged());
        assertEquals(flagged.reasons(), parsed.reasons());
        assertEquals(flagged.accounts(), parsed.accounts());
        assertEquals(flagged.links(), parsed.links());
    }

    @Test
    void unreadableReportsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportCodec.parse("{not json"));
    }

    @Test
    void aRuleOverrideChangesTheVersionAndTheVerdict(@TempDir Path dir) throws Exception {
        Population pop = scenario();
        double share = Fx.rule("reasoning").num("min_share");
        Path file = dir.resolve("rules.json");
        Files.writeString(file, "{\"reasoning\": {\"min_share\": " + (share + (1 - share) / 2) + "}}");
        RuleSet strict = RuleSet.load(file);
        assertNotEquals(RuleSet.builtin().version(), strict.version());
        assertEquals(RuleSet.builtin().sectionVersions(), strict.sectionVersions(), "shipped section versions stay");
        // acct_solo asks for reasoning on all 60 of its requests; plain ones bring its share just above the shipped
        // threshold, well below the strict one
        Fx f = new Fx(pop.requests, "acct_solo");
        int plain = (int) Math.ceil(60 * (1 - share) / share) - 1;
        for (int i = 0; i < plain; i++) {
            f.prompt = Fx.content(950_000 + i);
            f.at(T0 + 3 * Fx.DAY + i * 53 * MIN);
        }
        DetectionReport shipped = pop.run(), tight = new DetectionEngine(strict).run(pop.requests, pop.registry);
        assertEquals(strict.version(), tight.rulesVersion());
        assertFalse(Fx.findings(shipped, "acct_solo", "reasoning").isEmpty());
        assertTrue(Fx.findings(tight, "acct_solo", "reasoning").isEmpty());
    }

    @Test
    void evidenceNamesRealRequestsOfTheAccount() {
        Population pop = scenario();
        Map<String, String> owner = new HashMap<>();
        for (RequestFacts q : pop.requests) owner.put(q.requestId(), q.accountId());
        DetectionReport r = pop.run();
        int cited = 0;
        for (AccountResult a : r.accounts()) {
            for (Finding f : a.findings()) {
                assertTrue(f.evidenceSample().size() <= Finding.MAX_EVIDENCE);
                for (String id : f.evidenceSample()) {
                    assertEquals(a.accountId(), owner.get(id), f.detector() + " of " + a.accountId() + " cites " + id);
                    cited++;
                }
            }
        }
        assertTrue(cited > 100, "the scenario cites evidence: " + cited);
        assertEquals(pop.requests.size(), r.requests());
    }

    @Test
    void accountsAreRankedByScore() {
        List<AccountResult> a = scenario().run().accounts();
        for (int i = 1; i < a.size(); i++) assertTrue(a.get(i - 1).score() >= a.get(i).score());
    }
}
