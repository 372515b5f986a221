package io.alembic.spark;

import io.alembic.bundle.FindingsFile;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestWriter;
import io.alembic.bundle.Sha256;
import io.alembic.bundle.Timestamps;
import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountResult;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.DetectionEngine;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.LogContext;
import io.alembic.detect.PopulationContext;
import io.alembic.detect.RequestFacts;
import io.alembic.detect.RequestIds;
import io.alembic.detect.RuleSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The job, phase by phase (each a named job and stage in Spark's UI):
 * <ol>
 * <li>verify: input bundles' files against their manifests (hash and size), one task per file;</li>
 * <li>scan: the lines the detectors count, the log's window and size, repeated request ids;</li>
 * <li>stage 1, per account: the counted lines as compact rows, shuffled by account and sorted by input order, one
 * profile builder per account, summaries with named evidence collected to the driver;</li>
 * <li>stage 2, on the driver: the cross-account stage over all summaries (inverted lists of shared values, never all
 * pairs), the accounts to keep, the population context of the kept accounts, and a replay of their scores from that
 * context alone;</li>
 * <li>reduce: the kept accounts' lines, verbatim, bucketed by account into gzip parts written by the executors;</li>
 * <li>the small files and the manifest, on the driver.</li>
 * </ol>
 */
final class Pipeline {
    static final String COMPUTED_BY = "alembic-spark distillation job 1";

    /** What a run produced, for the caller and the tests. */
    record Result(String jobId, String rulesVersion, DetectionReport full, DetectionReport kept, KeepSet keep,
                  PopulationContext population, Map<String, Long> counts, byte[] manifest, List<String> replayDifferences) {}

    private final SparkSession spark;
    private final JobOptions opts;
    private final PrintStream log;
    private final long t0 = System.nanoTime();

    Pipeline(SparkSession spark, JobOptions opts, PrintStream log) {
        this.spark = spark;
        this.opts = opts;
        this.log = log;
    }

    Result run() throws IOException {
        opts.check();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = sc.hadoopConfiguration();
        HadoopConf conf = new HadoopConf(hconf);
        String rulesJson = opts.rules == null ? null : new String(Fs.read(hconf, opts.rules), StandardCharsets.UTF_8);
        RuleSet rules = Engines.rules(rulesJson);
        String version = rules.version();
        InputPlan plan = InputPlan.resolve(hconf, opts.inputs, opts.accounts, opts.format);
        String jobId = opts.jobId != null ? opts.jobId : defaultJobId(plan, version);
        Map<String, Long> counts = new LinkedHashMap<>();
        say("job %s, rules %s: %d text file(s), %d Parquet input(s), %d registry file(s)", jobId, version, plan.text.size(),
                plan.parquet.size(), plan.registry.size());

        try (ReducedBundle out = new ReducedBundle(hconf, opts.out, opts.overwrite)) {
            // 1. verify input bundles
            counts.put("input_files", (long) (plan.text.size() + plan.registry.size()));
            if (!plan.listed.isEmpty() && !opts.noVerify) {
                phase(sc, "1 verify input bundles", "hash every file an input manifest lists");
                List<String> problems = sc.parallelize(plan.listed, plan.listed.size()).map(new VerifyListed(conf)).filter(p -> !p.isEmpty()).collect();
                counts.put("input_files_verified", (long) (plan.listed.size() - problems.size()));
                counts.put("input_files_mismatched", (long) problems.size());
                if (!problems.isEmpty()) {
                    problems.forEach(p -> say("MISMATCH %s", p));
                    if (!opts.acceptMismatch) throw new InputMismatchException(problems.get(0)
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "") + "; use --accept-mismatch to go on");
                }
            }

            // 2. scan
            JavaRDD<Line> lines = Sources.lines(spark, plan, conf);
            phase(sc, "2 scan", "read every line once: request ids, window, repeats");
            Scan.Result scan = Scan.run(spark, lines);
            counts.put("lines_read", scan.lines());
            counts.put("lines_unreadable", scan.unreadable());
            counts.put("duplicate_lines_dropped", scan.duplicateLines());
            counts.put("requests", scan.requests());
            say("scan: %d lines, %d requests, %d unreadable, %d repeated ids dropped, window %s .. %s", scan.lines(), scan.requests(),
                    scan.unreadable(), scan.duplicateLines(), Timestamps.format(scan.windowStart()), Timestamps.format(scan.windowEnd()));
            if (scan.requests() == 0) throw new IllegalArgumentException("no readable request lines in " + plan.described);

            // 3. stage 1: per account
            Accepted accepted = new Accepted(scan.repeats());
            int partitions = opts.partitions != null ? opts.partitions : partitions(scan.requests(), sc.defaultParallelism());
            phase(sc, "3 stage 1: per-account profiles", "shuffle counted requests by account; one profile per account");
            JavaRDD<Row> factRows = lines.mapPartitions(new ToFactRows(accepted));
            LogContext summaryLog = new LogContext(scan.windowStart(), scan.windowEnd(), 0, scan.requests());
            List<byte[]> packed = spark.createDataFrame(factRows, FactsRows.SCHEMA)
                    .repartition(partitions, col("account_id"))
                    .sortWithinPartitions(col("account_id"), col("ordinal"))
                    .mapPartitions(new ProfileStage(rulesJson, version, summaryLog), Encoders.BINARY())
                    .collectAsList();
            List<AccountSummary> summaries = new ArrayList<>(packed.size());
            long summaryBytes = 0;
            for (int i = 0; i < packed.size(); i++) {
                summaryBytes += packed.get(i).length;
                summaries.add(ProfileStage.deserialize(packed.get(i)));
                packed.set(i, null);
            }
            summaries.sort(Comparator.comparing(AccountSummary::accountId));
            for (int i = 1; i < summaries.size(); i++) {
                if (summaries.get(i).accountId().equals(summaries.get(i - 1).accountId())) {
                    throw new IllegalStateException("account " + summaries.get(i).accountId() + " was split across partitions");
                }
            }
            say("stage 1: %d accounts in %d partitions, %.1f MB of summaries collected", summaries.size(), partitions, summaryBytes / 1e6);

            // 4. stage 2 on the driver
            phase(sc, "4 stage 2: cross-account scoring (driver)", "links, clusters, campaigns over collected summaries");
            List<Registry.Entry> registry = Registry.read(hconf, plan.registry);
            List<AccountFacts> registryFacts = new ArrayList<>(registry.size());
            for (Registry.Entry e : registry) registryFacts.add(e.record().facts());
            DetectionEngine engine = new DetectionEngine(rules);
            LogContext logContext = new LogContext(scan.windowStart(), scan.windowEnd(), summaries.size(), scan.requests());
            DetectionReport full = engine.score(summaries, registryFacts, logContext, NO_IDS);
            KeepSet keep = KeepSet.select(full, opts.benignSample);
            PopulationContext population = engine.context(summaries, registryFacts, logContext, keep.accounts());
            DetectionReport kept = keep.restrict(full);
            long keptRequests = 0;
            List<AccountSummary> keptSummaries = new ArrayList<>();
            for (AccountSummary s : summaries) {
                if (!keep.accounts().contains(s.accountId())) continue;
                keptSummaries.add(s);
                keptRequests += s.requests();
            }
            counts.put("accounts", (long) summaries.size());
            counts.put("flagged", (long) full.flagged().size());
            counts.put("clusters", (long) full.clusters().size());
            counts.put("flagged_clusters", full.clusters().stream().filter(c -> c.flagged()).count());
            counts.put("kept_accounts", (long) keep.accounts().size());
            counts.put("kept_flagged", (long) keep.flagged().size());
            counts.put("kept_benign_sample", (long) keep.sampled().size());
            counts.put("kept_via_clusters", (long) keep.viaClusters().size());
            counts.put("kept_requests", keptRequests);
            say("stage 2: %d flagged of %d accounts, %d clusters; keeping %d accounts (%d flagged, %d sampled, %d cluster members) with %d requests",
                    full.flagged().size(), summaries.size(), full.clusters().size(), keep.accounts().size(), keep.flagged().size(),
                    keep.sampled().size(), keep.viaClusters().size(), keptRequests);
            List<String> differences = List.of();
            if (!opts.noReplayCheck) {
                List<AccountFacts> keptRegistry = registryFacts.stream().filter(a -> keep.accounts().contains(a.accountId())).toList();
                DetectionReport replay = engine.score(keptSummaries, keptRegistry, population.log(), NO_IDS, population);
                differences = differences(kept, replay);
                counts.put("replay_checked_accounts", (long) kept.accounts().size());
                counts.put("replay_differences", (long) differences.size());
                if (differences.isEmpty()) say("replay: the kept accounts alone, with the population context, score as in the full run");
                else differences.stream().limit(20).forEach(d -> say("REPLAY DIFFERS %s", d));
            }
            summaries = null;

            // 5. reduce: kept accounts' lines into parts
            int buckets = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (keptRequests + opts.linesPerPart - 1) / opts.linesPerPart));
            phase(sc, "5 reduce: write kept accounts' lines", "select the kept accounts' lines and write them as gzip parts");
            Broadcast<Set<String>> keepB = sc.broadcast(keep.accounts());
            JavaRDD<Row> keptRows = lines.mapPartitions(new KeptRows(keepB, accepted, buckets));
            List<String> written = spark.createDataFrame(keptRows, KEPT)
                    .repartition(buckets, col("bucket"))
                    .sortWithinPartitions(col("bucket"), col("ordinal"))
                    .mapPartitions(new PartWriter(conf, out.tmpDir()), Encoders.STRING())
                    .collectAsList();
            long writtenLines = out.adoptParts(written);
            if (writtenLines != keptRequests) {
                throw new IllegalStateException("wrote " + writtenLines + " request lines, the kept accounts have " + keptRequests);
            }
            keepB.destroy();

            // 6. small files and manifest
            phase(sc, "6 manifest", "accounts, findings, population, manifest");
            java.io.ByteArrayOutputStream accountBytes = new java.io.ByteArrayOutputStream();
            long accountLines = 0;
            for (Registry.Entry e : registry) {
                if (!keep.accounts().contains(e.record().accountId())) continue;
                accountBytes.write(e.raw());
                accountBytes.write('\n');
                accountLines++;
            }
            if (accountLines > 0) out.add("accounts.jsonl", ManifestFile.ACCOUNTS, accountBytes.toByteArray(), accountLines);
            FindingsFile findings = new FindingsFile(new FindingsFile.Upstream(jobId, version, COMPUTED_BY, plan.described,
                    opts.described(), counts), kept);
            out.add(FindingsFile.FILE_NAME, ManifestFile.FINDINGS, findings.toBytes(), -1);
            out.add("population.json", ManifestFile.POPULATION, population.toJson().getBytes(StandardCharsets.UTF_8), -1);
            String bundleId = opts.bundleId != null ? opts.bundleId : jobId;
            out.readme(readme(jobId, version, bundleId, counts));
            byte[] manifest = out.finish(new ManifestWriter.Header(bundleId, opts.provider, opts.exportedAt, COMPUTED_BY,
                    opts.caseReference, Timestamps.format(scan.windowStart()), Timestamps.format(scan.windowEnd())));
            say("wrote %s: %d files, manifest sha256 %s", opts.out, out.files().size() + 1, Sha256.of(manifest));
            sc.clearJobGroup();
            return new Result(jobId, version, full, kept, keep, population, counts, manifest, differences);
        }
    }

    /**
     * Partitions of the by-account shuffle: about 100,000 requests each (a partition's sort buffer and one account's
     * profile are what an executor holds), at least two per core, and a whole number of waves over the cores, so the
     * last wave does not leave cores idle.
     */
    static int partitions(long requests, int cores) {
        long n = Math.max(2L * cores, (requests + 99_999) / 100_000);
        n = (n + cores - 1) / cores * cores;
        return (int) Math.min(n, 1_000_000);
    }

    /** Summaries carry their own evidence names; nothing is left for a resolver. */
    private static final RequestIds NO_IDS = seqs -> {
        throw new IllegalStateException("a summary without named evidence reached the cross-account stage");
    };

    static final StructType KEPT = new StructType()
            .add("bucket", DataTypes.IntegerType, false)
            .add("ordinal", DataTypes.LongType, false)
            .add("raw", DataTypes.BinaryType, false);

    /** Counted lines as fact rows, for the by-account shuffle. */
    static final class ToFactRows implements FlatMapFunction<Iterator<Line>, Row> {
        private final Accepted accepted;

        ToFactRows(Accepted accepted) { this.accepted = accepted; }

        @Override
        public Iterator<Row> call(Iterator<Line> in) {
            Accepted a = accepted.copy();
            return filterMap(in, l -> {
                RequestFacts f = a.facts(l);
                return f == null ? null : FactsRows.row(l.ordinal(), f);
            });
        }
    }

    /** The kept accounts' counted lines, verbatim, with the part (bucket) their account goes to. */
    static final class KeptRows implements FlatMapFunction<Iterator<Line>, Row> {
        private final Broadcast<Set<String>> keep;
        private final Accepted accepted;
        private final int buckets;

        KeptRows(Broadcast<Set<String>> keep, Accepted accepted, int buckets) {
            this.keep = keep;
            this.accepted = accepted;
            this.buckets = buckets;
        }

        @Override
        public Iterator<Row> call(Iterator<Line> in) {
            Set<String> k = keep.value();
            Accepted a = accepted.copy();
            AccountPeek peek = new AccountPeek();
            Map<String, Integer> bucketOf = new HashMap<>();
            return filterMap(in, l -> {
                String account = peek.accountId(l.raw());
                if (account == null || !k.contains(account)) return null;
                RequestFacts f = a.facts(l);
                if (f == null || !k.contains(f.accountId())) return null;
                int b = bucketOf.computeIfAbsent(f.accountId(), id -> KeepSet.bucket(id, buckets));
                return RowFactory.create(b, l.ordinal(), l.raw());
            });
        }
    }

    /** Checks one listed file of an input bundle; returns "" when it matches, else the problem. */
    static final class VerifyListed implements org.apache.spark.api.java.function.Function<InputPlan.Listed, String> {
        private final HadoopConf conf;

        VerifyListed(HadoopConf conf) { this.conf = conf; }

        @Override
        public String call(InputPlan.Listed f) throws IOException {
            Path p = new Path(f.uri());
            java.security.MessageDigest md = Sha256.newDigest();
            long n = 0;
            try (InputStream in = p.getFileSystem(conf.get()).open(p, 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                for (int r; (r = in.read(buf)) > 0; ) {
                    md.update(buf, 0, r);
                    n += r;
                }
            } catch (java.io.FileNotFoundException e) {
                return f.bundleId() + ": " + f.uri() + " is missing";
            }
            String sha = Sha256.hex(md.digest());
            if (!sha.equals(f.sha256())) return f.bundleId() + ": " + f.uri() + ": manifest says sha256 " + f.sha256() + ", file has " + sha;
            if (f.bytes() >= 0 && n != f.bytes()) return f.bundleId() + ": " + f.uri() + ": manifest says " + f.bytes() + " bytes, file has " + n;
            return "";
        }
    }

    private static <A, B> Iterator<B> filterMap(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            B next;

            @Override
            public boolean hasNext() {
                while (next == null && in.hasNext()) next = f.apply(in.next());
                return next != null;
            }

            @Override
            public B next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                B b = next;
                next = null;
                return b;
            }
        };
    }

    /** Accounts whose score or flag differ between the full run and the replay from the population context. */
    static List<String> differences(DetectionReport full, DetectionReport replay) {
        Map<String, AccountResult> r = new HashMap<>();
        for (AccountResult a : replay.accounts()) r.put(a.accountId(), a);
        List<String> out = new ArrayList<>();
        for (AccountResult a : full.accounts()) {
            AccountResult b = r.get(a.accountId());
            if (b == null) out.add(a.accountId() + ": missing from the replay");
            else if (b.score() != a.score() || b.flagged() != a.flagged()) {
                out.add(a.accountId() + ": " + a.score() + (a.flagged() ? " flagged" : "") + " in the full run, " + b.score()
                        + (b.flagged() ? " flagged" : "") + " replayed");
            }
        }
        return out;
    }

    private String defaultJobId(InputPlan plan, String version) {
        StringBuilder sb = new StringBuilder(version);
        plan.described.forEach(s -> sb.append('\n').append(s));
        opts.described().forEach((k, v) -> sb.append('\n').append(k).append('=').append(v));
        return "job-" + Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static String readme(String jobId, String version, String bundleId, Map<String, Long> counts) {
        return "Reduced evidence bundle " + bundleId + "\n\n"
                + "Written by the Alembic Spark job " + jobId + " under detection rules " + version + ".\n"
                + "Of " + counts.get("requests") + " requests from " + counts.get("accounts") + " accounts it keeps "
                + counts.get("kept_accounts") + " accounts (" + counts.get("kept_flagged") + " flagged, "
                + counts.get("kept_via_clusters") + " more in their clusters, " + counts.get("kept_benign_sample")
                + " sampled as benign context)\n"
                + "with all " + counts.get("kept_requests") + " of their request lines verbatim (records/) and their registry "
                + "lines (accounts.jsonl).\n"
                + "findings.json: the scores computed over the whole log, for these accounts.\n"
                + "population.json: what the whole log held that these scores depend on, so the workbench can score\n"
                + "these accounts again and get the same result.\n";
    }

    private void phase(JavaSparkContext sc, String name, String description) {
        sc.setJobGroup("alembic", "alembic " + name, false);
        sc.setJobDescription("alembic " + name + ": " + description);
        sc.sc().setCallSite("alembic " + name);
        say("%s", name);
    }

    private void say(String format, Object... args) {
        log.printf("[alembic-spark %6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, String.format(java.util.Locale.ROOT, format, args));
        log.flush();
    }

    /** An input bundle's file does not match its manifest. */
    static final class InputMismatchException extends RuntimeException {
        InputMismatchException(String m) { super(m); }
    }
}
