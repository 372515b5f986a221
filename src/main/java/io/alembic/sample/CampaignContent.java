package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.List;
import java.util.SplittableRandom;

/** What a distillation campaign sends: corpus items poured into its scaffolds with fixed parameters. */
final class CampaignContent {
    private final PromptPools pools;

    CampaignContent(PromptPools pools) {
        this.pools = pools;
    }

    void fill(Draft d, AccountPlan a, SplittableRandom r) {
        Campaign c = a.campaign;
        if (c.benignMix > 0 && r.nextDouble() < c.benignMix) {
            cover(d, c, r);
            return;
        }
        Family family = Network.any(c.families, r);
        Prompt p = pools.pick(family, r);
        List<String> scaffold = Network.any(c.scaffolds, r);
        String template = c.has(Campaign.PARAPHRASED) ? Network.any(scaffold, r) : scaffold.get(0);
        d.endpoint = "/v1/chat/completions";
        d.model = c.model;
        d.system = c.system;
        boolean answerOnly = Templates.ANSWER_ONLY.contains(scaffold);
        d.user = c.has(Campaign.FREE_PARAPHRASE) ? FreePhrasing.compose(p.text(), !answerOnly, r) : Templates.fill(template, p.text());
        d.temperature = c.temperature;
        d.maxTokens = c.maxTokens;
        d.n = 1;
        d.paramSeed = c.paramSeed;
        if (c.has(Campaign.COT) || AccountPlan.REASONING.equals(c.model)) d.reasoningEffort = "high";
        if (answerOnly) {
            d.content = ResponseSynth.answer(p);
        } else {
            d.content = ResponseSynth.worked(p);
        }
        if (AccountPlan.REASONING.equals(c.model)) d.reasoning = ResponseSynth.reasoning(p);
    }

    /** Cover traffic: an ordinary question sent by the same script, same parameters, no scaffold. */
    private void cover(Draft d, Campaign c, SplittableRandom r) {
        double x = r.nextDouble();
        Prompt p = pools.pick(x < 0.4 ? Family.CHAT : x < 0.7 ? Family.QUESTION : Family.TASK, r);
        d.endpoint = "/v1/chat/completions";
        d.model = c.model;
        d.system = c.system;
        d.user = p.text();
        d.temperature = c.temperature;
        d.maxTokens = c.maxTokens;
        d.n = 1;
        d.paramSeed = c.paramSeed;
        if (c.has(Campaign.COT) || AccountPlan.REASONING.equals(c.model)) d.reasoningEffort = "high";
        d.content = ResponseSynth.answer(p);
        if (AccountPlan.REASONING.equals(c.model)) d.reasoning = ResponseSynth.reasoning(p);
    }
}
