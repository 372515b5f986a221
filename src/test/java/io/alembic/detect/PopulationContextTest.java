package io.alembic.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reduced bundle's population context makes the kept accounts score as they did in the full population. */
class PopulationContextTest {
    /** Eight scripted harvesters sharing one card, and forty people who share nothing; one card holder is dropped. */
    private static List<RequestFacts> log() {
        List<RequestFacts> reqs = Fx.list();
        for (int a = 0; a < 8; a++) {
            Fx f = new Fx(reqs, "acct_fleet" + a);
            f.effort = "high";
            f.reasoning = true;
            int base = a * 1000;
            Fx.scripted(f, 60, T0 + a * MIN, 40 * MIN, i -> Fx.content(base + i));
        }
        for (int p = 0; p < 40; p++) {
            Fx f = new Fx(reqs, "acct_person" + p);
            f.ua = "Mozilla/5.0 (X11; FreeBSD amd64)";
            f.ip = "100.64.3." + p;
            int base = 50_000 + p * 100;
            Fx.human(f, 25, p, i -> Fx.content(base + i));
        }
        return reqs;
    }

    private static List<AccountFacts> registry() {
        List<AccountFacts> r = new ArrayList<>();
        for (int a = 0; a < 8; a++) r.add(new AccountFacts("acct_fleet" + a, T0 - 100 * HOUR * (a + 1), null, "pf_shared", "active"));
        for (int p = 0; p < 40; p++) r.add(new AccountFacts("acct_person" + p, T0 - 900 * HOUR * (p + 1), null, "pf_" + p, "active"));
        return r;
    }

    @Test
    void keptAccountsScoreAsInTheFullRunEvenWhenALongListsHubIsDropped(@TempDir Path tmp) throws Exception {
        // a pair cap below the card's eight holders makes the card a star through its first holder, acct_fleet0
        Path rules = tmp.resolve("rules.json");
        Files.writeString(rules, "{\"cluster\": {\"pair_cap\": 4}}");
        DetectionEngine engine = new DetectionEngine(RuleSet.load(rules));
        List<RequestFacts> reqs = log();
        var b = engine.newBuilder();
        List<String> ids = new ArrayList<>();
        for (RequestFacts r : reqs) { b.accept(r); ids.add(r.requestId()); }
        LogContext log0 = new LogContext(b.windowStart(), b.windowEnd(), 0, b.requests());
        List<AccountSummary> all = engine.summarize(b, log0);
        LogContext log = new LogContext(log0.windowStart(), log0.windowEnd(), all.size(), log0.requests());
        RequestIds named = seqs -> { List<String> o = new ArrayList<>(); for (int s : seqs) o.add(ids.get(s)); return o; };
        DetectionReport full = engine.score(all, registry(), log, named);

        Set<String> keep = new TreeSet<>();
        for (int a = 1; a < 8; a++) keep.add("acct_fleet" + a); // the star's hub is not kept
        for (int p = 0; p < 40; p += 5) keep.add("acct_person" + p);
        PopulationContext ctx = PopulationContext.parse(engine.context(all, registry(), log, keep).toJson());
        assertEquals("acct_fleet0", ctx.hubs().get("payment\u0001pf_shared"));
        assertEquals(8, ctx.counts().get("payment\u0001pf_shared"));

        DetectionReport reduced = engine.score(all.stream().filter(s -> keep.contains(s.accountId())).toList(),
                registry().stream().filter(f -> keep.contains(f.accountId())).toList(), ctx.log(), named, ctx);
        Map<String, Double> fullScores = new TreeMap<>();
        full.accounts().forEach(a -> fullScores.put(a.accountId(), a.score()));
        for (AccountResult a : reduced.accounts()) assertEquals(fullScores.get(a.accountId()), a.score(), 1e-12, a.accountId());
        assertFalse(reduced.accounts().isEmpty());

        // the clusters are the full run's, restricted to the kept accounts, under the same stable names
        for (var c : reduced.clusters()) {
            var same = full.clusters().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
            assertEquals(same.accounts().stream().filter(keep::contains).toList(), c.accounts(), c.id());
            assertEquals(same.score(), c.score(), 1e-12, c.id());
        }
    }

    @Test
    void aTextThatIsNotAContextIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PopulationContext.parse("{\"format\": \"x\"}"));
        assertTrue(e.getMessage().contains("not an Alembic population context"), e.getMessage());
    }
}
