package io.alembic.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Paraphrased campaign prompts with little shared scaffolding: opener, instruction, closer and the order of the parts
 * are drawn per request, and most instructions avoid the stock "think step by step" wording, so neither exact phrases
 * nor shared prompt edges give the campaign away. Written for the generator (no corpus text).
 */
final class FreePhrasing {
    private FreePhrasing() {}

    private static final List<String> OPENERS = List.of("", "", "Here is a problem.", "Consider the following.", "Task:",
            "I need help with this one.", "Next item.", "Problem statement below.", "Quick question:", "Please look at this.",
            "For our records:", "Another one for you:");

    private static final List<String> REASONING = List.of(
            "Walk through your thinking in detail before you commit to an answer.",
            "Lay out every intermediate step and do not skip anything.",
            "Explain the logic behind each move, then conclude.",
            "Before answering, write out the full derivation.",
            "Make your reasoning explicit at every stage.",
            "Give a rigorous solution that includes all intermediate reasoning.",
            "Narrate how you get from the question to the result, one inference at a time.",
            "Document each calculation you perform along the way.",
            "Think step by step.",
            "Show your work in full.",
            "Spell out the argument completely; the working matters more than the answer.",
            "I want to see how you think about it, in detail, not just the result.");

    private static final List<String> ANSWER_ONLY = List.of(
            "Reply with just the result.", "Only the answer, nothing else.", "Skip the working and give the result.",
            "Answer only.", "Respond with the bare answer.", "No commentary, just the answer.",
            "Give me the number or phrase that answers it, nothing more.", "One line: the answer.");

    private static final List<String> CLOSERS = List.of("", "", "", "Finish with the final result on its own line.",
            "Put the final answer at the end.", "Conclude with the answer.", "Thanks.", "Be precise.");

    private static final List<String> JOINS = List.of("\n\n", " ", "\n", "\n---\n");

    /** One request's prompt around question q; reasoning=false builds an answer-only pair. */
    static String compose(String q, boolean reasoning, SplittableRandom r) {
        String opener = Network.any(OPENERS, r);
        String ask = Network.any(reasoning ? REASONING : ANSWER_ONLY, r);
        String closer = reasoning ? Network.any(CLOSERS, r) : "";
        String join = Network.any(JOINS, r);
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            append(sb, opener, join);
            append(sb, ask, join);
            append(sb, q, join);
        } else {
            append(sb, opener, join);
            append(sb, q, join);
            append(sb, ask, join);
        }
        append(sb, closer, join);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part, String join) {
        if (part.isEmpty()) return;
        if (sb.length() > 0) sb.append(join);
        sb.append(part);
    }
}
