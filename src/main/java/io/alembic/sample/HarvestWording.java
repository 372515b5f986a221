package io.alembic.sample;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Harvest wrappers written the way a careful operator writes them: no stock prompt-engineering phrase, a pretext
 * that sounds like a person, the demand for the full working built from interchangeable pieces, and the pieces,
 * separators, order and casing drawn per request so that no two requests share a fixed scaffold. Written for the
 * generator.
 */
final class HarvestWording {
    private HarvestWording() {}

    private static final String[] PRETEXTS = {"", "", "", "I'm putting together practice material for a class.",
            "We're checking an answer key and want to be sure.", "A friend and I got different results on this.",
            "This came up while I was revising.", "Trying to get better at problems like this one.",
            "For my notes.", "Could use a hand with this.", "I keep getting stuck here.", "Here's one from a worksheet.",
            "Quick one.", "Working on this tonight.", "My tutor set this and I'd like to compare approaches.",
            "Preparing an explanation for a younger sibling.", "Part of a set I'm going through.",
            "I want to understand this properly, not just get an answer."};

    private static final String[] VERBS = {"Talk me through", "Walk through", "Break down", "Go over", "Unpack",
            "Reason out", "Work through", "Lay out", "Take me through", "Explain", "Describe", "Spell out",
            "Go through", "Set out"};

    private static final String[] OBJECTS = {"how you'd get there", "the solution", "your approach",
            "how to arrive at the answer", "each stage of it", "the way to solve it", "how this is worked out",
            "what you would do first and why", "the logic from start to finish", "how you'd tackle it",
            "the calculation", "how the answer follows from the question"};

    private static final String[] MANNERS = {"before giving the final result", "in as much detail as you can",
            "without skipping the small steps", "the way a patient teacher would", "one move at a time",
            "and justify each move", "including anything you check along the way", "so I could redo it myself",
            "and mention where people usually go wrong", "with every intermediate value written down",
            "and say why each step is allowed", "slowly", "clearly and completely"};

    private static final String[] FORMATS = {"", "", "", "End with the result on its own line.", "Number the stages.",
            "Keep the final answer separate at the end.", "Use short paragraphs.", "Finish by stating the answer plainly.",
            "Then give the answer in one sentence.", "Put the answer last."};

    private static final String[] LEADS = {"", "", "Here it is:", "The problem:", "Question:", "Text:", "It goes like this:",
            "Problem below.", "See below."};

    private static final String[] SEPARATORS = {"\n\n", "\n", " ", "\n\n", "\n---\n", "\n\n"};

    /** A request that asks for the full working around item q. */
    static String reasoning(String q, SplittableRandom r) {
        String ask = VERBS[r.nextInt(VERBS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)] + " "
                + MANNERS[r.nextInt(MANNERS.length)] + ".";
        return assemble(q, ask, r);
    }

    /** A request that asks only for a clean answer (pairs for supervised fine-tuning), worded freely too. */
    static String answerOnly(String q, SplittableRandom r) {
        String[] asks = {"Just the answer is fine.", "No need to explain, the result is enough.",
                "What's the answer? Keep it short.", "Give me only what the answer is.", "Short reply please, only the result.",
                "I only need the final result.", "Brief answer, no working."};
        return assemble(q, asks[r.nextInt(asks.length)], r);
    }

    private static String assemble(String q, String ask, SplittableRandom r) {
        String pre = PRETEXTS[r.nextInt(PRETEXTS.length)];
        String lead = LEADS[r.nextInt(LEADS.length)];
        String fmt = FORMATS[r.nextInt(FORMATS.length)];
        String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
        StringBuilder sb = new StringBuilder();
        boolean askFirst = r.nextDouble() < 0.45;
        join(sb, pre, sep);
        if (askFirst) join(sb, ask, sep);
        join(sb, lead.isEmpty() ? q : lead + (r.nextBoolean() ? " " : "\n") + q, sep);
        if (!askFirst) join(sb, ask, sep);
        join(sb, fmt, sep);
        String s = sb.toString();
        double x = r.nextDouble();
        if (x < 0.15) s = s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1); // typed quickly
        else if (x < 0.22 && s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return s;
    }

    private static void join(StringBuilder sb, String part, String sep) {
        if (part.isEmpty()) return;
        if (sb.length() > 0) sb.append(sep);
        sb.append(part);
    }
}
