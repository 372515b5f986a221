package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bench.BundleDetection;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.RuleSet;
import io.alembic.detect.eval.Evaluation;
import io.alembic.detect.eval.Evaluator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compare detections with generated ground truth: a case's stored detections (running detect first if there "
                + "are none), a fresh run straight over a bundle folder, or a sweep that generates and scores bundles over "
                + "several seeds and population sizes."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--case", paramLabel = "DIR", description = "Case folder (its stored detections, or a new run).")
        Path caseDir;

        @Option(names = "--bundle", paramLabel = "DIR", description = "Bundle folder: detect straight over its files, no case.")
        Path bundle;

        @Option(names = "--sweep", description = "Generate, detect and score a bundle for every seed and size (see --seeds, --sizes).")
        boolean sweep;
    }

    @Option(names = "--labels", paramLabel = "FILE", description = "NAME.labels.json written by the sample command (with --case or --bundle).")
    Path labels;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule override JSON (with --bundle or --sweep; a case uses its own).")
    Path rules;

    @ArgGroup(exclusive = false, heading = "Sweep options:%n")
    SweepOptions sweep = new SweepOptions();

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (source.sweep) return new SweepReport(sweep, RuleSet.load(rules), json, out, spec.commandLine().getErr()).call();
        if (labels == null) throw new ParameterException(spec.commandLine(), "--labels is required with --case or --bundle");
        if (!Files.isRegularFile(labels)) throw new NoSuchFileException(labels.toString());
        DetectionReport report;
        if (source.bundle != null) {
            report = BundleDetection.run(source.bundle, RuleSet.load(rules));
        } else {
            try (Case c = Case.open(source.caseDir)) {
                report = c.detections().orElse(null);
                if (report == null) report = c.detect(rules, ImportListener.NONE, CancelToken.none());
            }
        }
        Set<String> flagged = new TreeSet<>();
        for (AccountResult a : report.flagged()) flagged.add(a.accountId());
        Evaluation e = Evaluator.evaluate(labels, flagged);
        if (json) {
            ObjectNode n = Json.object();
            n.put("rules_version", report.rulesVersion());
            put(n, e);
            ObjectNode fp = n.putObject("false_positives");
            e.falsePositiveIds().forEach(id -> fp.put(id, e.describe().get(id)));
            ObjectNode miss = n.putObject("misses");
            e.missedIds().forEach(id -> miss.put(id, e.describe().get(id)));
            Json.print(out, n);
            return Main.OK;
        }
        out.printf("precision %.3f  recall %.3f  F1 %.3f   (TP %d, FP %d, FN %d, TN %d; rules %s)%n", e.precision(), e.recall(), e.f1(),
                e.truePositives(), e.falsePositives(), e.falseNegatives(), e.trueNegatives(), report.rulesVersion());
        e.byTactic().forEach((t, c) -> out.printf("  tactic   %-24s %d/%d%n", t, c[0], c[1]));
        e.byCampaign().forEach((t, c) -> out.printf("  campaign %-24s %d/%d%n", t, c[0], c[1]));
        e.falsePositiveIds().forEach(id -> out.printf("  false positive %s (%s)%n", id, e.describe().get(id)));
        e.missedIds().forEach(id -> out.printf("  missed %s (%s)%n", id, e.describe().get(id)));
        out.flush();
        return Main.OK;
    }

    /** Precision, recall, confusion and per-tactic/campaign recall, as every evaluate output carries them. */
    static void put(ObjectNode n, Evaluation e) {
        n.put("precision", round(e.precision()));
        n.put("recall", round(e.recall()));
        n.put("f1", round(e.f1()));
        ObjectNode cm = n.putObject("confusion");
        cm.put("true_positives", e.truePositives());
        cm.put("false_positives", e.falsePositives());
        cm.put("false_negatives", e.falseNegatives());
        cm.put("true_negatives", e.trueNegatives());
        rates(n.putObject("recall_by_tactic"), e.byTactic());
        rates(n.putObject("recall_by_campaign"), e.byCampaign());
    }

    static void rates(ObjectNode n, Map<String, long[]> m) {
        m.forEach((k, c) -> {
            ObjectNode o = n.putObject(k);
            o.put("recall", round(Evaluation.rate(c)));
            o.put("found", c[0]);
            o.put("total", c[1]);
        });
    }

    static double round(double v) { return Math.round(v * 10000) / 10000.0; }
}
