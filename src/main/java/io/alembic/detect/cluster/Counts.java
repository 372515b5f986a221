package io.alembic.detect.cluster;

import io.alembic.detect.PopulationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the link stage reads how common a value is. Normally it counts the accounts in front of it; scoring a reduced
 * bundle it reads the counts the full population had (a {@link PopulationContext}); and a full run can record the
 * counts a set of kept accounts needs, to write that context.
 */
class Counts {
    final int accounts;

    Counts(int accounts) { this.accounts = accounts; }

    /** Accounts holding a value (key is kind + value); local is what this stage sees. */
    int of(String key, int local, boolean kept) { return local; }

    /** The registration bursts, or null to compute them from the registry in front of the stage. */
    List<PopulationContext.Burst> bursts() { return null; }

    void burst(PopulationContext.Burst b, boolean kept) { }

    static Counts local(int accounts) { return new Counts(accounts); }

    static Counts from(PopulationContext ctx) {
        return new Counts(ctx.accounts()) {
            @Override int of(String key, int local, boolean kept) { return ctx.counts().getOrDefault(key, local); }

            @Override List<PopulationContext.Burst> bursts() { return ctx.bursts(); }
        };
    }

    /** Counts as usual and remembers those of values a kept account holds. */
    static final class Recording extends Counts {
        final Map<String, Integer> seen = new TreeMap<>();
        final List<PopulationContext.Burst> kept = new ArrayList<>();

        Recording(int accounts) { super(accounts); }

        @Override int of(String key, int local, boolean isKept) {
            if (isKept) seen.put(key, local);
            return local;
        }

        @Override void burst(PopulationContext.Burst b, boolean isKept) { if (isKept) kept.add(b); }
    }
}
