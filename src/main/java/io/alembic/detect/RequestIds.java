package io.alembic.detect;

import java.util.List;

/**
 * Turns scan sequence numbers (the order in which requests reached the profile builder) back into request ids, once,
 * for the few requests a report cites. The case resolves them from its database, an in-memory run from its list.
 */
@FunctionalInterface
public interface RequestIds {
    /** @return one id per sequence number, in the same order */
    List<String> resolve(int[] seqs);
}
