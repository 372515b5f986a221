package io.alembic.cli;

import io.alembic.bench.BenchJson;
import io.alembic.bench.GuiBenchmark;
import io.alembic.bench.GuiResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bench gui}: FX-thread stalls while an analyst's routine runs on the real main window over a case. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the real main window on a case and drive an analyst's routine (searches, a hit, scrolling",
                "hits and accounts, the busiest account's timeline and zoom, the detections, its requests) while a",
                "watchdog pings the FX thread every 10 ms: reports the longest FX-thread stall and how many exceeded",
                "100 ms. Needs a display: run it as 'xvfb-run -a java -jar alembic.jar bench gui --case DIR'."})
public final class BenchGuiCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--case", paramLabel = "DIR", required = true, description = "The case to open (not created: it must exist).")
    Path caseDir;

    @Option(names = "--rounds", paramLabel = "K", defaultValue = "2", description = "Times to run the routine (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--json", description = "Print the figures as one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        return BenchCommand.guarded(spec, () -> {
            if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1");
            if (!Files.isDirectory(caseDir)) throw new IllegalArgumentException("no case folder at " + caseDir);
            var problem = DisplayCheck.problem(DisplayCheck.Facts.current());
            if (problem.isPresent()) throw new IllegalStateException(problem.get().replaceFirst("^alembic: ", ""));
            GuiResult r = GuiBenchmark.run(caseDir, rounds);
            PrintWriter out = spec.commandLine().getOut();
            if (json) BenchJson.print(out, r.toJson());
            else r.printText(out);
        });
    }
}
