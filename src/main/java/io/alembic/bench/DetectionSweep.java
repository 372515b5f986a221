package io.alembic.bench;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.RuleSet;
import io.alembic.detect.eval.Evaluation;
import io.alembic.detect.eval.Evaluator;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Detection quality over a sweep of generated bundles: for every population size and seed, generate a bundle, detect
 * straight over it, compare with its labels, and pool the counts per size, per tactic and per benign profile. One
 * command answers "does it still hold with ten times the accounts" and "which tactic does it miss".
 */
public final class DetectionSweep {
    /** @param records valid records per size (same order as sizes) */
    public record Options(List<Long> seeds, List<Integer> sizes, List<Long> records, Path corpora, Path work, boolean keep,
                          boolean varied, boolean holdout, RuleSet rules) {}

    /** One bundle's outcome. */
    public record Run(int accounts, long records, long seed, Evaluation evaluation, double generateSeconds,
                      double detectSeconds) {}

    /** Counts pooled over runs. */
    public static final class Pool {
        public long tp, fp, fn, tn;
        public final Map<String, long[]> tactics = new TreeMap<>();
        public final Map<String, Long> falsePositivesByProfile = new TreeMap<>();

        void add(Evaluation e) {
            tp += e.truePositives();
            fp += e.falsePositives();
            fn += e.falseNegatives();
            tn += e.trueNegatives();
            e.byTactic().forEach((t, c) -> {
                long[] p = tactics.computeIfAbsent(t, k -> new long[2]);
                p[0] += c[0];
                p[1] += c[1];
            });
            for (String id : e.falsePositiveIds()) {
                String d = e.describe().getOrDefault(id, "benign ?");
                falsePositivesByProfile.merge(d.startsWith("benign ") ? d.substring(7) : d, 1L, Long::sum);
            }
        }

        public double precision() { return tp + fp == 0 ? 1 : tp / (double) (tp + fp); }

        public double recall() { return tp + fn == 0 ? 1 : tp / (double) (tp + fn); }
    }

    private DetectionSweep() { }

    public static List<Run> run(Options o, Consumer<String> progress) throws IOException {
        Files.createDirectories(o.work());
        List<Run> runs = new ArrayList<>();
        for (int s = 0; s < o.sizes().size(); s++) {
            int accounts = o.sizes().get(s);
            long records = o.records().get(s);
            for (long seed : o.seeds()) {
                String name = "sweep-" + accounts + "-" + seed;
                progress.accept(String.format("%s: generating %d accounts, %d records", name, accounts, records));
                long t0 = System.nanoTime();
                SampleSpec spec = new SampleSpec(seed, accounts, records, false, 0, 250_000).withVaried(o.varied()).withHoldout(o.holdout());
                Path bundle = new SampleGenerator(o.corpora(), spec).generate(o.work(), name);
                long t1 = System.nanoTime();
                progress.accept(name + ": detecting");
                DetectionReport report = BundleDetection.run(bundle, o.rules());
                long t2 = System.nanoTime();
                Set<String> flagged = new TreeSet<>();
                for (AccountResult a : report.flagged()) flagged.add(a.accountId());
                Path labels = o.work().resolve(name + ".labels.json");
                Evaluation e = Evaluator.evaluate(labels, flagged);
                runs.add(new Run(accounts, records, seed, e, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
                progress.accept(String.format("%s: precision %.3f recall %.3f (%.0f s detect)", name, e.precision(), e.recall(),
                        (t2 - t1) / 1e9));
                if (!o.keep()) {
                    delete(bundle);
                    Files.deleteIfExists(labels);
                }
            }
        }
        return runs;
    }

    /** Runs pooled per population size, in size order. */
    public static Map<Integer, Pool> bySize(List<Run> runs) {
        Map<Integer, Pool> out = new TreeMap<>();
        for (Run r : runs) out.computeIfAbsent(r.accounts(), k -> new Pool()).add(r.evaluation());
        return out;
    }

    public static Pool all(List<Run> runs) {
        Pool p = new Pool();
        runs.forEach(r -> p.add(r.evaluation()));
        return p;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
