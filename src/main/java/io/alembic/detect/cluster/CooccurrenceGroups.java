package io.alembic.detect.cluster;

import io.alembic.detect.Rule;
import io.alembic.detect.parts.PoissonTail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fleets too big for pairwise rarity: when a thousand accounts share a value, no pair of them is surprising, but a
 * thousand accounts sharing two values of different facets (a parameter set and a registration burst, a start day and
 * an end day, a router and a pause) where the values' own frequencies predict a handful is an operator. Counts every
 * pair of an account's values across facets (values of one facet, such as an app's agent and its parameter set, go
 * together by nature and are never paired), and keeps the pairs whose co-occurrence is far above chance (Poisson tail,
 * corrected for the number of pairs tested) and that nearly coincide (most holders of the rarer value hold the other).
 * Cost: accounts x (values per account)^2, whatever the fleet size.
 */
final class CooccurrenceGroups {
    /** One significant pair of values and the accounts that have both. */
    record Group(String describe, List<Integer> members, double strength, boolean covert) {}

    /**
     * A value an account has, with its facet (values of the same facet are never paired) and, for timing values, the
     * epoch day it falls on (moments on neighbouring days follow from each other: a resume late on the last day).
     */
    record Value(String facet, String name, long day) {
        Value(String facet, String name) { this(facet, name, 0); }
    }

    private CooccurrenceGroups() { }

    /**
     * @param values per account index, its values (each listed once)
     * @param rule   cluster rules: min_group, margin and full_margin under "groups"
     */
    static List<Group> find(List<List<Value>> values, Rule rule) {
        return find(values, rule, Counts.local(values.size()), new boolean[values.size()]);
    }

    /** @param counts where value and pair counts come from; kept marks accounts whose counts a context must record */
    static List<Group> find(List<List<Value>> values, Rule rule, Counts counts, boolean[] kept) {
        int n = counts.accounts;
        int minGroup = rule.integer("groups", "min_group");
        Map<Value, Integer> ids = new HashMap<>();
        List<Value> names = new ArrayList<>();
        List<int[]> perAccount = new ArrayList<>(n);
        Map<Integer, Integer> df = new HashMap<>();
        Map<Integer, Boolean> heldByKept = new HashMap<>();
        for (int acc = 0; acc < values.size(); acc++) {
            List<Value> vs = values.get(acc);
            int[] a = new int[vs.size()];
            for (int k = 0; k < vs.size(); k++) {
                Value v = vs.get(k);
                Integer id = ids.get(v);
                if (id == null) {
                    id = names.size();
                    ids.put(v, id);
                    names.add(v);
                }
                a[k] = id;
                df.merge(id, 1, Integer::sum);
                if (kept[acc]) heldByKept.put(id, true);
            }
            perAccount.add(a);
        }
        for (Map.Entry<Integer, Integer> e : df.entrySet()) { // the population's counts where a context supplies them
            Value v = names.get(e.getKey());
            e.setValue(counts.of("value\u0001" + v.facet() + "\u0001" + v.name(), e.getValue(), heldByKept.containsKey(e.getKey())));
        }
        double maxDf = Math.max(rule.num("groups", "max_df_share") * n, minGroup);
        Map<Long, Integer> together = new HashMap<>();
        java.util.Set<Long> keptPairs = new java.util.HashSet<>();
        for (int acc = 0; acc < perAccount.size(); acc++) {
            int[] a = perAccount.get(acc);
            int[] keep = Arrays.stream(a).filter(id -> df.get(id) >= minGroup && df.get(id) <= maxDf).sorted().toArray();
            for (int x = 0; x < keep.length; x++) {
                for (int y = x + 1; y < keep.length; y++) {
                    if (!pairable(names.get(keep[x]), names.get(keep[y]))) continue;
                    long pair = ((long) keep[x] << 32) | keep[y];
                    together.merge(pair, 1, Integer::sum);
                    if (kept[acc]) keptPairs.add(pair);
                }
            }
        }
        double tests = Math.max(1, counts.of("groups\u0001tests", together.size(), true));
        double margin = Math.log10(tests) + rule.num("groups", "margin"), full = rule.num("groups", "full_margin");
        Map<Long, double[]> significant = new HashMap<>(); // pair -> {surprise, expected}
        double minOverlap = rule.num("groups", "min_overlap");
        together.forEach((key, local) -> {
            int a = (int) (key >>> 32), b = (int) (long) key;
            int c = counts.of("pair\u0001" + pairKey(names.get(a), names.get(b)), local, keptPairs.contains(key));
            if (c < minGroup) return;
            // the two values must nearly coincide: sub-populations (consumers on webmail and a consumer app, say) make
            // ordinary values co-occur above chance too, but never as one set of accounts
            if (c < minOverlap * Math.min(df.get(a), df.get(b))) return;
            double expected = df.get(a) * (double) df.get(b) / n;
            double s = PoissonTail.surprise(c, expected);
            if (s > margin) significant.put(key, new double[]{s, expected, c});
        });
        if (significant.isEmpty()) return List.of();
        Map<Long, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < perAccount.size(); i++) {
            int[] a = perAccount.get(i).clone();
            Arrays.sort(a);
            for (int x = 0; x < a.length; x++) {
                for (int y = x + 1; y < a.length; y++) {
                    long key = ((long) a[x] << 32) | a[y];
                    if (significant.containsKey(key)) members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Group> out = new ArrayList<>();
        members.keySet().stream().sorted().forEach(key -> {
            double[] s = significant.get(key);
            Value a = names.get((int) (key >>> 32)), b = names.get((int) (long) key);
            if (order(a).compareTo(order(b)) > 0) { Value t = a; a = b; b = t; } // by value, not by order of first sight
            List<Integer> m = members.get(key);
            String text = String.format(Locale.ROOT, "%d accounts have both %s and %s (%.1f expected from how common each is)",
                    (int) s[2], a.name(), b.name(), s[1]);
            out.add(new Group(text, m, Math.min(1, (s[0] - margin) / full), COVERT.contains(a.facet()) || COVERT.contains(b.facet())));
        });
        return out;
    }

    private static String order(Value v) { return v.facet() + '\u0001' + v.name(); }

    /** The same key whichever value was seen first, so a population context recorded on one log reads on another. */
    static String pairKey(Value a, Value b) {
        String x = order(a), y = order(b);
        return x.compareTo(y) <= 0 ? x + '\u0002' + y : y + '\u0002' + x;
    }

    /** Values of different facets; two timing moments pair too (a start and an end day) when days apart. */
    private static boolean pairable(Value a, Value b) {
        if (!a.facet().equals(b.facet())) return true;
        return a.facet().equals(TIMING) && Math.abs(a.day() - b.day()) >= 2;
    }

    static final String TIMING = "timing";
    /** Facets an operator shares without meaning to; a group involving one is fleet evidence, not a declared team. */
    static final List<String> COVERT = List.of(TIMING, "registration", "origin");


}
