package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each detector fires on its pattern and stays silent on the benign look-alike the issue names. */
class DetectorsTest {
    static final String COT = "Solve the following problem. Think step by step and show all your reasoning.\n\nProblem: ";

    @Test
    void cadenceFiresOnSchedulerNotOnEvalHarnessSessions() {
        List<RequestFacts> rs = Fx.list();
        Fx.scripted(new Fx(rs), 300, 20 * Fx.MIN, Fx::content);
        Fx eval = new Fx(rs);
        eval.account = "acct_eval";
        for (int day = 0; day < 5; day++) for (int i = 0; i < 60; i++) eval.at(Fx.T0 + day * Fx.DAY + 9 * Fx.HOUR + i * 2 * Fx.MIN);
        DetectionReport r = Fx.run(rs);
        List<Finding> f = Fx.findings(r, "acct_a", "cadence");
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("of 299 inter-request gaps"), f.get(0).explanation());
        assertTrue(Fx.findings(r, "acct_eval", "cadence").isEmpty());
    }

    @Test
    void volumeFiresOnSteadyRoundTheClockStreamNotOnOfficeIntegration() {
        List<RequestFacts> rs = Fx.list();
        Fx.scripted(new Fx(rs), 30 * 48, 30 * Fx.MIN, Fx::content);
        Fx app = new Fx(rs);
        app.account = "acct_app";
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int day = 0; day < 30; day++) {
            if (Math.floorMod(3 + day, 7) >= 5) continue; // no weekend traffic
            int n = 20 + r.nextInt(60);
            for (int i = 0; i < n; i++) app.at(Fx.T0 + day * Fx.DAY + 8 * Fx.HOUR + r.nextLong(10 * Fx.HOUR));
        }
        DetectionReport rep = Fx.run(rs);
        assertEquals(1, Fx.findings(rep, "acct_a", "volume").size());
        assertTrue(Fx.findings(rep, "acct_app", "volume").isEmpty());
    }

    @Test
    void templatingFiresOnScaffoldNotOnAppWithFixedSystemPrompt() {
        List<RequestFacts> rs = Fx.list();
        Fx.human(new Fx(rs), 80, i -> COT + Fx.content(i));
        Fx app = new Fx(rs);
        app.account = "acct_app";
        app.system = "You are the support assistant for Lumen Home Insurance. Answer questions politely.";
        String[] openers = {"hi", "why is", "can I", "my claim", "when does", "please help", "is it true", "what if", "I need"};
        Fx.human(app, 80, i -> openers[i % openers.length] + " " + Fx.content(i));
        DetectionReport r = Fx.run(rs);
        List<Finding> f = Fx.findings(r, "acct_a", "templating");
        assertEquals(1, f.size());
        assertTrue(f.get(0).evidenceCount() >= 60, f.get(0).explanation());
        assertTrue(Fx.findings(r, "acct_app", "templating").isEmpty());
    }

    @Test
    void harvestFiresOnChainOfThoughtScaffoldNotOnStepwiseLearner() {
        List<RequestFacts> rs = Fx.list();
        Fx d = new Fx(rs);
        d.effort = "high";
        Fx.scripted(d, 40, 30 * Fx.MIN, i -> COT + Fx.content(i));
        Fx learner = new Fx(rs);
        learner.account = "acct_learner";
        learner.effort = "high";
        String[] asks = {"can you explain step by step how to solve this? ", "I'm stuck on my homework, could you walk me through it? ",
                "what are the steps? "};
        Fx.human(learner, 40, i -> asks[i % 3] + Fx.content(i));
        DetectionReport r = Fx.run(rs);
        List<Finding> f = Fx.findings(r, "acct_a", "harvest");
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().startsWith("40 of 40 prompts (100%)"), f.get(0).explanation());
        assertTrue(f.get(0).explanation().contains("reasoning_effort=high on 100%"), f.get(0).explanation());
        assertTrue(Fx.findings(r, "acct_learner", "harvest").isEmpty());
    }

    @Test
    void sweepFiresOnManyTaskFamiliesNotOnOneDomain() {
        List<RequestFacts> rs = Fx.list();
        String[] forms = {"Write a Python function that reverses a list ", "Solve the equation and calculate the sum ",
                "Explain photosynthesis in biology ", "Translate into French: ", "Write a short story essay about "};
        Fx.scripted(new Fx(rs), 100, 30 * Fx.MIN, i -> forms[i % forms.length] + Fx.content(i));
        Fx app = new Fx(rs);
        app.account = "acct_app";
        Fx.human(app, 100, i -> "Summarize this ticket: " + Fx.content(i));
        DetectionReport r = Fx.run(rs);
        assertEquals(1, Fx.findings(r, "acct_a", "sweep").size());
        assertTrue(Fx.findings(r, "acct_app", "sweep").isEmpty());
    }

    @Test
    void evasionFiresOnKeyRotationAfterRateLimitsNotOnOrdinaryRetry() {
        List<RequestFacts> rs = Fx.list();
        Fx d = new Fx(rs);
        for (int k = 0; k < 4; k++) {
            d.key = "key_" + k;
            for (int i = 0; i < 20; i++) {
                d.status = i == 19 ? 429 : 200;
                d.at(Fx.T0 + (k * 20 + i) * Fx.MIN);
            }
        }
        Fx app = new Fx(rs);
        app.account = "acct_app";
        for (int i = 0; i < 80; i++) {
            app.key = i % 5 == 0 ? "key_b" : "key_a";
            app.status = i == 9 ? 429 : 200;
            app.at(Fx.T0 + i * Fx.MIN);
        }
        DetectionReport r = Fx.run(rs);
        List<Finding> f = Fx.findings(r, "acct_a", "evasion");
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("3 times"), f.get(0).explanation());
        assertTrue(Fx.findings(r, "acct_app", "evasion").isEmpty());
    }

    @Test
    void evasionFiresOnAccountCreatedAfterABan() {
        List<RequestFacts> rs = Fx.list();
        Fx banned = new Fx(rs);
        banned.account = "acct_old";
        for (int i = 0; i < 10; i++) banned.at(Fx.T0 + i * Fx.HOUR);
        banned.status = 403;
        banned.error = "account_banned";
        banned.at(Fx.T0 + 11 * Fx.HOUR);
        Fx fresh = new Fx(rs);
        fresh.account = "acct_new";
        for (int i = 0; i < 10; i++) fresh.at(Fx.T0 + 20 * Fx.HOUR + i * Fx.HOUR);
        Fx old = new Fx(rs);
        old.account = "acct_customer";
        for (int i = 0; i < 10; i++) old.at(Fx.T0 + 20 * Fx.HOUR + i * Fx.HOUR);
        DetectionReport r = Fx.run(rs, new AccountFacts("acct_new", Fx.T0 + 14 * Fx.HOUR, null, null, "active"),
                new AccountFacts("acct_customer", Fx.T0 - 300 * Fx.DAY, null, null, "active"));
        List<Finding> f = Fx.findings(r, "acct_new", "evasion");
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().startsWith("created 3.0 h after acct_old was banned"), f.get(0).explanation());
        assertTrue(Fx.findings(r, "acct_customer", "evasion").isEmpty());
    }

    @Test
    void infrastructureFiresOnSharedDirectIpNotOnRouterAddress() {
        List<RequestFacts> rs = Fx.list();
        for (String a : List.of("acct_x", "acct_y", "acct_z")) {
            Fx f = new Fx(rs);
            f.account = a;
            f.ip = "198.18.5.5";
            Fx.human(f, 5, Fx::content);
        }
        for (String a : List.of("acct_r1", "acct_r2", "acct_r3")) {
            Fx f = new Fx(rs);
            f.account = a;
            f.ip = "203.0.113.7";
            f.router = "relay.example.net";
            Fx.human(f, 5, Fx::content);
        }
        DetectionReport r = Fx.run(rs);
        assertEquals(1, Fx.findings(r, "acct_x", "infrastructure").size());
        assertTrue(Fx.findings(r, "acct_x", "infrastructure").get(0).explanation().contains("with 2 other accounts"));
        assertTrue(Fx.findings(r, "acct_r1", "infrastructure").isEmpty());
        assertFalse(r.accounts().stream().anyMatch(a -> a.accountId().startsWith("acct_r") && a.cluster() != null));
    }
}
