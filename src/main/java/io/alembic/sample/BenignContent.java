package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.SplittableRandom;

/** What ordinary customers send, by profile. */
final class BenignContent {
    private final PromptPools pools;

    BenignContent(PromptPools pools) {
        this.pools = pools;
    }

    void fill(Draft d, AccountPlan a, SplittableRandom r) {
        d.endpoint = "/v1/chat/completions";
        d.model = a.model;
        d.temperature = a.temperature;
        d.topP = a.topP;
        d.maxTokens = a.maxTokens;
        switch (a.profile) {
            case CHAT_USER -> chat(d, a, r);
            case STEPWISE_LEARNER -> learner(d, a, r);
            case APP_INTEGRATION -> app(d, a, r);
            case RESEARCH_EVAL -> eval(d, a, r);
            case ROUTER_CUSTOMER -> routed(d, a, r);
            case ALWAYS_ON_APP -> app(d, a, r);
            case RESEARCH_COT_EVAL -> cotEval(d, a, r);
            case TUTOR_APP_USER -> tutor(d, a, r);
        }
        if (AccountPlan.REASONING.equals(d.model) && d.reasoning == null && d.content != null) {
            d.reasoningEffort = r.nextBoolean() ? "medium" : "low";
        }
    }

    private void chat(Draft d, AccountPlan a, SplittableRandom r) {
        Prompt p = pools.pick(r.nextDouble() < 0.4 ? Family.QUESTION : Family.CHAT, r);
        d.user = p.text();
        d.content = ResponseSynth.answer(p);
        if (r.nextDouble() < 0.05) d.model = AccountPlan.LARGE; // people switch models in the app now and then
    }

    private void learner(Draft d, AccountPlan a, SplittableRandom r) {
        double x = r.nextDouble();
        Prompt p = pools.pick(x < 0.6 ? Family.MATH : x < 0.85 ? Family.TASK : Family.SCIENCE, r);
        d.user = Templates.fill(Network.any(Templates.LEARNER, r), p.text());
        d.content = "Sure! Let's go through it step by step.\n\n" + ResponseSynth.worked(p);
        if (AccountPlan.REASONING.equals(a.model)) {
            d.reasoningEffort = r.nextBoolean() ? "medium" : "high";
            d.reasoning = ResponseSynth.reasoning(p);
        }
    }

    private void app(Draft d, AccountPlan a, SplittableRandom r) {
        Prompt p = pools.pick(r.nextDouble() < 0.5 ? Family.CHAT : Family.TASK, r);
        d.clientVersion = a.clientVersion;
        if (a.completionForm) {
            d.endpoint = "/v1/completions";
            d.completionPrompt = a.systemPrompt + "\n\nCustomer: " + p.text() + "\nAssistant:";
        } else {
            d.system = a.systemPrompt;
            d.user = p.text();
        }
        d.content = ResponseSynth.clip(ResponseSynth.answer(p), 600);
        d.n = 1;
    }

    private void eval(Draft d, AccountPlan a, SplittableRandom r) {
        boolean math = r.nextDouble() < 0.7;
        Prompt p = pools.pick(math ? Family.MATH : Family.TASK, r);
        String template = Templates.EVAL_TEMPLATES.get(Math.floorMod(a.accountId.hashCode(), Templates.EVAL_TEMPLATES.size()));
        d.user = Templates.fill(template, p.text());
        d.content = math ? ResponseSynth.worked(p) : ResponseSynth.answer(p);
        d.n = 1;
        if (AccountPlan.REASONING.equals(a.model)) {
            d.reasoningEffort = "medium";
            d.reasoning = ResponseSynth.reasoning(p);
        }
    }

    /** Zero-shot chain-of-thought benchmark prompts (public-benchmark shape) at high effort: reasoning is the point. */
    private void cotEval(Draft d, AccountPlan a, SplittableRandom r) {
        Prompt p = pools.pick(r.nextDouble() < 0.8 ? Family.MATH : Family.TASK, r);
        String template = Templates.COT_EVAL_TEMPLATES.get(Math.floorMod(a.accountId.hashCode(), Templates.COT_EVAL_TEMPLATES.size()));
        d.user = Templates.fill(template, p.text());
        d.content = ResponseSynth.worked(p);
        d.n = 1;
        d.reasoningEffort = "high";
        d.reasoning = ResponseSynth.reasoning(p);
    }

    /** The tutoring app frames every question the same way; the student still keeps a person's hours. */
    private void tutor(Draft d, AccountPlan a, SplittableRandom r) {
        Prompt p = pools.pick(r.nextDouble() < 0.75 ? Family.MATH : Family.SCIENCE, r);
        d.system = Templates.TUTOR_SYSTEM;
        d.user = Templates.fill(Templates.TUTOR_FRAME, p.text());
        d.content = "Great question! Let's go step by step.\n\n" + ResponseSynth.worked(p);
        d.reasoningEffort = "high";
        d.reasoning = ResponseSynth.reasoning(p);
    }

    private void routed(Draft d, AccountPlan a, SplittableRandom r) {
        double x = r.nextDouble();
        Prompt p = pools.pick(x < 0.45 ? Family.CHAT : x < 0.75 ? Family.TASK : x < 0.9 ? Family.QUESTION : Family.CODE, r);
        if (r.nextDouble() < 0.3) d.system = "You are a helpful assistant.";
        d.user = p.text();
        d.content = ResponseSynth.answer(p);
    }
}
