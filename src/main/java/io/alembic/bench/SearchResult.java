package io.alembic.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The figures of one search benchmark run: overall percentiles, every query, and the five slowest by p95. */
public record SearchResult(Path caseDir, long records, int iterations, LatencyStats overall,
                           List<SearchBenchmark.QueryStats> queries, List<SearchBenchmark.QueryStats> slowest, long wallNanos) {

    public ObjectNode toJson() {
        ObjectNode n = BenchJson.object();
        n.put("benchmark", "search");
        n.put("case", caseDir.toString());
        n.put("records", records);
        n.put("queries", queries.size());
        n.put("iterations", iterations);
        n.put("limit", BenchQuery.LIMIT);
        n.put("snippets", BenchQuery.LIMIT);
        n.put("wall_ms", Math.round(wallNanos / 1e6));
        stats(n.putObject("latency_ms"), overall);
        ArrayNode slow = n.putArray("slowest");
        for (SearchBenchmark.QueryStats q : slowest) query(slow.addObject(), q);
        ArrayNode all = n.putArray("per_query");
        for (SearchBenchmark.QueryStats q : queries) query(all.addObject(), q);
        BenchJson.putEnvironment(n);
        return n;
    }

    private static void query(ObjectNode o, SearchBenchmark.QueryStats q) {
        o.put("query", q.query().query());
        if (q.query().account() != null) o.put("account", q.query().account());
        if (q.query().from() != null) o.put("from", q.query().from().toString());
        if (q.query().to() != null) o.put("to", q.query().to().toString());
        o.put("total_hits", q.total());
        stats(o.putObject("latency_ms"), q.latency());
    }

    private static void stats(ObjectNode o, LatencyStats s) {
        o.put("count", s.count());
        o.put("p50", BenchJson.round(s.p50Ms(), 3));
        o.put("p95", BenchJson.round(s.p95Ms(), 3));
        o.put("p99", BenchJson.round(s.p99Ms(), 3));
        o.put("max", BenchJson.round(s.maxMs(), 3));
        o.put("mean", BenchJson.round(s.meanMs(), 3));
    }

    public void printText(PrintWriter out) {
        out.printf("case        %s (%,d records)%n", caseDir, records);
        out.printf("queries     %d x %d iterations (limit %d, %d snippets), %,d ms in all%n", queries.size(), iterations,
                BenchQuery.LIMIT, BenchQuery.LIMIT, Math.round(wallNanos / 1e6));
        out.printf("latency     p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", overall.p50Ms(), overall.p95Ms(),
                overall.p99Ms(), overall.maxMs());
        out.println("slowest by p95:");
        for (SearchBenchmark.QueryStats q : slowest) {
            out.printf("  p95 %8.2f ms  p50 %8.2f ms  %,9d hits  %s%n", q.latency().p95Ms(), q.latency().p50Ms(), q.total(), q.query().label());
        }
        out.printf("machine     %s%n", BenchJson.environmentLine());
        out.flush();
    }
}
