package io.alembic.cli;

import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Generates a deterministic synthetic evidence bundle with ground-truth labels beside it. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Generate a deterministic synthetic evidence bundle (DIR/NAME/) and its ground truth (DIR/NAME.labels.json).",
                "Same seed and options give byte-identical output."})
public final class SampleCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write NAME/ and NAME.labels.json into.")
    Path out;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Bundle name (directory name).")
    String name;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Random seed.")
    long seed;

    @Option(names = "--accounts", paramLabel = "K", defaultValue = "60", description = "Number of accounts (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--records", paramLabel = "M", defaultValue = "20000", description = "Number of valid request records (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--bad-lines", paramLabel = "B", defaultValue = "0", description = "Malformed lines to inject for quarantine testing (default: ${DEFAULT-VALUE}).")
    int badLines;

    @Option(names = "--permissive-only", description = "Use only MIT/Apache-2.0 corpora (required for anything committed or shipped).")
    boolean permissiveOnly;

    @Option(names = "--corpora", paramLabel = "DIR", description = "Prompt corpora directory, .jsonl or .jsonl.gz files (default: -Dalembic.corpora, else $ALEMBIC_CORPORA, else the permissively licensed corpora bundled with Alembic).")
    Path corpora;

    @Option(names = "--records-per-file", paramLabel = "N", defaultValue = "100000", description = "Lines per records/part file (default: ${DEFAULT-VALUE}).")
    int recordsPerFile;

    @Option(names = "--scenarios", paramLabel = "SET", defaultValue = "varied",
            description = "classic (the committed demo's scenario set) or varied: a population grown like a provider's "
                    + "(clouds, consumer ISPs, companies, holidays, heavy-tailed activity), classic-style campaigns with "
                    + "harder variations, the newer tactic families and closer benign look-alikes (default: ${DEFAULT-VALUE}).")
    String scenarios;

    @Option(names = "--holdout", description = "Add the held-out tactic family (varied scenarios only; never part of the "
            + "default output, kept out of detector tuning; see sample-cases/README.md).")
    boolean holdout;

    PrintWriter stdout = new PrintWriter(System.out, true);
    PrintWriter stderr = new PrintWriter(System.err, true);

    @Override
    public Integer call() {
        try {
            Path dir = corpora != null ? corpora : Corpora.locate();
            if (!scenarios.equals("classic") && !scenarios.equals("varied"))
                throw new IllegalArgumentException("--scenarios must be classic or varied, got " + scenarios);
            if (holdout && scenarios.equals("classic"))
                throw new IllegalArgumentException("--holdout needs the varied scenarios, not --scenarios classic");
            SampleSpec spec = new SampleSpec(seed, accounts, records, permissiveOnly, badLines, recordsPerFile,
                    scenarios.equals("varied"), holdout);
            long t0 = System.nanoTime();
            Path bundle = new SampleGenerator(dir, spec).generate(out, name);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            stdout.printf("%s: %d accounts, %d records, %d bad lines, labels %s (%d ms)%n", bundle, accounts, records,
                    badLines, bundle.resolveSibling(name + ".labels.json"), ms);
            return 0;
        } catch (Exception e) {
            Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            stderr.println("sample: " + (t.getMessage() != null ? t.getMessage() : t.toString()));
            return 1;
        }
    }
}
