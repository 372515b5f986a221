package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;

import java.util.Locale;

/**
 * Templated prompts: most of an account's prompts fall into a few near-duplicate scaffolds (MinHash/LSH buckets over
 * the prompt's first and last tokens), one frame with a slot filled from a dataset. Found from the structure alone,
 * in any language, without knowing any scaffold's words.
 */
public final class TemplatingDetector implements Detector {
    public String id() { return "templating"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        int[][] heavy = p.content().heavyBuckets(r.integer("bucket_min_count"), r.num("bucket_min_share"));
        int buckets = 0;
        for (int[] b : heavy) buckets = Math.max(buckets, b.length);
        if (buckets == 0) return null;
        int[] ev = new int[Finding.MAX_EVIDENCE];
        int templated = p.content().templated(heavy, ev);
        double share = templated / (double) n;
        if (share < r.num("min_templated_share")) return null;
        String text = String.format(Locale.ROOT,
                "%d of %d prompts (%s, threshold %s) fall into recurring near-duplicate scaffolds (MinHash/LSH over the "
                        + "prompt edges, %d dominant buckets).", templated, n, Times.pct(share), Times.pct(r.num("min_templated_share")), buckets);
        return Signal.of(id(), r, r.weight() * Math.min(1, share / 0.8), text,
                java.util.Arrays.copyOf(ev, Math.min(templated, ev.length)), templated);
    }
}
