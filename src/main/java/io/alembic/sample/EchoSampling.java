package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The held-out family: generated only when asked for (--holdout) and kept out of detector tuning, so evaluation can
 * show how detection does on a tactic nobody tuned for. It collects several different answers to each of the same
 * items: every account of the fleet walks one shared item list from its own offset, so each item comes back from
 * several accounts on different days, at a high temperature with a fresh sampling seed, sometimes asking for a few
 * completions at once; items go out plainly or under a neutral system prompt, from a cloud, at an office pace.
 */
final class EchoSampling {
    private EchoSampling() {}

    static final String LABEL = "echo_sampling";

    static void plan(PlanKit k, Campaign c, int size) {
        SplittableRandom r = k.r;
        c.tactics.add(LABEL);
        Regions.Region g = Regions.company(r);
        Network.Isp cloud = Infra.cloud(r);
        String agent = Agents.SDK.draw(r);
        int items = 120 + r.nextInt(400);
        Family[] mix = r.nextBoolean() ? new Family[]{Family.MATH, Family.MATH, Family.CODE} : new Family[]{Family.MATH, Family.TASK, Family.TASK};
        long listSeed = r.nextLong();
        String system = r.nextDouble() < 0.5 ? "You are a helpful assistant." : null;
        double temperature = 0.9 + 0.1 * r.nextInt(3);
        for (int i = 0; i < size; i++) {
            AccountPlan a = k.member(c);
            a.createdAtMs = Timestamps.BASE_MS - (10 + r.nextInt(150)) * 86_400_000L - r.nextLong(86_400_000L);
            a.emailDomain = k.personalMail(g);
            a.country = g.country();
            a.tzMinutes = g.tzMinutes();
            a.startH = r.nextInt(72);
            Clients.Cloud cc = Clients.Cloud.of(cloud, r);
            a.client = cc;
            a.ips = new String[]{cc.firstAddress(r)};
            a.asn = cloud.asn();
            a.asOrg = cloud.name();
            a.clientCountry = cloud.country();
            a.userAgent = r.nextDouble() < 0.7 ? agent : Agents.SDK.draw(r);
            a.curve = k.rhythms.business(g, r.nextInt(6), a.startH, a.endH);
            a.model = r.nextDouble() < 0.6 ? AccountPlan.LARGE : AccountPlan.REASONING;
            a.temperature = temperature;
            a.systemPrompt = system;
            a.weight = Math.exp(r.nextGaussian() * 0.4);
            a.behaviour = new Talk(k.pools, a, listSeed, items, mix, (int) ((long) items * i / size));
        }
    }

    static final class Talk implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final long listSeed;
        private final int items, offset;
        private final Family[] mix;

        Talk(PromptPools pools, AccountPlan a, long listSeed, int items, Family[] mix, int offset) {
            this.pools = pools;
            this.a = a;
            this.listSeed = listSeed;
            this.items = items;
            this.mix = mix;
            this.offset = offset;
        }

        /** Item j of the shared list, the same for every account: drawn from a generator seeded by (list, j). */
        private Prompt item(long j) {
            SplittableRandom ir = new SplittableRandom(listSeed ^ Ids.mix(j + 1));
            return pools.pick(mix[ir.nextInt(mix.length)], ir);
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            Prompt p = item((offset + s.position()) % items);
            d.endpoint = "/v1/chat/completions";
            d.model = a.model;
            d.system = a.systemPrompt;
            d.user = p.text();
            d.temperature = a.temperature;
            d.paramSeed = (long) r.nextInt(1_000_000);
            d.n = r.nextDouble() < 0.3 ? 2 + r.nextInt(3) : 1;
            d.content = p.family() == Family.MATH ? ResponseSynth.worked(p) : ResponseSynth.answer(p);
            if (AccountPlan.REASONING.equals(d.model)) {
                d.reasoningEffort = "medium";
                d.reasoning = ResponseSynth.reasoning(p);
            }
        }
    }
}
