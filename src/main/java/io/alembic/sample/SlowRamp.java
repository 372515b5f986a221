package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A harvest that grows slowly behind a plausible product. It starts as a small app (its own system prompt, a cloud,
 * an SDK, a company domain on every account) sending ordinary requests; day after day the volume grows by a few
 * percent and a growing part of the traffic becomes reasoning-heavy items in freely worded asks to the reasoning
 * model. More accounts of the same "company" join in later weeks, each opened a day or two before it starts.
 */
final class SlowRamp {
    private SlowRamp() {}

    static void plan(PlanKit k, Campaign c, int size) {
        SplittableRandom r = k.r;
        c.tactics.addAll(List.of(Campaign.SLOW_RAMP, Campaign.PRODUCT_COVER));
        Regions.Region g = Regions.company(r);
        String company = Products.company(r);
        String domain = Products.domain(company, r);
        String system = Products.systemPrompt(company, r);
        Network.Isp cloud = Infra.cloud(r);
        String agent = Agents.SDK.draw(r);
        String org = k.id("org_"), payment = k.id("pf_");
        double rate = 1.08 + 0.08 * r.nextDouble();
        boolean roundTheClock = r.nextBoolean();
        int firstStart = r.nextInt(4 * 24);
        for (int i = 0; i < size; i++) {
            AccountPlan a = k.member(c);
            a.orgId = org;
            a.paymentFingerprint = r.nextDouble() < 0.7 ? payment : a.paymentFingerprint;
            a.emailDomain = domain;
            a.country = g.country();
            a.tzMinutes = g.tzMinutes();
            a.startH = i == 0 ? firstStart : firstStart + (5 + r.nextInt(16)) * 24;
            a.createdAtMs = Timestamps.BASE_MS + a.startH * Timestamps.HOUR_MS - (1 + r.nextInt(48)) * Timestamps.HOUR_MS;
            a.tier = "tier-" + (2 + r.nextInt(2));
            Clients.Cloud cc = Clients.Cloud.of(cloud, r);
            a.client = cc;
            a.ips = new String[]{cc.firstAddress(r)};
            a.asn = cloud.asn();
            a.asOrg = cloud.name();
            a.clientCountry = cloud.country();
            a.userAgent = agent;
            a.curve = Rhythms.growing(r, g, rate, roundTheClock, a.startH, a.endH);
            a.systemPrompt = system;
            a.model = AccountPlan.MINI;
            a.temperature = 0.4;
            a.maxTokens = 4096;
            a.weight = 4 * Math.exp(r.nextGaussian() * 0.4);
            a.behaviour = new Talk(k.pools, a, 0.05 + 0.1 * r.nextDouble(), 0.75 + 0.2 * r.nextDouble());
        }
    }

    /** Harvest share rises linearly over the account's active span, from a trickle to most of the traffic. */
    static final class Talk implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final double from, to;

        Talk(PromptPools pools, AccountPlan a, double from, double to) {
            this.pools = pools;
            this.a = a;
            this.from = from;
            this.to = to;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double progress = Math.max(0, Math.min(1, (double) s.position() / Math.max(1, a.records)));
            // volume grows too, so by position the harvest share rises faster than by time: take the square root
            double harvest = from + (to - from) * Math.sqrt(progress);
            d.endpoint = "/v1/chat/completions";
            d.system = a.systemPrompt;
            d.temperature = a.temperature;
            d.maxTokens = a.maxTokens;
            d.clientVersion = "1." + (3 + (int) (progress * 4)) + ".0";
            if (r.nextDouble() < harvest) {
                double x = r.nextDouble();
                Prompt p = pools.pick(x < 0.5 ? Family.MATH : x < 0.75 ? Family.CODE : Family.TASK, r);
                d.model = AccountPlan.REASONING;
                d.user = HarvestWording.reasoning(p.text(), r);
                d.reasoningEffort = "high";
                d.content = ResponseSynth.worked(p);
                d.reasoning = ResponseSynth.reasoning(p);
            } else {
                Prompt p = pools.pick(r.nextDouble() < 0.5 ? Family.CHAT : Family.TASK, r);
                d.model = a.model;
                d.user = p.text();
                d.content = ResponseSynth.clip(ResponseSynth.answer(p), 700);
            }
        }
    }
}
