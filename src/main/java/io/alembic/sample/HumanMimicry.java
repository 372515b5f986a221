package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;
import io.alembic.sample.Regions.Region;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Harvesting disguised as a few people at work. A handful of aged accounts with personal mailboxes and their own
 * payment cards keep the office hours of one time zone on working days only, a few dozen requests a day each; every
 * request leaves a residential proxy pool from a different household on a different consumer network; questions mix
 * maths, code, instructions and general knowledge, mostly wrapped in freely worded asks for the full working; the
 * reasoning model is used for a minority only. Being one operation, the accounts start and stop on the same days and
 * take the same days off.
 */
final class HumanMimicry {
    private HumanMimicry() {}

    /** Markets whose users such a campaign poses as. */
    private static final List<String> POSES = List.of("US-E", "US-E", "US-C", "US-W", "US-W", "GB", "CA", "AU", "DE", "IN");

    static void plan(PlanKit k, Campaign c, int size) {
        c.tactics.addAll(List.of(Campaign.HUMAN_MIMICRY, Campaign.RESIDENTIAL_PROXIES, Campaign.COMPOSED_WRAPPERS));
        SplittableRandom r = k.r;
        Region pose = Regions.byCode(Network.any(POSES, r));
        int first = 1 + r.nextInt(8), last = Math.min(30, 21 + r.nextInt(10));
        boolean[] rest = new boolean[40];
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) rest[first + 1 + r.nextInt(last - first - 1)] = true;
        int tzH = Math.floorDiv(pose.tzMinutes(), 60);
        int startH = Math.max(0, first * 24 - tzH), endH = Math.min(Timestamps.WINDOW_HOURS, (last + 1) * 24 - tzH);
        Region[] exits = pose.country().equals("US") ? new Region[]{Regions.byCode("US-E"), Regions.byCode("US-C"), Regions.byCode("US-W")}
                : new Region[]{pose};
        for (int i = 0; i < size; i++) {
            AccountPlan a = k.member(c);
            a.createdAtMs = Timestamps.BASE_MS - (20 + r.nextInt(400)) * 86_400_000L - r.nextLong(86_400_000L);
            a.emailDomain = k.personalMail(pose);
            a.country = pose.country();
            a.tzMinutes = pose.tzMinutes();
            a.startH = startH;
            a.endH = endH;
            double[] perDay = new double[40];
            long total = 0;
            for (int d = first; d <= last; d++) {
                if (rest[d] || Regions.restDay(pose, d)) continue;
                perDay[d] = 12 + r.nextInt(29);
                total += (long) perDay[d];
            }
            int from = 8 + r.nextInt(2), to = 16 + r.nextInt(3);
            a.curve = Rhythms.office(pose, from, to, rest, perDay, startH, endH);
            a.records = Math.max(1, total);
            a.pinned = true;
            ClientModel pool = new Clients.ProxyPool(exits);
            a.client = pool;
            Draft probe = new Draft();
            pool.apply(probe, 0, r);
            a.ips = new String[]{probe.ip};
            a.asn = probe.asn;
            a.asOrg = probe.asOrg;
            a.clientCountry = probe.country;
            a.userAgent = Agents.BROWSER.draw(r);
            a.model = r.nextBoolean() ? AccountPlan.LARGE : AccountPlan.MINI;
            a.behaviour = new Talk(k.pools, a, 0.12 + 0.23 * r.nextDouble());
        }
    }

    /** One request: a real item, usually inside a freshly composed ask for the working. */
    static final class Talk implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final double reasoningShare;

        Talk(PromptPools pools, AccountPlan a, double reasoningShare) {
            this.pools = pools;
            this.a = a;
            this.reasoningShare = reasoningShare;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double x = r.nextDouble();
            Family f = x < 0.3 ? Family.MATH : x < 0.5 ? Family.CODE : x < 0.78 ? Family.TASK : x < 0.92 ? Family.QUESTION : Family.CHAT;
            Prompt p = pools.pick(f, r);
            double w = r.nextDouble();
            boolean working = w < 0.68;
            d.user = working ? HarvestWording.reasoning(p.text(), r) : w < 0.78 ? HarvestWording.answerOnly(p.text(), r) : p.text();
            d.endpoint = "/v1/chat/completions";
            d.model = r.nextDouble() < reasoningShare ? AccountPlan.REASONING : a.model;
            d.content = working ? ResponseSynth.worked(p) : ResponseSynth.answer(p);
            if (AccountPlan.REASONING.equals(d.model)) {
                d.reasoningEffort = r.nextDouble() < 0.6 ? "high" : "medium";
                d.reasoning = ResponseSynth.reasoning(p);
            }
        }
    }
}
