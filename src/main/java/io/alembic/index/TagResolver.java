package io.alembic.index;

import java.util.Set;

/**
 * Resolves {@code tag:NAME} in a query to what carries the tag right now. The tags live in the case database, not
 * in the index, so tagging never needs a reindex and the search is always in step with the tags.
 */
public interface TagResolver {
    /** What a tag is attached to: single records by store row, and whole accounts, API keys and client IPs. */
    record Tagged(long[] rowIds, Set<String> accounts, Set<String> keys, Set<String> ips) {
        public static final Tagged NOTHING = new Tagged(new long[0], Set.of(), Set.of(), Set.of());
    }

    /** @return what carries the tag, or null when no such tag is defined */
    Tagged resolve(String tag);

    /** For indexes searched without a case (benchmarks): {@code tag:} is refused. */
    TagResolver NONE = tag -> {
        throw new QuerySyntaxException("tag: queries need an open case");
    };
}
