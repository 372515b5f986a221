package io.alembic.bench;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Full import vs. its Lucene-only floor vs. an analyst's FTS5 script, on one bundle in one JVM. The bundle is read
 * once before the first pass so no pass pays for a cold page cache that the others do not.
 */
public final class IngestBenchmark {
    static final long WARM_UP_RECORDS = 10_000;

    private final Path workDir;
    private final long records;
    private final boolean keepOutputs;

    public IngestBenchmark(Path workDir, long records, boolean keepOutputs) {
        this.workDir = workDir;
        this.records = records;
        this.keepOutputs = keepOutputs;
    }

    /** Where the outputs of a run go; the bundle lives beside it so it can be reused by the next run. */
    public static Path runDir(Path workDir) { return workDir.resolve("ingest-run"); }

    /**
     * Runs each of the three paths once on a small bundle first, so that none of the measured runs pays for the
     * JIT compiling the parser, the analyzer and the JDBC driver (the first one measured would otherwise).
     */
    private void warmUpJit(Path dir) throws IOException {
        BenchBundle small = BenchBundle.generateOrReuse(workDir, WARM_UP_RECORDS);
        try (Case c = Case.openOrCreate(dir.resolve("case"))) {
            c.importBundle(small.dir(), false, io.alembic.casefile.ImportListener.NONE, CancelToken.none());
        }
        LuceneOnlyBaseline.run(small.requestFiles(), "warm-up", dir.resolve("lucene-only"));
        Fts5Baseline.run(small.requestFiles(), dir.resolve("fts5.db"));
        BenchBundle.deleteTree(dir);
    }

    public IngestResult run() throws IOException {
        BenchBundle bundle = BenchBundle.generateOrReuse(workDir, records);
        Path out = runDir(workDir);
        BenchBundle.deleteTree(out);
        Files.createDirectories(out);
        long warmT0 = System.nanoTime();
        long warmBytes = bundle.warmUp();
        long warmNanos = System.nanoTime() - warmT0;
        warmUpJit(out.resolve("jit-warm-up"));

        try (HeapSampler heap = new HeapSampler()) {
            heap.reset();
            PhaseClock phases = new PhaseClock();
            long t0 = System.nanoTime();
            ImportReport report;
            Path caseDir = out.resolve("case");
            try (Case c = Case.openOrCreate(caseDir)) {
                report = c.importBundle(bundle.dir(), false, phases, CancelToken.none());
            }
            long t1 = System.nanoTime();
            Measurement full = new Measurement("full_import", report.recordsImported(), t1 - t0, heap.max());
            Map<String, Long> phaseMs = phases.millis(t1);
            long caseBytes = BenchBundle.sizeOf(caseDir);

            Baselines base = baselines(heap, bundle, report.bundleId(), out, 1);
            if (!keepOutputs) BenchBundle.deleteTree(out);
            return new IngestResult(bundle, warmBytes, warmNanos, full, base.lucene(), base.fts5(), phaseMs, report.recordsQuarantined(),
                    caseBytes, base.lineBytes(), HeapSampler.heapLimit(), keepOutputs ? caseDir : null);
        }
    }

    /**
     * The end-to-end mode: {@code alembic import} as a user runs it, in a new JVM started from {@code jar}, then the
     * Lucene-only floor with {@code threads} indexing threads and the FTS5 load in this JVM (JIT-warmed first), on
     * the same bundle read into the page cache beforehand. With {@code flightRecording} the import is profiled.
     */
    public EndToEndResult runEndToEnd(Path java, Path jar, int threads, Path flightRecording) throws IOException {
        BenchBundle bundle = BenchBundle.generateOrReuse(workDir, records);
        Path out = runDir(workDir);
        BenchBundle.deleteTree(out);
        Files.createDirectories(out);
        long warmT0 = System.nanoTime();
        long warmBytes = bundle.warmUp();
        long warmNanos = System.nanoTime() - warmT0;

        Path caseDir = out.resolve("case");
        List<String> jvmArgs = flightRecording == null ? List.of() : EndToEndImport.flightRecording(flightRecording.toAbsolutePath());
        List<String> cmd = EndToEndImport.command(java, jar, bundle.dir().toAbsolutePath(), caseDir.toAbsolutePath(), jvmArgs);
        EndToEndImport.Outcome o = EndToEndImport.run(cmd);
        if (o.exitCode() != 0 || o.records() < 0) {
            throw new IOException("the end-to-end import failed (exit " + o.exitCode() + "): "
                    + (o.stderr().isBlank() ? o.stdout() : o.stderr()).strip());
        }
        Measurement e2e = new Measurement("end_to_end", o.records(), o.nanos(), 0);
        long caseBytes = BenchBundle.sizeOf(caseDir);

        BenchBundle small = BenchBundle.generateOrReuse(workDir, WARM_UP_RECORDS);
        Path jit = out.resolve("jit-warm-up");
        LuceneOnlyBaseline.run(small.requestFiles(), "warm-up", jit.resolve("lucene-only"), threads);
        Fts5Baseline.run(small.requestFiles(), jit.resolve("fts5.db"));
        BenchBundle.deleteTree(jit);

        try (HeapSampler heap = new HeapSampler()) {
            Baselines base = baselines(heap, bundle, "bench", out, threads);
            if (!keepOutputs) BenchBundle.deleteTree(out);
            return new EndToEndResult(bundle, warmBytes, warmNanos, cmd, e2e, o.quarantined(), caseBytes, base.lucene(), threads,
                    base.fts5(), base.lineBytes(), keepOutputs ? caseDir : null, flightRecording);
        }
    }

    private record Baselines(Measurement lucene, Measurement fts5, long lineBytes) {}

    /** The two floors the import is held against, on the same files: Lucene-only indexing, then the FTS5 load. */
    private static Baselines baselines(HeapSampler heap, BenchBundle bundle, String bundleId, Path out, int threads) throws IOException {
        heap.reset();
        long t0 = System.nanoTime();
        LuceneOnlyBaseline.Counts lc = LuceneOnlyBaseline.run(bundle.requestFiles(), bundleId, out.resolve("lucene-only"), threads);
        Measurement lucene = new Measurement("lucene_only", lc.records(), System.nanoTime() - t0, heap.max());
        heap.reset();
        t0 = System.nanoTime();
        long fn = Fts5Baseline.run(bundle.requestFiles(), out.resolve("fts5.db"));
        Measurement fts5 = new Measurement("fts5", fn, System.nanoTime() - t0, heap.max());
        return new Baselines(lucene, fts5, lc.lineBytes());
    }
}
