package io.alembic.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The public datasets inside the corpora, each in its published order: what a sweep walks through item by item and
 * what an evaluation team runs as a test set. Rows are told apart by their id prefix (GSM8K's train split ends at
 * gsm-7472, its test split follows).
 */
final class Datasets {
    record Dataset(String name, List<CorpusItem> items) {
        int size() { return items.size(); }
    }

    private static final int GSM8K_TRAIN = 7473;
    private final Map<String, Dataset> byName = new LinkedHashMap<>();

    Datasets(List<CorpusItem> items) {
        Map<String, List<CorpusItem>> groups = new LinkedHashMap<>();
        for (CorpusItem it : items) {
            String name = nameOf(it.id());
            if (name != null) groups.computeIfAbsent(name, k -> new ArrayList<>()).add(it);
        }
        groups.forEach((k, v) -> byName.put(k, new Dataset(k, List.copyOf(v))));
    }

    private static String nameOf(String id) {
        if (id == null) return null;
        if (id.startsWith("gsm-")) return number(id) < GSM8K_TRAIN ? "gsm8k-train" : "gsm8k-test";
        if (id.startsWith("hh-")) return "hh-rlhf-harmless-test";
        if (id.startsWith("seed-")) return "self-instruct-seeds";
        if (id.startsWith("uoi-")) return "user-oriented-instructions";
        if (id.startsWith("nq-")) return "nq-open";
        if (id.startsWith("ae-gpt4-")) return "alpaca-eval"; // the claude-2 file repeats the same 805 instructions
        if (id.startsWith("ca-")) return "code-alpaca";
        return null;
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    List<Dataset> all() { return List.copyOf(byName.values()); }

    Dataset get(String name) { return byName.get(name); }

    /**
     * What a harvester would sweep: any set with enough items for the fleet and not bigger than the bundle has room
     * for (a sweep of a 7,000-item set does not fit a 20,000-record sample beside everything else).
     */
    Dataset forSweep(int minItems, long maxItems, SplittableRandom r) {
        List<Dataset> fit = new ArrayList<>();
        for (Dataset d : byName.values()) if (d.size() >= minItems && d.size() <= maxItems) fit.add(d);
        if (fit.isEmpty()) return smallest();
        return fit.get(r.nextInt(fit.size()));
    }

    private Dataset smallest() {
        Dataset best = null;
        for (Dataset d : byName.values()) if (best == null || d.size() < best.size()) best = d;
        return best;
    }

    /** What an evaluation team runs: the published test sets. */
    Dataset forEvaluation(SplittableRandom r) {
        List<Dataset> tests = new ArrayList<>();
        for (String n : List.of("gsm8k-test", "alpaca-eval", "nq-open", "hh-rlhf-harmless-test"))
            if (byName.containsKey(n)) tests.add(byName.get(n));
        return tests.isEmpty() ? largest() : tests.get(r.nextInt(tests.size()));
    }

    private Dataset largest() {
        Dataset best = null;
        for (Dataset d : byName.values()) if (best == null || d.size() > best.size()) best = d;
        return best;
    }
}
