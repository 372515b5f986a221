package io.alembic.detect.cluster;

import io.alembic.detect.parts.Hashing;

/**
 * The share of all account pairs one pass of the link stage works on. Every pair's strength depends on that pair's
 * own evidence only, so the pairs can be split by a hash into passes that each hold a fraction of them: a hundred
 * thousand accounts give hundreds of millions of candidate pairs, more than a laptop's heap holds at once, and the
 * split keeps the result exactly what one pass would give.
 */
record PairShare(int passes, int pass, long budget) {
    /** One pass over every pair, with no budget. */
    static final PairShare ALL = new PairShare(1, 0, Long.MAX_VALUE);

    /** Thrown when a pass holds more pairs than its budget: the stage starts again with more passes. */
    static final class OverBudget extends RuntimeException {
        OverBudget() { super(null, null, false, false); }
    }

    boolean holds(long key) {
        // salted, so a pass's pairs do not all fall into the same slots of a map that hashes them too
        return passes == 1 || Math.floorMod(Hashing.mix(key ^ 0x9E3779B97F4A7C15L), passes) == pass;
    }
}
