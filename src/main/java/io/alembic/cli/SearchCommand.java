package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Timestamps;
import io.alembic.casefile.Case;
import io.alembic.casefile.SearchHit;
import io.alembic.casefile.SearchQuery;
import io.alembic.casefile.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the case with Lucene query syntax (fields: see README), ranked, with snippets and facet counts.")
final class SearchCommand implements Callable<Integer> {
    /** Highlighting re-reads each record; past this many hits the snippet is the start of the prompt instead. */
    static final int MAX_HIGHLIGHTED = 500;

    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Query, e.g. reasoning:\"step by step\" AND model:frontier*; empty or * matches all.")
    String query = "*";

    @Option(names = "--limit", defaultValue = "20", description = "Maximum hits to return (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--account", description = "Only this account.")
    String account;

    @Option(names = "--model", description = "Only this model.")
    String model;

    @Option(names = "--from", paramLabel = "T", description = "From this time (RFC 3339 or YYYY-MM-DD, UTC), inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "Up to this time (RFC 3339 or YYYY-MM-DD = end of that day), inclusive.")
    String to;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        Instant fromT = from == null ? null : parseTime("--from", from, false);
        Instant toT = to == null ? null : parseTime("--to", to, true);
        SearchResults r;
        try (Case c = Case.open(caseOption.dir)) {
            r = c.search(new SearchQuery(query, account, model, fromT, toT, limit, Math.min(limit, MAX_HIGHLIGHTED)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(r));
        } else {
            out.printf("%d hits%n", r.total());
            for (SearchHit h : r.hits()) {
                out.printf("%8.3f  %s  %s  %s%n          %s%n", h.score(), h.timestamp(), h.accountId(), h.requestId(), oneLine(h.snippet()));
            }
            printFacets(out, r);
            out.flush();
        }
        return Main.OK;
    }

    private Instant parseTime(String option, String text, boolean endOfDay) {
        try {
            Instant t = Timestamps.parseLenient(text);
            return endOfDay && text.trim().length() == 10 ? t.plusMillis(86_400_000L - 1) : t;
        } catch (RuntimeException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " \"" + text + "\" is not a date or RFC 3339 timestamp");
        }
    }

    /** Facet lines; sampled counts carry "≈" and a line saying they are estimates and from how many hits. */
    static void printFacets(PrintWriter out, SearchResults r) {
        String mark = r.facetsSampled() ? "≈" : "";
        r.facets().forEach((facet, counts) -> out.printf("%s: %s%n", facet, top(counts, 8, mark)));
        if (r.facetsSampled()) {
            out.printf("(facet counts are estimates from an evenly spread sample of %,d of the %,d hits; the hit total is exact)%n",
                    r.facetSampleSize(), r.total());
        }
    }

    static ObjectNode toJson(SearchResults r) {
        ObjectNode n = Json.object();
        n.put("total", r.total());
        ArrayNode hits = n.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode hn = hits.addObject();
            hn.put("request_id", h.requestId());
            hn.put("account_id", h.accountId());
            hn.put("timestamp", h.timestamp());
            hn.put("score", h.score());
            hn.put("snippet", h.snippet());
            hn.put("model", h.model());
            if (h.status() != null) hn.put("status", h.status());
            if (h.router() != null) hn.put("router", h.router());
        }
        n.put("facets_sampled", r.facetsSampled());
        n.put("facets_sample_size", r.facetSampleSize());
        ObjectNode facets = n.putObject("facets");
        r.facets().forEach((facet, counts) -> {
            ObjectNode fn = facets.putObject(facet);
            sorted(counts).forEach(e -> fn.put(e.getKey(), e.getValue()));
        });
        return n;
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    private static String top(Map<String, Long> counts, int n, String mark) {
        StringBuilder sb = new StringBuilder();
        List<Map.Entry<String, Long>> s = sorted(counts);
        for (int i = 0; i < s.size() && i < n; i++) sb.append(i == 0 ? "" : ", ").append(s.get(i).getKey()).append(" (").append(mark).append(s.get(i).getValue()).append(')');
        if (s.size() > n) sb.append(", … ").append(s.size() - n).append(" more");
        return sb.toString();
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 240 ? t.substring(0, 240) + "…" : t;
    }
}
