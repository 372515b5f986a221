package io.alembic.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@code bench gui} run: FX-thread stalls overall (longest, how many over 100 ms, percentiles of
 * the ping delay) and per step of the routine, with each step's response time (action to result shown, the reads
 * running off the FX thread), the longest over all rounds.
 */
public record GuiResult(Path caseDir, long records, long accounts, long rankedAccounts, int rounds, LatencyStats pings,
                        int stallsOver100, FxStallWatch.Phase routine, List<FxStallWatch.Phase> steps, Map<String, Double> responseMs, long wallNanos,
                        String glassPlatform, List<String> uncaughtExceptions) {

    public double maxStallMs() { return pings.maxMs(); }

    public ObjectNode toJson() {
        ObjectNode n = BenchJson.object();
        n.put("benchmark", "gui");
        n.put("case", caseDir.toString());
        n.put("records", records);
        n.put("accounts", accounts);
        n.put("ranked_accounts", rankedAccounts);
        n.put("rounds", rounds);
        n.put("wall_ms", Math.round(wallNanos / 1e6));
        n.put("glass_platform", glassPlatform);
        n.put("ping_interval_ms", FxStallWatch.INTERVAL_MS);
        n.put("pings", pings.count());
        n.put("max_stall_ms", BenchJson.round(pings.maxMs(), 1));
        n.put("stalls_over_100ms", stallsOver100);
        ObjectNode rt = n.putObject("routine");
        rt.put("note", "every step after the window is up and the case open");
        rt.put("max_stall_ms", BenchJson.round(routine.maxMs(), 1));
        rt.put("stalls_over_100ms", routine.over100());
        rt.put("pings", routine.pings());
        ObjectNode p = n.putObject("ping_delay_ms");
        p.put("p50", BenchJson.round(pings.p50Ms(), 2));
        p.put("p95", BenchJson.round(pings.p95Ms(), 2));
        p.put("p99", BenchJson.round(pings.p99Ms(), 2));
        p.put("max", BenchJson.round(pings.maxMs(), 2));
        ArrayNode ex = n.putArray("uncaught_exceptions");
        uncaughtExceptions.forEach(ex::add);
        ArrayNode a = n.putArray("steps");
        for (FxStallWatch.Phase s : steps) {
            ObjectNode o = a.addObject();
            o.put("step", s.name());
            o.put("max_stall_ms", BenchJson.round(s.maxMs(), 1));
            o.put("stalls_over_100ms", s.over100());
            o.put("pings", s.pings());
            Double r = responseMs.get(s.name());
            if (r != null) o.put("response_ms", BenchJson.round(r, 1));
        }
        BenchJson.putEnvironment(n);
        return n;
    }

    public void printText(PrintWriter out) {
        out.printf("case        %s (%,d records, %,d accounts, %,d ranked by detection)%n", caseDir, records, accounts, rankedAccounts);
        out.printf("routine     %d round(s), %,d ms in all, glass %s%n", rounds, Math.round(wallNanos / 1e6), glassPlatform);
        out.printf("FX thread   max stall %.1f ms, %d stall(s) over 100 ms, ping delay p50 %.2f / p95 %.2f / p99 %.2f ms (%,d pings every %d ms)%n",
                pings.maxMs(), stallsOver100, pings.p50Ms(), pings.p95Ms(), pings.p99Ms(), pings.count(), FxStallWatch.INTERVAL_MS);
        out.printf("routine     max stall %.1f ms, %d stall(s) over 100 ms (after start-up and opening the case)%n", routine.maxMs(), routine.over100());
        for (String u : uncaughtExceptions) out.printf("uncaught    %s%n", u);
        out.println("per step (longest over the rounds):");
        for (FxStallWatch.Phase s : steps) {
            Double r = responseMs.get(s.name());
            out.printf("  %-24s max stall %8.1f ms  over 100 ms: %3d  response %s%n", s.name(), s.maxMs(), s.over100(),
                    r == null ? "-" : String.format("%.1f ms", r));
        }
        out.println(BenchJson.environmentLine());
        out.flush();
    }
}
