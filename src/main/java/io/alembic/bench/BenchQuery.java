package io.alembic.bench;

import io.alembic.casefile.SearchQuery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One query of the search benchmark: query text plus the filters the GUI's side panel would set. */
public record BenchQuery(String query, String account, Instant from, Instant to) {
    static final int LIMIT = 20;

    SearchQuery toSearchQuery() { return new SearchQuery(query, account, null, from, to, LIMIT, LIMIT); }

    /** How the query reads in a report: the text, then any filters in brackets. */
    String label() {
        StringBuilder sb = new StringBuilder(query);
        if (account != null) sb.append("  [account=").append(account).append(']');
        if (from != null || to != null) sb.append("  [").append(from).append(" .. ").append(to).append(']');
        return sb.toString();
    }

    /**
     * A mix an analyst actually types, chosen to exercise each query path once: phrases, prefix/leading wildcards,
     * fuzzy, numeric points, keyword existence, booleans, date ranges and the account/time filters.
     */
    static List<BenchQuery> builtIn(String busiestAccount) {
        Instant jan5 = Instant.parse("2026-01-05T00:00:00Z");
        Instant jan12 = Instant.parse("2026-01-12T23:59:59.999Z");
        List<BenchQuery> q = new ArrayList<>();
        for (String s : List.of(
                "\"step by step\"",
                "prompt:\"krebs cycle\"",
                "reasoning:\"first find the\"",
                "reasoning:\"let x be\" AND model:frontier-reasoning*",
                "model:frontier*",
                "mitochondria~1",
                "photosyntesis~2",
                "status:429",
                "status:[400 TO 499] AND error_type:account_banned",
                "router:*",
                "router:relay.example.net AND prompt:explain",
                "time:[2026-01-05 TO 2026-01-12]",
                "time:[2026-01-05 TO 2026-01-12] AND \"prime number\"",
                "(reasoning:\"the total number\" OR reasoning:\"the total cost\") AND model:frontier*",
                "python AND function NOT javascript",
                "prompt:expl*",
                "prompt:*tion",
                "country:SG AND status:200 AND summarise",
                "ua:python* AND reasoning:*",
                "reasoning_tokens:[100 TO *]",
                "*")) {
            q.add(new BenchQuery(s, null, null, null));
        }
        q.add(new BenchQuery("*", busiestAccount, null, null));
        q.add(new BenchQuery("\"step by step\"", busiestAccount, null, null));
        q.add(new BenchQuery("*", null, jan5, jan12));
        q.add(new BenchQuery("prompt:how OR prompt:what", busiestAccount, jan5, jan12));
        return List.copyOf(q);
    }

    /** One query per line, no filters; blank lines and lines starting with # are skipped. */
    public static List<BenchQuery> fromFile(Path file) throws IOException {
        List<BenchQuery> q = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) q.add(new BenchQuery(t, null, null, null));
        }
        if (q.isEmpty()) throw new IOException(file + ": no queries (one per line; # starts a comment)");
        return List.copyOf(q);
    }
}
