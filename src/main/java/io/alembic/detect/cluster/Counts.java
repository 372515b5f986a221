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

    /**
     * The account a long list of holders is joined through (a star, see LinkStage#expand): the first holder here, the
     * full population's first holder when a context says so (it may be an account a reduced bundle does not hold).
     */
    String hub(String key, String local, boolean kept) { return local; }

    static Counts local(int accounts) { return new Counts(accounts); }

    static Counts from(PopulationContext ctx) {
        return new Counts(ctx.accounts()) {
            @Override int of(String key, int local, boolean kept) { return ctx.counts().getOrDefault(key, local); }

            @Override List<PopulationContext.Burst> bursts() { return ctx.bursts(); }

            @Override String hub(String key, String local, boolean kept) { return ctx.hubs().getOrDefault(key, local); }
        };
    }

    /** Counts as usual and remembers those of values a kept account holds. */
    static final class Recording extends Counts {
        final Map<String, Integer> seen = new TreeMap<>();
        final List<PopulationContext.Burst> kept = new ArrayList<>();
        final Map<String, String> hubs = new TreeMap<>();

        Recording(int accounts) { super(accounts); }

        @Override int of(String key, int local, boolean isKept) {
            if (isKept) seen.put(key, local);
            return local;
        }

        @Override void burst(PopulationContext.Burst b, boolean isKept) { if (isKept) kept.add(b); }

        @Override String hub(String key, String local, boolean isKept) {
            if (isKept) hubs.put(key, local);
            return local;
        }
    }
}
