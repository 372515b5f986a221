package io.alembic.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Prompts grouped by task family, with synthesized stand-ins for families the licence policy leaves empty. */
final class PromptPools {
    enum Family { CHAT, QUESTION, MATH, TASK, CODE, SCIENCE, MULTILINGUAL }

    record Prompt(String text, String response, String reasoning, Family family) {}

    private final List<CorpusItem> chat = new ArrayList<>();
    private final List<CorpusItem> questions = new ArrayList<>();
    private final List<CorpusItem> math = new ArrayList<>();
    private final List<CorpusItem> tasks = new ArrayList<>();
    private final List<CorpusItem> code = new ArrayList<>();
    /** The same rows grouped into the public datasets they came from, in their published order. */
    final Datasets datasets;

    PromptPools(List<CorpusItem> items) {
        this.datasets = new Datasets(items);
        for (CorpusItem it : items) {
            String k = it.kind() == null ? "" : it.kind();
            switch (k) {
                case "human_chat" -> chat.add(it);
                case "human_question" -> questions.add(it);
                case "math" -> math.add(it);
                case "code_task" -> code.add(it);
                default -> tasks.add(it);
            }
        }
        if (chat.isEmpty() || math.isEmpty() || tasks.isEmpty())
            throw new IllegalArgumentException("corpora must provide human_chat, math and task prompts");
    }

    Prompt pick(Family f, SplittableRandom r) {
        return switch (f) {
            case CHAT -> of(chat, r, f);
            case QUESTION -> questions.isEmpty() ? of(chat, r, Family.CHAT) : of(questions, r, f);
            case MATH -> of(math, r, f);
            case TASK -> of(tasks, r, f);
            case CODE -> code.isEmpty() ? synthCode(r) : of(code, r, f);
            case SCIENCE -> synthScience(r);
            case MULTILINGUAL -> synthMultilingual(r);
        };
    }

    private static Prompt of(List<CorpusItem> pool, SplittableRandom r, Family f) {
        CorpusItem it = pool.get(r.nextInt(pool.size()));
        return new Prompt(it.prompt(), it.response(), it.reasoning(), f);
    }

    /** A dataset row as a prompt (its kind decides the family). */
    static Prompt of(CorpusItem it) {
        Family f = switch (it.kind() == null ? "" : it.kind()) {
            case "human_chat" -> Family.CHAT;
            case "human_question" -> Family.QUESTION;
            case "math" -> Family.MATH;
            case "code_task" -> Family.CODE;
            default -> Family.TASK;
        };
        return new Prompt(it.prompt(), it.response(), it.reasoning(), f);
    }

    /** True when the corpora include real programming tasks (not only the generator's stand-ins). */
    boolean hasCode() { return !code.isEmpty(); }

    private static <T> T any(List<T> l, SplittableRandom r) {
        return l.get(r.nextInt(l.size()));
    }

    private Prompt synthCode(SplittableRandom r) {
        String lang = any(Templates.CODE_LANGS, r);
        String task = any(Templates.CODE_TASKS, r);
        String text = any(Templates.CODE_FORMS, r).replace("{lang}", lang).replace("{t}", task);
        String answer = "Here is a " + lang + " solution that " + task + ".\n\n```\n// " + lang
                + " implementation\nfunction solve(input) {\n  // handle the empty case first\n  if (input == null) return null;\n  // main loop\n  return result;\n}\n```\n\nThe approach runs in linear time in the size of the input.";
        return new Prompt(text, answer, null, Family.CODE);
    }

    private static Prompt synthScience(SplittableRandom r) {
        String t = any(Templates.SCIENCE_TOPICS, r);
        String text = any(Templates.SCIENCE_FORMS, r).replace("{t}", t);
        String answer = "In short, " + t + " can be understood by looking at the underlying mechanism, the quantities "
                + "that are conserved, and the conditions under which the usual approximations hold. First, ... "
                + "Second, ... Finally, the standard result follows, and it matters because it explains observations "
                + "that simpler models cannot.";
        return new Prompt(text, answer, null, Family.SCIENCE);
    }

    private Prompt synthMultilingual(SplittableRandom r) {
        CorpusItem base = r.nextBoolean() ? any(chat, r) : any(tasks, r);
        String lang = any(Templates.LANGUAGES, r);
        String text = any(Templates.MULTILINGUAL_FORMS, r).replace("{lang}", lang).replace("{q}", base.prompt());
        return new Prompt(text, "[" + lang + "] " + (base.response() != null ? base.response() : base.prompt()),
                null, Family.MULTILINGUAL);
    }
}
