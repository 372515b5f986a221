package io.alembic.spark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "alembic-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs the Alembic distillation detectors over provider-scale API logs and writes a reduced evidence bundle: "
                        + "the flagged accounts, every account in their clusters, a sample of benign context, all of their "
                        + "request lines verbatim, their registry lines, findings.json (the scores computed here) and "
                        + "population.json (what the laptop needs to reproduce those scores).",
                "Submit with spark-submit --class io.alembic.spark.DistillationJob alembic-spark.jar OPTIONS; without a "
                        + "Spark master set, the job runs in local mode on all cores."},
        footer = {"", "Exit codes: 0 done, 1 usage or other error, 2 an input bundle failed verification."})
public final class JobOptions implements Serializable {
    @Option(names = {"-i", "--input"}, required = true, arity = "1..*", paramLabel = "PATH",
            description = "Request logs, repeatable, local or any Hadoop-compatible URI: a bundle folder (or its manifest.json), "
                    + ".jsonl / .jsonl.gz files, folders or globs of them, or Parquet files/folders (a 'raw' JSON column, or "
                    + "the record's fields as columns).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--accounts", arity = "1..*", paramLabel = "PATH",
            description = "Account registry files (accounts.jsonl lines) for inputs that are not bundles; a bundle's own are read anyway.")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--format", paramLabel = "auto|bundle|jsonl|parquet", description = "How to read --input (default: ${DEFAULT-VALUE}: by name and content).")
    InputPlan.Format format = InputPlan.Format.AUTO;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Where the reduced bundle goes (local or Hadoop URI); must not exist or be empty unless --overwrite.")
    String out;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule override JSON, as the desktop's detect --rules (default: the shipped rules).")
    String rules;

    @Option(names = "--benign-sample", paramLabel = "F",
            description = "Share of the unflagged accounts kept as benign context, chosen by a hash of the account id (default: ${DEFAULT-VALUE}).")
    double benignSample = 0.01;

    @Option(names = "--job-id", paramLabel = "ID",
            description = "Names this run in findings.json and in the workbench (default: derived from the inputs, rules and options).")
    String jobId;

    @Option(names = "--bundle-id", paramLabel = "ID", description = "bundle_id of the reduced bundle (default: the job id).")
    String bundleId;

    @Option(names = "--provider", paramLabel = "NAME", description = "provider field of the manifest.")
    String provider;

    @Option(names = "--case-reference", paramLabel = "REF", description = "case_reference field of the manifest.")
    String caseReference;

    @Option(names = "--exported-at", paramLabel = "TIME",
            description = "exported_at of the manifest (RFC 3339). Left out by default, so reruns give the same bytes.")
    String exportedAt;

    @Option(names = "--lines-per-part", paramLabel = "N", description = "Approximate request lines per records part (default: ${DEFAULT-VALUE}).")
    int linesPerPart = 100_000;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the by-account shuffle (default: by input size, at least twice the default parallelism). Results do not depend on it.")
    Integer partitions;

    @Option(names = "--accept-mismatch", description = "Go on when an input bundle's files do not match its manifest (recorded in findings.json).")
    boolean acceptMismatch;

    @Option(names = "--no-verify", description = "Do not hash input bundles' files against their manifests.")
    boolean noVerify;

    @Option(names = "--no-replay-check",
            description = "Skip re-scoring the kept accounts alone with the population context (the check that the laptop will get the same scores).")
    boolean noReplayCheck;

    @Option(names = "--overwrite", description = "Replace the contents of an existing --out folder.")
    boolean overwrite;

    /** The options that shape the output, in a fixed order, for findings.json and the default job id. */
    Map<String, String> described() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        m.put("rules", rules == null ? "shipped" : rules);
        m.put("benign_sample", Double.toString(benignSample));
        m.put("lines_per_part", Integer.toString(linesPerPart));
        if (!accounts.isEmpty()) m.put("accounts", String.join(",", accounts));
        if (acceptMismatch) m.put("accept_mismatch", "true");
        if (noVerify) m.put("verify", "false");
        return m;
    }

    void check() {
        if (!(benignSample >= 0 && benignSample <= 1)) throw new IllegalArgumentException("--benign-sample must be in [0, 1], got " + benignSample);
        if (linesPerPart < 1) throw new IllegalArgumentException("--lines-per-part must be >= 1");
        if (partitions != null && partitions < 1) throw new IllegalArgumentException("--partitions must be >= 1");
    }
}
