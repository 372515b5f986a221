package io.alembic.sample;

import io.alembic.sample.PromptPools.Prompt;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A public dataset walked item by item: the rows go out verbatim, no wrapper, in the dataset's own order, the
 * dataset cut into contiguous shards, one per account of a fleet opened within about an hour and a half. The fleet
 * works through a router round the clock with irregular gaps, stops together when the operator's pipeline pauses,
 * and is written in several languages' HTTP clients. One sampling setup for all; reasoning effort set on most but not
 * all requests (some workers leave it at the default). Now and then the router passes the operator's own address on.
 */
final class DatasetSweep {
    private DatasetSweep() {}

    static void plan(PlanKit k, Campaign c, int size) {
        c.tactics.addAll(List.of(Campaign.VERBATIM_SWEEP, Campaign.ROUTER, Campaign.CREATION_BURST));
        SplittableRandom r = k.r;
        Datasets.Dataset set = k.datasets.forSweep(size * 25, Math.max(size * 25, k.records / 8), r);
        Infra.Gateway gw = Infra.GATEWAYS.get(r.nextInt(Infra.GATEWAYS.size()));
        Network.Isp home = Network.any(Network.HOSTING, r);
        String[] origins = {Infra.cloudIpv4(home, r), Infra.cloudIpv4(home, r)};
        boolean inside = r.nextDouble() < 0.6;
        long burst = inside ? Timestamps.BASE_MS + (24 + r.nextInt(14 * 24)) * Timestamps.HOUR_MS
                : Timestamps.BASE_MS - (1 + r.nextInt(20)) * 86_400_000L;
        int startH = inside ? (int) ((burst - Timestamps.BASE_MS) / Timestamps.HOUR_MS) + 1 + r.nextInt(5) : r.nextInt(48);
        int days = 4 + r.nextInt(18);
        int endH = Math.min(Timestamps.WINDOW_HOURS, startH + days * 24);
        boolean[] running = new boolean[Timestamps.WINDOW_HOURS];
        java.util.Arrays.fill(running, true);
        for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) { // the pipeline stops for everyone: a crash, a quota, a deploy
            int at = startH + r.nextInt(Math.max(1, endH - startH)), len = 2 + r.nextInt(9);
            for (int h = at; h < Math.min(running.length, at + len); h++) running[h] = false;
        }
        ActivityCurve curve = Rhythms.flat(running, startH, endH);
        double temperature = Network.any(List.of(0.6, 0.7, 0.8, 1.0), r);
        int maxTokens = Network.any(List.of(4096, 8192, 16000), r);
        Double topP = r.nextBoolean() ? 0.95 : null;
        String effort = r.nextDouble() < 0.7 ? "high" : "medium";
        double effortShare = 0.8 + 0.15 * r.nextDouble(), leak = 0.02 + 0.05 * r.nextDouble();
        for (int i = 0; i < size; i++) {
            AccountPlan a = k.member(c);
            a.createdAtMs = burst - r.nextLong(90 * 60_000L);
            a.emailDomain = k.personalMail(Regions.byCode("US-E"));
            a.country = Network.any(List.of("US", "SG", "HK", "NL", "GB"), r);
            a.tzMinutes = 0;
            a.startH = startH;
            a.endH = endH;
            a.curve = curve;
            a.regular = true;
            a.gapSigma = 0.8 + 0.5 * r.nextDouble();
            int from = (int) ((long) set.size() * i / size), to = (int) ((long) set.size() * (i + 1) / size);
            a.records = Math.max(1, to - from);
            a.pinned = true;
            a.router = gw.router();
            a.ips = gw.egress();
            a.asn = gw.router().asn();
            a.asOrg = gw.router().name();
            a.clientCountry = gw.router().country();
            a.userAgent = Agents.HTTP_LIBS.draw(r);
            a.model = AccountPlan.REASONING;
            a.temperature = temperature;
            a.topP = topP;
            a.maxTokens = maxTokens;
            boolean defaultsEffort = r.nextDouble() > effortShare * 1.05; // a worker built without the parameter
            a.behaviour = new Walk(set, from, a, defaultsEffort ? 0 : effortShare, effort, origins[i % 2], leak);
        }
    }

    /** Sends the shard's items in order; the item is the account's position, so retries never reorder. */
    static final class Walk implements Behaviour {
        private final Datasets.Dataset set;
        private final int from;
        private final AccountPlan a;
        private final double effortShare, leak;
        private final String effort, origin;

        Walk(Datasets.Dataset set, int from, AccountPlan a, double effortShare, String effort, String origin, double leak) {
            this.set = set;
            this.from = from;
            this.a = a;
            this.effortShare = effortShare;
            this.effort = effort;
            this.origin = origin;
            this.leak = leak;
        }

        String datasetName() { return set.name(); }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            CorpusItem it = set.items().get((int) Math.min(set.size() - 1, from + s.position()));
            Prompt p = PromptPools.of(it);
            d.endpoint = "/v1/chat/completions";
            d.model = a.model;
            d.user = p.text();
            d.temperature = a.temperature;
            d.topP = a.topP;
            d.maxTokens = a.maxTokens;
            if (r.nextDouble() < effortShare) d.reasoningEffort = effort;
            d.content = ResponseSynth.answer(p);
            d.reasoning = ResponseSynth.reasoning(p);
            if (r.nextDouble() < leak) d.forwardedFor = new String[]{origin};
        }
    }
}
