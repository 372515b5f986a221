package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.SplittableRandom;

/** What people of the varied scenarios send: real corpus questions, framed the way people frame them. */
final class PeopleTalk {
    private PeopleTalk() {}

    /** Model and parameters as an app or playground sends them for a person; the reasoning model now and then. */
    static void basics(Draft d, AccountPlan a, double reasoningShare, SplittableRandom r) {
        d.endpoint = "/v1/chat/completions";
        d.model = r.nextDouble() < reasoningShare ? AccountPlan.REASONING : a.model;
        d.temperature = a.temperature;
        d.maxTokens = a.maxTokens;
    }

    static void answer(Draft d, Prompt p, String lead, boolean worked, SplittableRandom r) {
        String body = worked ? ResponseSynth.worked(p) : ResponseSynth.answer(p);
        d.content = lead == null ? body : lead + "\n\n" + body;
        if (AccountPlan.REASONING.equals(d.model)) {
            d.reasoningEffort = r.nextDouble() < 0.7 ? "medium" : r.nextBoolean() ? "low" : "high";
            d.reasoning = ResponseSynth.reasoning(p);
        }
    }

    /** Everyday questions and chat, typed on a phone or in a browser. */
    static final class Casual implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;

        Casual(PromptPools pools, AccountPlan a) {
            this.pools = pools;
            this.a = a;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double x = r.nextDouble();
            Prompt p = pools.pick(x < 0.45 ? Family.QUESTION : x < 0.85 ? Family.CHAT : Family.TASK, r);
            basics(d, a, 0.06, r);
            d.user = p.text();
            answer(d, p, null, false, r);
        }
    }

    /** Questions framed in the person's language around English text they paste in. */
    static final class Native implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final Languages.Lang lang;

        Native(PromptPools pools, AccountPlan a, Languages.Lang lang) {
            this.pools = pools;
            this.a = a;
            this.lang = lang;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double x = r.nextDouble();
            Prompt p = pools.pick(x < 0.35 ? Family.CHAT : x < 0.6 ? Family.TASK : x < 0.85 ? Family.MATH : Family.QUESTION, r);
            basics(d, a, 0.08, r);
            d.user = r.nextDouble() < 0.8 ? Languages.person(lang, p.text(), r) : p.text();
            answer(d, p, lang.answerLead(), p.family() == Family.MATH, r);
        }
    }

    private static final String[] DESK_ASKS = {"quick question: {q}", "{q}", "{q}", "{q}",
            "Can you help me with this? {q}", "{q}\n\nNot sure I'm approaching this right, can you check?",
            "I need this for a report: {q}", "How would you approach this? {q}", "{q}\n\nwhat's the cleanest way to do this?",
            "Could you explain how this works? {q}", "{q}\n\nCan you go through it step by step? I want to follow the logic.",
            "For a colleague: {q}", "{q}\n\nPlease keep it short.", "Explain this like I'm new to the topic: {q}",
            "{q}\nWhy is that the answer?", "Double-checking my numbers. {q}"};

    /**
     * Someone at work: maths, code, instructions and general questions, often pasted without a frame, sometimes asking
     * for the working; the reasoning model for a minority of requests; an internal tool's system prompt for some staff.
     */
    static final class Desk implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final String tool;
        private final double reasoningShare;

        Desk(PromptPools pools, AccountPlan a, String tool, double reasoningShare) {
            this.pools = pools;
            this.a = a;
            this.tool = tool;
            this.reasoningShare = reasoningShare;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            double x = r.nextDouble();
            Family f = x < 0.2 ? Family.MATH : x < 0.45 ? Family.CODE : x < 0.8 ? Family.TASK : x < 0.92 ? Family.QUESTION : Family.CHAT;
            Prompt p = pools.pick(f, r);
            basics(d, a, reasoningShare, r);
            d.system = tool;
            d.user = DESK_ASKS[r.nextInt(DESK_ASKS.length)].replace("{q}", p.text());
            answer(d, p, null, f == Family.MATH, r);
        }
    }
}
