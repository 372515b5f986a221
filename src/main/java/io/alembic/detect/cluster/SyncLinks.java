package io.alembic.detect.cluster;

import io.alembic.detect.AccountProfile;
import io.alembic.detect.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Synchronised activity: scripted accounts that start, pause and resume within the same hour, again and again. One
 * operator restarting its workers (or moving them to fresh accounts after a ban) leaves this trace even when every
 * address and payment detail differs. The edges of the data window are ignored: everyone "starts" there. Pairwise over
 * scripted accounts only, so people sleeping at similar hours never count.
 */
final class SyncLinks {
    private SyncLinks() { }

    static List<Link> build(Map<String, AccountProfile> profiles, Rule rule) {
        int pause = rule.integer("sync_min_pause_hours");
        long tolerance = rule.integer("sync_tolerance_hours");
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (AccountProfile p : profiles.values()) {
            long[] t = p.transitions(pause);
            if (t.length == 0) continue;
            lo = Math.min(lo, t[0]);
            hi = Math.max(hi, t[t.length - 1]);
        }
        List<AccountProfile> scripted = new ArrayList<>();
        List<long[]> marks = new ArrayList<>();
        for (AccountProfile p : profiles.values()) {
            if (p.requests() < rule.num("sync_min_requests") || p.clientLibraryShare() < rule.num("sync_min_client_library_share")) continue;
            long[] t = inner(p.transitions(pause), lo + tolerance, hi - tolerance);
            if (t.length < rule.num("sync_min_shared")) continue;
            scripted.add(p);
            marks.add(t);
        }
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < scripted.size(); i++) {
            for (int j = i + 1; j < scripted.size(); j++) {
                long[] a = marks.get(i), b = marks.get(j);
                int shared = Math.min(shared(a, b, tolerance), shared(b, a, tolerance));
                // against the busier account: a few eval sessions that happen to start at office hours are not in step
                // with a script that pauses every evening
                int more = Math.max(a.length, b.length);
                if (shared < rule.num("sync_min_shared") || shared < rule.num("sync_min_share") * more) continue;
                out.add(new Link("synchronised", shared + " of " + more + " starts/pauses/resumes within "
                        + tolerance + " h", rule.num("synchronised"),
                        List.of(scripted.get(i).accountId(), scripted.get(j).accountId())));
            }
        }
        return out;
    }

    private static long[] inner(long[] t, long from, long to) {
        return java.util.Arrays.stream(t).filter(h -> h > from && h < to).toArray();
    }

    /** Marks of a that have a mark of b within the tolerance (both sorted). */
    static int shared(long[] a, long[] b, long tolerance) {
        int j = 0, hits = 0;
        for (long x : a) {
            while (j < b.length && b[j] < x - tolerance) j++;
            if (j < b.length && b[j] <= x + tolerance) hits++;
        }
        return hits;
    }
}
