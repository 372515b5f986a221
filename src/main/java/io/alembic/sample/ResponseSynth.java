package io.alembic.sample;

import java.util.SplittableRandom;

/** Answers, reasoning, token counts and latency that look like what the model would have produced. */
final class ResponseSynth {
    private ResponseSynth() {}

    static String answer(PromptPools.Prompt p) {
        if (p.response() != null) return p.response();
        String q = clip(p.text(), 120);
        return "Short answer: it depends on a few details, but here is the commonly accepted answer to \"" + q
                + "\". The key facts are summarised below, with the main caveats noted at the end.";
    }

    static String reasoning(PromptPools.Prompt p) {
        if (p.reasoning() != null) return p.reasoning();
        return "The user asks: \"" + clip(p.text(), 160) + "\". First, identify exactly what is being asked. "
                + "Next, recall the relevant facts and definitions. Then work through the problem, checking each "
                + "intermediate result. Finally, state the answer clearly and note any assumptions.";
    }

    /** Visible step-by-step solution: the reasoning followed by the final answer. */
    static String worked(PromptPools.Prompt p) {
        return reasoning(p) + "\n\nAnswer: " + answer(p);
    }

    static long tokens(String s) {
        return s == null ? 0 : Math.max(1, (s.length() + 3) / 4);
    }

    /** Fills usage, finish_reason and latency from the texts already on the draft. */
    static void usage(Draft d, SplittableRandom r) {
        d.inputTokens = tokens(d.system) + tokens(d.user) + tokens(d.completionPrompt) + (d.system != null ? 7 : 4);
        if (d.history != null) for (String h : d.history) d.inputTokens += tokens(h) + 4;
        d.outputTokens = tokens(d.content);
        d.reasoningTokens = d.reasoning == null ? 0 : (long) (tokens(d.reasoning) * (1.2 + 0.8 * r.nextDouble()));
        d.finishReason = "stop";
        if (d.maxTokens != null && d.outputTokens > d.maxTokens) {
            d.outputTokens = d.maxTokens;
            d.finishReason = "length";
        }
        double noise = Math.exp(r.nextGaussian() * 0.3);
        d.latencyMs = (long) ((180 + d.outputTokens * 11 + d.reasoningTokens * 6) * noise);
    }

    /** An error response: nothing generated, and the provider says why. */
    static void error(Draft d, int status, String type, String message, SplittableRandom r) {
        d.status = status;
        d.errorType = type;
        d.errorMessage = message;
        d.content = null;
        d.reasoning = null;
        d.finishReason = null;
        d.inputTokens = 0;
        d.outputTokens = 0;
        d.reasoningTokens = 0;
        d.latencyMs = 15 + r.nextInt(180);
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
