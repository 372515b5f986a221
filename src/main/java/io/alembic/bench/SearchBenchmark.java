package io.alembic.bench;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.casefile.SearchQuery;
import io.alembic.casefile.SearchResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Latency of analyst queries through {@link Case#search}, the path the CLI and GUI take, snippets included. Queries
 * run round-robin rather than each K times in a row, so no query gets to measure only its own hot caches.
 */
public final class SearchBenchmark {
    /** Latencies of one query over all iterations, and how many documents it matched. */
    public record QueryStats(BenchQuery query, long total, LatencyStats latency) {}

    private SearchBenchmark() { }

    /** The case for {@code bench search} without --case: imported once per work dir, then reused (a rerun skips it). */
    public static Path prepareCase(Path workDir, long records) throws IOException {
        BenchBundle bundle = BenchBundle.generateOrReuse(workDir, records);
        Path caseDir = workDir.resolve("case-" + records + "-s" + BenchBundle.SEED);
        try (Case c = Case.openOrCreate(caseDir)) {
            c.importBundle(bundle.dir(), false, ImportListener.NONE, CancelToken.none());
        }
        return caseDir;
    }

    public static SearchResult run(Path caseDir, List<BenchQuery> custom, int iterations) throws IOException {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        try (Case c = Case.open(caseDir)) {
            long records = c.recordCount();
            List<BenchQuery> queries = custom != null ? custom : BenchQuery.builtIn(busiestAccount(c));
            long[] totals = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) totals[i] = c.search(queries.get(i).toSearchQuery()).total();
            long[][] nanos = new long[queries.size()][iterations];
            long t0 = System.nanoTime();
            for (int k = 0; k < iterations; k++) {
                for (int i = 0; i < queries.size(); i++) {
                    SearchQuery sq = queries.get(i).toSearchQuery();
                    long s = System.nanoTime();
                    SearchResults r = c.search(sq);
                    nanos[i][k] = Math.max(1, System.nanoTime() - s);
                    if (r.total() != totals[i]) throw new IllegalStateException("query " + queries.get(i).label() + " changed its total mid-run");
                }
            }
            long wall = System.nanoTime() - t0;
            List<QueryStats> per = new ArrayList<>();
            long[] all = new long[queries.size() * iterations];
            for (int i = 0; i < queries.size(); i++) {
                per.add(new QueryStats(queries.get(i), totals[i], LatencyStats.of(nanos[i])));
                System.arraycopy(nanos[i], 0, all, i * iterations, iterations);
            }
            List<QueryStats> slowest = per.stream()
                    .sorted(Comparator.comparingDouble((QueryStats q) -> q.latency().p95Ms()).reversed()).limit(5).toList();
            return new SearchResult(caseDir, records, iterations, LatencyStats.of(all), List.copyOf(per), slowest, wall);
        }
    }

    /**
     * The account filter is only interesting on an account with traffic; the busiest one is stable per bundle. Above
     * 100,000 records the facet counts are estimates, so the ten likeliest accounts are counted exactly and the
     * busiest of those is taken: the same account before and after any change to the sampling.
     */
    private static String busiestAccount(Case c) throws IOException {
        SearchResults r = c.search(new SearchQuery("*", null, null, null, null, 1, 0));
        Map<String, Long> byAccount = r.facets().getOrDefault("account", Map.of());
        if (r.facetsSampled()) {
            Map<String, Long> exact = new java.util.HashMap<>();
            for (String account : byAccount.keySet().stream().limit(10).toList()) {
                exact.put(account, c.search(new SearchQuery("*", account, null, null, null, 0, 0)).total());
            }
            byAccount = exact;
        }
        return byAccount.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseGet(() -> r.hits().isEmpty() ? "none" : r.hits().get(0).accountId());
    }
}
