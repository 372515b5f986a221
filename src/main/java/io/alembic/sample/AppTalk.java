package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;
import io.alembic.sample.PromptPools.Prompt;

import java.util.Arrays;
import java.util.SplittableRandom;

/** What ordinary products of the varied scenarios send: their own system prompt around their users' real text. */
final class AppTalk {
    private AppTalk() {}

    static void params(Draft d, AccountPlan a) {
        d.endpoint = "/v1/chat/completions";
        d.model = a.model;
        d.temperature = a.temperature;
        d.topP = a.topP;
        d.maxTokens = a.maxTokens;
        d.clientVersion = a.clientVersion;
        d.n = 1;
    }

    /** A product's request: its system prompt and a user's message (or the completion form some older apps keep). */
    static final class Product implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;

        Product(PromptPools pools, AccountPlan a) {
            this.pools = pools;
            this.a = a;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            Prompt p = pools.pick(r.nextDouble() < 0.5 ? Family.CHAT : Family.TASK, r);
            params(d, a);
            if (a.completionForm) {
                d.endpoint = "/v1/completions";
                d.completionPrompt = a.systemPrompt + "\n\nUser: " + p.text() + "\nAssistant:";
            } else {
                d.system = a.systemPrompt;
                d.user = p.text();
            }
            d.content = ResponseSynth.clip(ResponseSynth.answer(p), 700);
        }
    }

    /** A nightly job: one document after another under the same instructions. */
    static final class Batch implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;

        Batch(PromptPools pools, AccountPlan a) {
            this.pools = pools;
            this.a = a;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            Prompt p = pools.pick(r.nextDouble() < 0.7 ? Family.CHAT : Family.TASK, r);
            params(d, a);
            d.system = a.systemPrompt;
            String reply = p.response() == null ? "" : "\nAgent: " + ResponseSynth.clip(p.response(), 500);
            d.user = "Conversation " + (1000 + s.position()) + "\nCustomer: " + p.text() + reply;
            d.content = ResponseSynth.clip(ResponseSynth.answer(p), 300);
        }
    }

    private static final String[] TUTOR_FOLLOW_UPS = {"I don't get the second part, can you explain it differently?",
            "ok but why do we do that step?", "Can you give me a similar one to practice?", "what if the numbers were bigger?",
            "thanks! can you say it in fewer words?", "Is there a quicker way?", "I got a different answer, where did I go wrong?",
            "Can you check my answer: I think it's something else.", "makes sense now. next one?"};

    private static final String[] AGENT_FOLLOW_UPS = {"That fails on empty input, fix it.", "Add tests for this.",
            "Now make it handle errors properly.", "Can you refactor this into smaller functions?",
            "Explain what this does line by line for the code review.", "Use the standard library only.",
            "Why did you choose this approach over a simpler loop?", "Rename things to match our style guide."};

    /** A tutoring or coding-assistant app: conversations of several turns, the history resent with every turn. */
    static final class Conversation implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final boolean coding;
        private String[] history = new String[0];
        private Prompt topic;

        Conversation(PromptPools pools, AccountPlan a, boolean coding) {
            this.pools = pools;
            this.a = a;
            this.coding = coding;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            params(d, a);
            d.system = a.systemPrompt;
            if (s.turn() == 0 || topic == null) {
                topic = pools.pick(coding ? Family.CODE : r.nextDouble() < 0.7 ? Family.MATH : Family.TASK, r);
                history = new String[0];
                d.user = topic.text();
                d.content = coding ? ResponseSynth.answer(topic) : ResponseSynth.worked(topic);
            } else {
                String[] asks = coding ? AGENT_FOLLOW_UPS : TUTOR_FOLLOW_UPS;
                d.history = history;
                d.user = asks[r.nextInt(asks.length)];
                d.content = "Sure. " + ResponseSynth.clip(ResponseSynth.worked(topic), 900);
            }
            String[] next = Arrays.copyOf(history, history.length + 2);
            next[history.length] = d.user;
            next[history.length + 1] = d.content;
            history = next;
        }
    }

    private static final String[] DRAFT_ASKS = {"Rewrite this so it sounds friendlier:\n\n{q}",
            "Give me a few alternative versions of this message:\n\n{q}", "Make this more concise:\n\n{q}",
            "Turn this into a polite reply to a customer:\n\n{q}", "Suggest a subject line and an opening for:\n\n{q}"};

    /** A writing tool that asks for several alternative drafts at once and lets the user pick. */
    static final class Drafts implements Behaviour {
        private final PromptPools pools;
        private final AccountPlan a;
        private final int n;

        Drafts(PromptPools pools, AccountPlan a, int n) {
            this.pools = pools;
            this.a = a;
            this.n = n;
        }

        @Override
        public void fill(Draft d, AccountStream s, SplittableRandom r) {
            Prompt p = pools.pick(r.nextDouble() < 0.6 ? Family.CHAT : Family.TASK, r);
            params(d, a);
            d.n = r.nextDouble() < 0.85 ? n : 1;
            d.system = a.systemPrompt;
            d.user = DRAFT_ASKS[r.nextInt(DRAFT_ASKS.length)].replace("{q}", p.text());
            d.content = ResponseSynth.clip(ResponseSynth.answer(p), 500);
        }
    }
}
