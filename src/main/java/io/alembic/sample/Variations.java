package io.alembic.sample;

import io.alembic.sample.AccountPlan.Profile;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The varied scenario set, layered over the classic plan with its own random stream (so the classic draws, and with
 * them the committed demo, stay byte-identical). Campaigns get harder to see; some benign accounts move closer to what
 * a campaign looks like on one axis each.
 */
final class Variations {
    private Variations() {}

    static void campaigns(List<Campaign> campaigns, SplittableRandom v) {
        for (Campaign c : campaigns) {
            boolean jitter = v.nextDouble() < 0.55, work = v.nextDouble() < 0.3, free = v.nextDouble() < 0.4;
            boolean under = c.accounts.size() >= 3 && v.nextDouble() < 0.35, routerOnly = v.nextDouble() < 0.25;
            double mix = v.nextDouble() < 0.4 ? 0.15 + 0.25 * v.nextDouble() : 0;
            if (jitter) c.tactics.add(Campaign.JITTER);
            if (work) c.tactics.add(Campaign.WORK_HOURS);
            if (free) c.tactics.add(Campaign.FREE_PARAPHRASE);
            if (under) c.tactics.add(Campaign.UNDER_THRESHOLD);
            if (routerOnly) c.tactics.add(Campaign.ROUTER_ONLY);
            if (mix > 0) c.tactics.add(Campaign.BENIGN_MIX);
            c.benignMix = mix;
            int tz = (v.nextInt(18) - 8) * 60;
            Network.Router router = routerOnly ? (c.router != null ? c.router : Network.any(Network.ROUTERS, v)) : null;
            for (AccountPlan a : c.accounts) {
                if (jitter) a.gapSigma = 0.5 + 0.6 * v.nextDouble();
                if (work) a.curve = ActivityCurve.workHours(v, tz, a.startH, a.endH);
                if (under) a.recordCap = 12 + v.nextInt(30);
                if (router != null) {
                    // everything through the router, no forwarded hop: only the router's shared address is visible
                    a.router = router;
                    a.ips = new String[]{router.ip()};
                    a.forwardedFor = new String[0];
                    a.asn = router.asn();
                    a.asOrg = router.name();
                    a.clientCountry = router.country();
                }
            }
        }
    }

    static void benign(List<AccountPlan> benign, SplittableRandom v) {
        boolean cot = false, always = false, tutor = false;
        for (AccountPlan a : benign) {
            switch (a.profile) {
                case RESEARCH_EVAL -> { if (!cot || v.nextDouble() < 0.5) { researchCot(a); cot = true; } }
                case APP_INTEGRATION -> { if (!always || v.nextDouble() < 0.35) { alwaysOn(a, v); always = true; } }
                case STEPWISE_LEARNER -> { if (!tutor || v.nextDouble() < 0.5) { tutor(a); tutor = true; } }
                default -> { }
            }
        }
    }

    /** A lab's reasoning benchmark: the zero-shot chain-of-thought prompt at high effort, in dense office sessions. */
    private static void researchCot(AccountPlan a) {
        a.profile = Profile.RESEARCH_COT_EVAL;
        a.model = AccountPlan.REASONING;
        a.weight *= 2;
    }

    /** A consumer product with users everywhere: one templated system prompt, round the clock, every day. */
    private static void alwaysOn(AccountPlan a, SplittableRandom v) {
        a.profile = Profile.ALWAYS_ON_APP;
        a.curve = ActivityCurve.global(v, a.startH, a.endH);
        a.regular = false;
        a.completionForm = true;
        a.weight *= 1.5;
    }

    /** A student whose tutoring app wraps every question in the same "explain every step" frame. */
    private static void tutor(AccountPlan a) {
        a.profile = Profile.TUTOR_APP_USER;
        a.model = AccountPlan.REASONING;
    }
}
