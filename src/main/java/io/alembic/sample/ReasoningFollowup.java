package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Reasoning pulled out one conversation at a time. The first turn asks a real item plainly (often for just the
 * answer, which looks like any user); seconds to minutes later the same conversation asks how that answer was
 * reached, and sometimes a third turn asks for a check by another route. No reasoning model and no scaffold in the
 * first turn: the working comes back in the visible replies. Fronted as a consumer chat product: its own system
 * prompt, a cloud, an SDK, traffic round the clock shaped like people's.
 */
final class ReasoningFollowup {
    private ReasoningFollowup() {}

    private static final String[] HOW = {"How did you get that?", "Can you show me how you worked that out?",
            "Walk me through how you reached that answer.", "Why is that right? Go through it in detail.",
            "I'd like to see the reasoning behind that, every step of it.", "Where does that come from? Explain the working.",
            "ok, and how exactly do you arrive at it?", "Could you justify that answer from the beginning?",
            "Explain your answer as if I had to reproduce it on an exam.", "What steps lead there?"};

    private static final String[] CHECK = {"Can you verify it another way?", "Is there a second method that gives the same result?",
            "Double-check it by working backwards.", "Which step is easiest to get wrong, and why?",
            "Would the approach change if the numbers were different? Show how."};

    private static final String[] FIRST = {"{q}", "{q}", "{q}\nJust the answer please.", "{q}\n\nshort answer is fine",
            "{q}", "Quick one: {q}"};

    static void plan(PlanKit k, Campaign c, int size) {
        SplittableRandom r = k.r;
        c.tactics.addAll(List.of(Campaign.REASONING_FOLLOWUP, Campaign.PRODUCT_COVER));
        String company = Products.company(r);
        String system = r.nextDouble() < 0.7 ? "You are the assistant in " + company + ", a study and productivity app. Be clear and friendly." : null;
        Network.Isp cloud = Infra.cloud(r);
        String agent = Agents.SDK.draw(r);
        Regions.Region market = Regions.person(r);
        String domain = Products.domain(company, r);
        for (int i = 0; i < size; i++) {
            AccountPlan a = k.member(c);
            a.createdAtMs = Timestamps.BASE_MS - (3 + r.nextInt(90)) * 86_400_000L;
            a.emailDomain = r.nextDouble() < 0.6 ? domain : "gmail.com";
            a.country = cloud.country();
            a.tzMinutes = market.tzMinutes();
            a.startH = r.nextInt(120);
            Clients.Cloud cc = Clients.Cloud.of(cloud, r);
            a.client = cc;
            a.ips = new String[]{cc.firstAddress(r)};
            a.asn = cloud.asn();
            a.asOrg = cloud.name();
            a.clientCountry = cloud.country();
            a.userAgent = agent;
            a.curve = k.rhythms.global(market, r.nextInt(4), a.startH, a.endH);
            a.episodes = new Episodes(r.nextLong(), 2, 3, 20_000, 180_000);
            a.model = r.nextDouble() < 0.75 ? AccountPlan.LARGE : AccountPlan.MINI;
            a.systemPrompt = system;
            a.weight = Math.exp(r.nextGaussian() * 0.5);
            a.behaviour = new Talk(k.pools, a);
        }
    }

    static final class Talk implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private Prompt item;
        private String[] history;

        Talk(PromptPools pools, AccountPlan a) {
            this.pools = pools;
            this.a = a;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            d.endpoint = "/v1/chat/completions";
            d.model = a.model;
            d.system = a.systemPrompt;
            if (s.turn() == 0 || item == null) {
                double x = r.nextDouble();
                item = pools.pick(x < 0.45 ? Family.MATH : x < 0.7 ? Family.TASK : x < 0.85 ? Family.CODE : Family.QUESTION, r);
                d.user = FIRST[r.nextInt(FIRST.length)].replace("{q}", item.text());
                d.content = ResponseSynth.answer(item);
                history = new String[]{d.user, d.content};
                return;
            }
            d.history = history;
            d.user = s.turn() == 1 ? HOW[r.nextInt(HOW.length)] : CHECK[r.nextInt(CHECK.length)];
            d.content = s.turn() == 1 ? ResponseSynth.worked(item)
                    : "Checking it another way.\n\n" + ResponseSynth.reasoning(item) + "\n\nBoth routes agree: " + ResponseSynth.answer(item);
            String[] next = java.util.Arrays.copyOf(history, history.length + 2);
            next[history.length] = d.user;
            next[history.length + 1] = d.content;
            history = next;
        }
    }
}
