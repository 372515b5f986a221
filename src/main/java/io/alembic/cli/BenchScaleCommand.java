package io.alembic.cli;

import io.alembic.bench.BenchJson;
import io.alembic.bench.EndToEndImport;
import io.alembic.bench.ScaleBenchmark;
import io.alembic.bench.ScaleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code bench scale}: import, search, detection and GUI figures of one big case, each phase in its own JVM. */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"The big-case checks in one command, each in a new JVM from this jar: import BUNDLE into DIR",
                "(-Xmx512m; heap read from its GC log), bench search, detect --case (timed) and bench gui. Without",
                "--bundle the case must exist and the import is skipped; without a display the GUI phase is skipped.",
                "Run it as 'xvfb-run -a java -jar alembic.jar bench scale --bundle B --case DIR' on a headless machine."})
public final class BenchScaleCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--case", paramLabel = "DIR", required = true, description = "Case folder (new when --bundle is given).")
    Path caseDir;

    @Option(names = "--bundle", paramLabel = "BUNDLE", description = "Bundle to import first (folder or .zip).")
    Path bundle;

    @Option(names = "--import-heap", paramLabel = "SIZE", defaultValue = "512m", description = "-Xmx of the import, search and GUI JVMs (default: ${DEFAULT-VALUE}).")
    String importHeap;

    @Option(names = "--detect-heap", paramLabel = "SIZE", defaultValue = "1g", description = "-Xmx of the detect JVM (default: ${DEFAULT-VALUE}).")
    String detectHeap;

    @Option(names = "--iterations", paramLabel = "K", defaultValue = "20", description = "bench search iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--gui-rounds", paramLabel = "K", defaultValue = "2", description = "bench gui rounds (default: ${DEFAULT-VALUE}).")
    int guiRounds;

    @Option(names = "--no-gui", description = "Skip the GUI phase.")
    boolean noGui;

    @Option(names = "--logs", paramLabel = "DIR", description = "Where the phases' GC logs go (default: DIR/../<case name>-bench-logs).")
    Path logs;

    @Option(names = "--json", description = "Print the figures as one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        return BenchCommand.guarded(spec, () -> {
            checkScaleArgs(caseDir, bundle, importHeap, detectHeap, iterations, guiRounds);
            String guiSkipped = noGui ? "--no-gui" : DisplayCheck.problem(DisplayCheck.Facts.current())
                    .map(m -> m.replaceFirst("^alembic: ", "")).orElse(null);
            Path logDir = logs != null ? logs : caseDir.toAbsolutePath().resolveSibling(caseDir.getFileName() + "-bench-logs");
            ScaleResult r = ScaleBenchmark.run(new ScaleBenchmark.Plan(EndToEndImport.currentJava(), EndToEndImport.currentJar(),
                    caseDir, bundle, logDir, importHeap, detectHeap, iterations, guiRounds, guiSkipped));
            PrintWriter out = spec.commandLine().getOut();
            if (json) BenchJson.print(out, r.toJson());
            else r.printText(out);
            if (!r.allOk()) throw new IllegalStateException("a phase failed (see above)");
        });
    }

    private static final java.util.regex.Pattern HEAP = java.util.regex.Pattern.compile("\\d+[kKmMgG]?");

    /** Everything {@code bench scale} can refuse before it starts an hour of work. */
    static void checkScaleArgs(Path caseDir, Path bundle, String importHeap, String detectHeap, int iterations, int guiRounds) {
        if (iterations < 1) throw new IllegalArgumentException("--iterations must be at least 1");
        if (guiRounds < 1) throw new IllegalArgumentException("--gui-rounds must be at least 1");
        for (String h : new String[]{importHeap, detectHeap}) {
            if (!HEAP.matcher(h).matches()) throw new IllegalArgumentException("heap size '" + h + "' is not a -Xmx size like 512m or 2g");
        }
        if (bundle != null && !Files.exists(bundle)) throw new IllegalArgumentException("no bundle at " + bundle);
        if (bundle == null && !Files.isDirectory(caseDir)) throw new IllegalArgumentException("no case folder at " + caseDir + " (give --bundle to import one)");
        if (bundle != null && Files.isDirectory(caseDir)) {
            try (Stream<Path> s = Files.list(caseDir)) {
                if (s.findAny().isPresent()) throw new IllegalArgumentException("case folder " + caseDir + " is not empty: the import is timed on a new case");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
