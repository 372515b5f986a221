package io.alembic.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What an evaluation sweep generates: seeds x population sizes, with records per size. */
final class SweepOptions {
    @Option(names = "--seeds", paramLabel = "LIST", defaultValue = "101-105",
            description = "Seeds: comma-separated numbers or ranges, e.g. 101-105,120 (default: ${DEFAULT-VALUE}).")
    String seeds;

    @Option(names = "--sizes", paramLabel = "LIST", defaultValue = "2000",
            description = "Population sizes in accounts, comma-separated (default: ${DEFAULT-VALUE}).")
    String sizes;

    @Option(names = "--records", paramLabel = "LIST",
            description = "Valid records per size, comma-separated in the order of --sizes (default: max(300000, 15 x accounts)).")
    String records;

    @Option(names = "--scenarios", paramLabel = "SET", defaultValue = "varied", description = "classic or varied (default: ${DEFAULT-VALUE}).")
    String scenarios;

    @Option(names = "--corpora", paramLabel = "DIR", description = "Prompt corpora directory (default: the bundled ones).")
    Path corpora;

    @Option(names = "--work", paramLabel = "DIR", description = "Where bundles are generated (default: a temporary folder).")
    Path work;

    @Option(names = "--holdout", description = "Include the held-out tactic family (kept out of detector tuning).")
    boolean holdout;

    @Option(names = "--keep", description = "Keep the generated bundles and labels.")
    boolean keep;

    static List<Long> numbers(String spec) {
        List<Long> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int dash = p.indexOf('-', 1);
            if (dash > 0) {
                long a = Long.parseLong(p.substring(0, dash).trim()), b = Long.parseLong(p.substring(dash + 1).trim());
                if (b < a || b - a > 10_000) throw new IllegalArgumentException("bad range " + p);
                for (long v = a; v <= b; v++) out.add(v);
            } else {
                out.add(Long.parseLong(p));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("empty list: " + spec);
        return out;
    }
}
