package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The figures of {@code bench scale}: per phase its command, time, exit, load at start and heap; search and GUI figures. */
public record ScaleResult(Path caseDir, Path bundle, List<Phase> phases, String guiSkipped) {
    /** One child JVM: what it ran, how it ended, and the --json figures it printed (search, gui), if any. */
    public record Phase(String name, String heap, ChildRun run, JsonNode figures) {}

    /** True when every phase exited 0. */
    public boolean allOk() { return phases.stream().allMatch(p -> p.run().ok()); }

    public ObjectNode toJson() {
        ObjectNode n = BenchJson.object();
        n.put("benchmark", "scale");
        n.put("case", caseDir.toString());
        if (bundle != null) n.put("bundle", bundle.toString());
        if (guiSkipped != null) n.put("gui_skipped", guiSkipped);
        for (Phase p : phases) {
            ObjectNode o = n.putObject(p.name());
            ChildRun r = p.run();
            o.put("command", String.join(" ", r.command()));
            o.put("heap_limit", p.heap());
            o.put("exit_code", r.outcome().exitCode());
            if (!r.ok()) o.put("failure", r.failure());
            o.put("wall_s", BenchJson.round(r.seconds(), 2));
            o.put("load_average_1m_at_start", BenchJson.round(r.loadAtStart(), 2));
            if (r.outcome().records() >= 0) {
                o.put("records", r.outcome().records());
                o.put("quarantined", r.outcome().quarantined());
            }
            ObjectNode h = o.putObject("heap_mb");
            h.put("collections", r.gc().collections().size());
            h.put("peak_used", r.gc().peakMb());
            h.put("max_after_gc", r.gc().maxAfterMb());
            var tenths = h.putArray("max_after_gc_by_tenth_of_run");
            for (long t : r.gc().afterByTenth()) tenths.add(t);
            if (p.figures() != null) o.set("figures", p.figures());
        }
        BenchJson.putEnvironment(n);
        return n;
    }

    public void printText(PrintWriter out) {
        out.printf("case        %s%n", caseDir);
        for (Phase p : phases) {
            ChildRun r = p.run();
            out.printf("%-8s    %s in %.1f s (-Xmx%s, load %.2f at start); heap peak %d MB, after GC max %d MB, by tenth %s%n",
                    p.name(), r.ok() ? "ok" : "FAILED (" + r.failure() + ")", r.seconds(), p.heap(), r.loadAtStart(),
                    r.gc().peakMb(), r.gc().maxAfterMb(), java.util.Arrays.toString(r.gc().afterByTenth()));
            if (r.outcome().records() >= 0) out.printf("            %,d records imported, %,d quarantined%n", r.outcome().records(), r.outcome().quarantined());
            JsonNode f = p.figures();
            if (f != null && p.name().equals("search")) {
                out.printf("            p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d queries%n", f.at("/latency_ms/p50").asDouble(),
                        f.at("/latency_ms/p95").asDouble(), f.at("/latency_ms/p99").asDouble(), f.get("queries").asInt());
            }
            if (f != null && p.name().equals("gui")) {
                out.printf("            FX thread: max stall %.1f ms, %d stall(s) over 100 ms%n", f.get("max_stall_ms").asDouble(),
                        f.get("stalls_over_100ms").asInt());
            }
            out.printf("            %s%n", String.join(" ", r.command()));
        }
        if (guiSkipped != null) out.printf("gui         skipped: %s%n", guiSkipped);
        out.println(BenchJson.environmentLine());
        out.flush();
    }
}
