package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The varied scenarios: paraphrased harvesting, office-hours scripts, and benign accounts that share one trait each. */
class HardScenariosTest {
    private static final String[] PARAPHRASES = {"Walk through your thinking in detail before you commit to an answer.",
            "Lay out every intermediate step and document each calculation.", "Make your reasoning explicit at every stage.",
            "Give a rigorous derivation with all intermediate reasoning."};

    /** Weekday office hours only, jittered: no night traffic and no machine-regular gaps. */
    private static void office(Fx f, int perDay, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        int i = 0;
        for (int day = 0; day < 30; day++) {
            if (Math.floorMod(3 + day, 7) >= 5) continue;
            for (int k = 0; k < perDay; k++) {
                f.prompt = prompt.apply(i++);
                f.at(Fx.T0 + day * Fx.DAY + 9 * Fx.HOUR + r.nextLong(8 * Fx.HOUR));
            }
        }
    }

    @Test
    void harvestCountsParaphrasedReasoningDemands() {
        List<RequestFacts> rs = Fx.list();
        Fx.scripted(new Fx(rs), 40, 30 * Fx.MIN, i -> Fx.content(i) + " " + PARAPHRASES[i % PARAPHRASES.length]);
        List<Finding> f = Fx.findings(Fx.run(rs), "acct_a", "harvest");
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("40 paraphrased"), f.get(0).explanation());
    }

    @Test
    void automationFiresOnOfficeHoursScriptNotOnEvalSessions() {
        List<RequestFacts> rs = Fx.list();
        office(new Fx(rs), 12, i -> Fx.content(i) + " " + PARAPHRASES[i % PARAPHRASES.length]);
        Fx eval = new Fx(rs);
        eval.account = "acct_eval";
        eval.ip = "192.0.2.5";
        eval.asn = 64800;
        eval.ua = "lm-eval-harness/0.4.5 python-requests/2.32.3";
        eval.prompt = "Q: what is 2+2?\nA: Let's think step by step.";
        for (int day : new int[]{1, 6, 13}) for (int i = 0; i < 80; i++) eval.at(Fx.T0 + day * Fx.DAY + 10 * Fx.HOUR + i * Fx.MIN);
        DetectionReport r = Fx.run(rs);
        assertEquals(1, Fx.findings(r, "acct_a", "automation").size());
        assertTrue(Fx.findings(r, "acct_a", "cadence").isEmpty(), "office hours must not look like a 24/7 scheduler");
        assertTrue(r.accounts().stream().filter(a -> a.accountId().equals("acct_a")).findFirst().orElseThrow().flagged());
        assertTrue(Fx.findings(r, "acct_eval", "automation").isEmpty());
        AccountResult e = r.accounts().stream().filter(a -> a.accountId().equals("acct_eval")).findFirst().orElseThrow();
        assertFalse(e.flagged(), e.toString());
    }

    @Test
    void wordingAloneIsCappedBelowTheFlagWithANote() {
        List<RequestFacts> rs = Fx.list();
        Fx tutor = new Fx(rs);
        tutor.account = "acct_tutor";
        tutor.ua = "Mozilla/5.0 (iPhone)";
        tutor.effort = "high";
        Fx.human(tutor, 60, i -> "Explain this step by step and show every step so I can learn it:\n" + Fx.content(i));
        AccountResult a = Fx.run(rs).accounts().get(0);
        assertFalse(a.flagged(), a.toString());
        assertTrue(a.findings().stream().anyMatch(f -> f.detector().equals("harvest")));
        assertTrue(a.findings().stream().anyMatch(f -> f.detector().equals("scoring") && f.explanation().contains("capped")), a.toString());
    }
}
