package io.alembic.sample;

import io.alembic.sample.AccountPlan.Profile;
import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Research of the varied scenarios: templated evaluations in a few dense sessions, zero-shot reasoning benchmarks,
 * whole public test sets sent verbatim in their published order (once per model under test, so the same items come
 * back), and lab teams whose accounts were opened together on the university's domain.
 */
final class LabPlans {
    private final PlanKit k;

    LabPlans(PlanKit k) {
        this.k = k;
    }

    /** research_eval and research_cot_eval, on a campus network (content by profile in BenignContent). */
    AccountPlan eval(Profile p) {
        AccountPlan a = campus(p, Network.any(Infra.CAMPUSES, k.r));
        a.curve = ActivityCurve.sessions(k.r, a.tzMinutes, a.startH, a.endH, 3 + k.r.nextInt(4));
        a.regular = true;
        a.model = p == Profile.RESEARCH_COT_EVAL ? AccountPlan.REASONING : Network.any(AccountPlan.MODELS, k.r);
        a.weight = k.activity(p == Profile.RESEARCH_COT_EVAL ? 3 : 1.5, 0.5);
        return a;
    }

    /** A public test set run verbatim, item after item, once per model; a lab on campus or a company in a cloud. */
    AccountPlan benchmark() {
        AccountPlan a;
        if (k.r.nextBoolean()) {
            a = campus(Profile.BENCHMARK_EVAL, Network.any(Infra.CAMPUSES, k.r));
        } else {
            a = k.account(Profile.BENCHMARK_EVAL);
            Regions.Region g = Regions.company(k.r);
            a.country = g.country();
            a.tzMinutes = g.tzMinutes();
            Network.Isp cloud = Infra.cloud(k.r);
            Clients.Cloud c = Clients.Cloud.of(cloud, k.r);
            a.client = c;
            a.ips = new String[]{c.firstAddress(k.r)};
            a.asn = cloud.asn();
            a.asOrg = cloud.name();
            a.clientCountry = cloud.country();
            a.emailDomain = Products.domain(Products.company(k.r), k.r);
            a.userAgent = Agents.EVAL.draw(k.r);
            a.tier = "tier-4";
        }
        a.curve = ActivityCurve.sessions(k.r, a.tzMinutes, a.startH, a.endH, 2 + k.r.nextInt(5));
        a.regular = true;
        a.gapSigma = 0.2 + 0.3 * k.r.nextDouble();
        a.temperature = 0.0;
        a.maxTokens = k.r.nextBoolean() ? 1024 : 2048;
        a.weight = k.activity(4, 0.5);
        a.behaviour = new Benchmark(k.datasets.forEvaluation(k.r), a, k.r.nextLong());
        return a;
    }

    /** A lab: a few students' accounts opened the same week on the university domain, some paid by the same grant. */
    List<AccountPlan> team(int room) {
        Infra.Campus c = Network.any(Infra.CAMPUSES, k.r);
        int n = Math.min(Math.min(room, k.maxGroup), 2 + k.r.nextInt(4));
        String grant = k.id("pf_");
        long opened = Timestamps.BASE_MS - (5 + k.r.nextInt(300)) * 86_400_000L;
        List<AccountPlan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AccountPlan a = campus(Profile.RESEARCH_TEAM, c);
            if (k.r.nextDouble() < 0.6) a.paymentFingerprint = grant;
            a.createdAtMs = opened + k.r.nextLong(5 * 86_400_000L);
            Regions.Region g = regionOf(c);
            a.curve = Rhythms.person(k.r, g, a.startH, a.endH, 0.5 + 0.3 * k.r.nextDouble(), 4);
            a.model = Network.any(AccountPlan.MODELS, k.r);
            a.weight = k.activity(3, 0.8);
            a.behaviour = new Team(k.pools, a);
            out.add(a);
        }
        return out;
    }

    private AccountPlan campus(Profile p, Infra.Campus c) {
        AccountPlan a = k.account(p);
        a.asn = c.net().asn();
        a.asOrg = c.net().name();
        a.country = a.clientCountry = c.net().country();
        a.tzMinutes = c.net().tzMinutes();
        a.ips = new String[]{Infra.campusIp(c, k.r), Infra.campusIp(c, k.r)};
        a.userAgent = Agents.EVAL.draw(k.r);
        a.emailDomain = c.domain();
        a.tier = "tier-3";
        return a;
    }

    private static Regions.Region regionOf(Infra.Campus c) {
        for (Regions.Region g : Regions.ALL) if (g.country().equals(c.net().country())) return g;
        return Regions.ALL.get(0);
    }

    /** Items of one public test set in order; every full pass is one model under test. */
    static final class Benchmark implements Behaviour {
        private final Datasets.Dataset set;
        private final AccountPlan a;
        private final String[] models;
        private final String suffix;

        Benchmark(Datasets.Dataset set, AccountPlan a, long seed) {
            this.set = set;
            this.a = a;
            SplittableRandom r = new SplittableRandom(seed);
            this.models = new String[]{AccountPlan.MINI, AccountPlan.LARGE, AccountPlan.REASONING};
            for (int i = models.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                String t = models[i];
                models[i] = models[j];
                models[j] = t;
            }
            this.suffix = r.nextDouble() < 0.6 ? null : "\n\nGive the final answer at the end.";
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            long pos = s.position();
            CorpusItem it = set.items().get((int) (pos % set.size()));
            Prompt p = PromptPools.of(it);
            d.endpoint = "/v1/chat/completions";
            d.model = models[(int) (pos / set.size() % models.length)];
            d.temperature = a.temperature;
            d.maxTokens = a.maxTokens;
            d.n = 1;
            d.user = suffix == null ? p.text() : p.text() + suffix;
            d.content = p.family() == Family.MATH ? ResponseSynth.worked(p) : ResponseSynth.answer(p);
            if (AccountPlan.REASONING.equals(d.model)) {
                d.reasoningEffort = "medium";
                d.reasoning = ResponseSynth.reasoning(p);
            }
        }
    }

    /** A student's research work: evaluation prompts, maths with the reasoning model, code, and reading questions. */
    static final class Team implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;

        Team(PromptPools pools, AccountPlan a) {
            this.pools = pools;
            this.a = a;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double x = r.nextDouble();
            Family f = x < 0.4 ? Family.MATH : x < 0.65 ? Family.CODE : x < 0.9 ? Family.TASK : Family.SCIENCE;
            Prompt p = pools.pick(f, r);
            PeopleTalk.basics(d, a, f == Family.MATH ? 0.5 : 0.15, r);
            d.user = f == Family.MATH && r.nextDouble() < 0.5
                    ? Templates.fill(Network.any(Templates.EVAL_TEMPLATES, r), p.text()) : p.text();
            PeopleTalk.answer(d, p, null, f == Family.MATH, r);
        }
    }
}
