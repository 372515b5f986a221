package io.alembic.cli;

import io.alembic.bench.BenchJson;
import io.alembic.bench.BenchQuery;
import io.alembic.bench.EndToEndImport;
import io.alembic.bench.EndToEndResult;
import io.alembic.bench.IngestBenchmark;
import io.alembic.bench.IngestResult;
import io.alembic.bench.SearchBenchmark;
import io.alembic.bench.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Throughput and latency figures on generated bundles, so claims about speed come from a command anyone can rerun. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure import throughput and search latency on a generated bundle (seed " + io.alembic.bench.BenchBundle.SEED + ").",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Search.class, BenchGuiCommand.class, BenchScaleCommand.class})
public final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Generate one bundle, then time on it: the full import, a Lucene-only index of the same records,",
                    "and an SQLite FTS5 load of the same text. Reports records/s, time ratios and peak heap.",
                    "With --end-to-end the import runs as a user runs it: java -Xmx512m -jar <this jar> import BUNDLE",
                    "--case DIR --no-progress in a new JVM, timed from start to exit, against Lucene-only with one",
                    "indexing thread per core; target <= 1.3x."})
    static final class Ingest implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--records", paramLabel = "N", defaultValue = "200000", description = "Records to generate (default: ${DEFAULT-VALUE}).")
        long records;

        @Option(names = "--work", paramLabel = "DIR", description = "Work directory; a generated bundle there is reused (default: a temporary directory).")
        Path work;

        @Option(names = "--keep", description = "Keep the imported case, the Lucene-only index and the FTS5 database (and a temporary work dir).")
        boolean keep;

        @Option(names = "--json", description = "Print the figures as one JSON document.")
        boolean json;

        @Option(names = "--end-to-end", description = "Time `import` in a new JVM from this jar (as a user runs it) instead of in this JVM.")
        boolean endToEnd;

        @Option(names = "--threads", paramLabel = "N", description = "Lucene-only indexing threads with --end-to-end (default: one per core).")
        Integer threads;

        @Option(names = "--jfr", paramLabel = "FILE", description = "With --end-to-end: record a JFR profile of the import into FILE.")
        Path jfr;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                if (records < 1) throw new IllegalArgumentException("--records must be at least 1");
                if (!endToEnd && (threads != null || jfr != null)) throw new IllegalArgumentException("--threads and --jfr need --end-to-end");
                if (threads != null && threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
                java.nio.file.Path jar = endToEnd ? EndToEndImport.currentJar() : null;
                WorkDir wd = WorkDir.of(work);
                try {
                    if (endToEnd) {
                        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                        EndToEndResult r = new IngestBenchmark(wd.path, records, keep).runEndToEnd(EndToEndImport.currentJava(), jar, n, jfr);
                        PrintWriter out = spec.commandLine().getOut();
                        if (json) BenchJson.print(out, r.toJson());
                        else r.printText(out);
                        return;
                    }
                    IngestResult r = new IngestBenchmark(wd.path, records, keep).run();
                    PrintWriter out = spec.commandLine().getOut();
                    if (json) BenchJson.print(out, r.toJson());
                    else r.printText(out);
                } finally {
                    if (!keep) wd.cleanUp();
                }
            });
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Time a fixed mix of ~25 analyst queries (limit 20, snippets for all 20) through the case search",
                    "the CLI and GUI use: p50/p95/p99/max overall and the five slowest queries."})
    static final class Search implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--records", paramLabel = "N", defaultValue = "200000", description = "Records to generate and import when no --case is given (default: ${DEFAULT-VALUE}).")
        long records;

        @Option(names = "--case", paramLabel = "DIR", description = "Benchmark this existing case instead of a generated one.")
        Path caseDir;

        @Option(names = "--work", paramLabel = "DIR", description = "Work directory for the generated bundle and case, reused by the next run (default: a temporary directory, removed).")
        Path work;

        @Option(names = "--queries", paramLabel = "FILE", description = "Queries to run instead of the built-in mix: one per line, # for comments.")
        Path queries;

        @Option(names = "--iterations", paramLabel = "K", defaultValue = "20", description = "Timed runs of each query after one warm-up pass (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--json", description = "Print the figures as one JSON document.")
        boolean json;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                if (iterations < 1) throw new IllegalArgumentException("--iterations must be at least 1");
                if (records < 1) throw new IllegalArgumentException("--records must be at least 1");
                List<BenchQuery> custom = queries == null ? null : BenchQuery.fromFile(queries);
                WorkDir wd = caseDir == null ? WorkDir.of(work) : null;
                try {
                    Path target = caseDir != null ? caseDir : SearchBenchmark.prepareCase(wd.path, records);
                    SearchResult r = SearchBenchmark.run(target, custom, iterations);
                    PrintWriter out = spec.commandLine().getOut();
                    if (json) BenchJson.print(out, r.toJson());
                    else r.printText(out);
                } finally {
                    if (wd != null) wd.cleanUp();
                }
            });
        }
    }

    interface Body { void run() throws Exception; }

    /** Exit 0 or 1 with one line on stderr, whether or not the lead's exception handler wraps this command. */
    static int guarded(CommandSpec spec, Body body) {
        try {
            body.run();
            return Main.OK;
        } catch (Exception e) {
            Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String msg = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            spec.commandLine().getErr().println("alembic: " + msg.lines().findFirst().orElse(""));
            spec.commandLine().getErr().flush();
            if (Boolean.getBoolean("alembic.debug")) t.printStackTrace(spec.commandLine().getErr());
            return Main.ERROR;
        }
    }

    /** A work directory the user named (kept) or a temporary one (removed unless asked to keep it). */
    static final class WorkDir {
        final Path path;
        final boolean temporary;

        private WorkDir(Path path, boolean temporary) {
            this.path = path;
            this.temporary = temporary;
        }

        static WorkDir of(Path given) throws IOException {
            if (given != null) return new WorkDir(Files.createDirectories(given), false);
            return new WorkDir(Files.createTempDirectory("alembic-bench-"), true);
        }

        void cleanUp() throws IOException {
            if (!temporary) return;
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
