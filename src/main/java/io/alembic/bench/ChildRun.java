package io.alembic.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase of {@code bench scale} run as a user runs it: {@code java -Xmx<heap> -jar <this jar> ARGS} in a new JVM,
 * its collections logged for {@link GcLog}, timed from start to exit, with the 1-minute load average at its start
 * (the machine may be shared, and the figure means little without it).
 */
record ChildRun(List<String> command, EndToEndImport.Outcome outcome, GcLog gc, double loadAtStart) {

    static List<String> command(Path java, Path jar, String heap, Path gcLog, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add(GcLog.option(gcLog));
        cmd.add("-Xmx" + heap);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        return List.copyOf(cmd);
    }

    static ChildRun run(List<String> command, Path gcLog) throws IOException {
        double load = BenchJson.loadAverage();
        EndToEndImport.Outcome o = EndToEndImport.run(command);
        return new ChildRun(command, o, GcLog.read(gcLog), load);
    }

    boolean ok() { return outcome.exitCode() == 0; }

    double seconds() { return outcome.nanos() / 1e9; }

    /**
     * The stderr line that names the failure: the CLI's own "alembic: ..." line, else the thrown error's line of a
     * stack trace (not its last frame), else the last line.
     */
    String failure() {
        String e = outcome.stderr().strip();
        if (e.isEmpty()) return "exit " + outcome.exitCode();
        List<String> lines = e.lines().map(String::strip).toList();
        String named = lines.stream().filter(l -> l.startsWith("alembic:")).findFirst()
                .or(() -> lines.stream().filter(l -> !l.startsWith("at ") && (l.contains("Error") || l.contains("Exception"))).findFirst())
                .orElse(lines.get(lines.size() - 1));
        return "exit " + outcome.exitCode() + ": " + named;
    }
}
