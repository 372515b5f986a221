package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bench.DetectionSweep;
import io.alembic.detect.RuleSet;
import io.alembic.sample.Corpora;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Runs an evaluation sweep and prints it: one line per bundle, then pooled per size, per tactic and false positives. */
final class SweepReport implements Callable<Integer> {
    private final SweepOptions o;
    private final RuleSet rules;
    private final boolean json;
    private final PrintWriter out, err;

    SweepReport(SweepOptions o, RuleSet rules, boolean json, PrintWriter out, PrintWriter err) {
        this.o = o;
        this.rules = rules;
        this.json = json;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        List<Long> seeds = SweepOptions.numbers(o.seeds);
        List<Integer> sizes = SweepOptions.numbers(o.sizes).stream().map(Long::intValue).toList();
        List<Long> records = new ArrayList<>();
        if (o.records != null) {
            records = SweepOptions.numbers(o.records);
            if (records.size() != sizes.size()) throw new IllegalArgumentException("--records needs one value per --sizes value");
        } else {
            for (int s : sizes) records.add(Math.max(300_000L, 15L * s));
        }
        if (!o.scenarios.equals("classic") && !o.scenarios.equals("varied"))
            throw new IllegalArgumentException("--scenarios must be classic or varied, got " + o.scenarios);
        Path work = o.work != null ? o.work : Files.createTempDirectory("alembic-sweep");
        Path corpora = o.corpora != null ? o.corpora : Corpora.locate();
        List<DetectionSweep.Run> runs = DetectionSweep.run(new DetectionSweep.Options(seeds, sizes, records, corpora, work, o.keep,
                o.scenarios.equals("varied"), o.holdout, rules), line -> { err.println(line); err.flush(); });
        if (json) {
            ObjectNode n = Json.object();
            n.put("rules_version", rules.version());
            ArrayNode rs = n.putArray("runs");
            for (DetectionSweep.Run r : runs) {
                ObjectNode x = rs.addObject();
                x.put("accounts", r.accounts());
                x.put("records", r.records());
                x.put("seed", r.seed());
                x.put("detect_seconds", Math.round(r.detectSeconds() * 10) / 10.0);
                EvaluateCommand.put(x, r.evaluation());
            }
            ObjectNode by = n.putObject("by_size");
            DetectionSweep.bySize(runs).forEach((size, p) -> pool(by.putObject(String.valueOf(size)), p));
            pool(n.putObject("all"), DetectionSweep.all(runs));
            Json.print(out, n);
            return Main.OK;
        }
        out.printf("rules %s%n%-9s %-8s %-6s %9s %7s %6s %6s %6s %8s%n", rules.version(), "accounts", "records", "seed",
                "precision", "recall", "TP", "FP", "FN", "detect s");
        for (DetectionSweep.Run r : runs) {
            var e = r.evaluation();
            out.printf("%-9d %-8d %-6d %9.3f %7.3f %6d %6d %6d %8.1f%n", r.accounts(), r.records(), r.seed(), e.precision(), e.recall(),
                    e.truePositives(), e.falsePositives(), e.falseNegatives(), r.detectSeconds());
        }
        DetectionSweep.bySize(runs).forEach((size, p) -> out.printf("pooled %-8d precision %.3f recall %.3f (TP %d, FP %d, FN %d)%n",
                size, p.precision(), p.recall(), p.tp, p.fp, p.fn));
        DetectionSweep.Pool all = DetectionSweep.all(runs);
        out.printf("all      precision %.3f recall %.3f%n", all.precision(), all.recall());
        all.tactics.forEach((t, c) -> out.printf("  tactic %-26s %.3f (%d/%d)%n", t, c[1] == 0 ? 1.0 : c[0] / (double) c[1], c[0], c[1]));
        all.falsePositivesByProfile.forEach((p, c) -> out.printf("  false positives %-18s %d%n", p, c));
        out.flush();
        return Main.OK;
    }

    private static void pool(ObjectNode n, DetectionSweep.Pool p) {
        n.put("precision", EvaluateCommand.round(p.precision()));
        n.put("recall", EvaluateCommand.round(p.recall()));
        n.put("true_positives", p.tp);
        n.put("false_positives", p.fp);
        n.put("false_negatives", p.fn);
        n.put("true_negatives", p.tn);
        EvaluateCommand.rates(n.putObject("recall_by_tactic"), p.tactics);
        ObjectNode fp = n.putObject("false_positives_by_profile");
        p.falsePositivesByProfile.forEach(fp::put);
    }
}
