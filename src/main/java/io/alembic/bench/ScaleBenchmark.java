package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench scale}: the "ten times the size" checks on one big case, each phase in its own JVM with its
 * own heap so every figure is what a user's command would show: the import ({@code -Xmx512m}, heap from its GC log),
 * the search benchmark, {@code detect --case} (timed, heap as given) and the GUI benchmark. A failing phase is
 * reported with its reason and the next phases still run on whatever the case holds.
 */
public final class ScaleBenchmark {
    /** What to run; {@code bundle} null skips the import (the case exists), {@code guiSkipped} non-null skips the GUI. */
    public record Plan(Path java, Path jar, Path caseDir, Path bundle, Path logs, String importHeap, String detectHeap,
                       int searchIterations, int guiRounds, String guiSkipped) {}

    private ScaleBenchmark() { }

    public static ScaleResult run(Plan p) throws IOException {
        Files.createDirectories(p.logs());
        List<ScaleResult.Phase> phases = new ArrayList<>();
        if (p.bundle() != null) {
            phases.add(phase(p, "import", p.importHeap(),
                    List.of("import", p.bundle().toString(), "--case", p.caseDir().toString(), "--no-progress"), false));
        }
        phases.add(phase(p, "search", p.importHeap(),
                List.of("bench", "search", "--case", p.caseDir().toString(), "--iterations", "" + p.searchIterations(), "--json"), true));
        phases.add(phase(p, "detect", p.detectHeap(), List.of("detect", "--case", p.caseDir().toString()), false));
        if (p.guiSkipped() == null) {
            phases.add(phase(p, "gui", p.importHeap(),
                    List.of("bench", "gui", "--case", p.caseDir().toString(), "--rounds", "" + p.guiRounds(), "--json"), true));
        }
        return new ScaleResult(p.caseDir(), p.bundle(), List.copyOf(phases), p.guiSkipped());
    }

    private static ScaleResult.Phase phase(Plan p, String name, String heap, List<String> args, boolean json) throws IOException {
        Path gc = p.logs().resolve(name + "-gc.log");
        Files.deleteIfExists(gc);
        ChildRun r = ChildRun.run(ChildRun.command(p.java(), p.jar(), heap, gc, args), gc);
        JsonNode figures = null;
        if (json && r.ok()) {
            try {
                figures = BenchJson.MAPPER.readTree(r.outcome().stdout());
            } catch (IOException e) {
                throw new IOException(name + ": the child's --json output is not JSON: " + e.getMessage(), e);
            }
        }
        return new ScaleResult.Phase(name, heap, r, figures);
    }
}
