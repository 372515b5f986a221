package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;

import java.util.Locale;

/**
 * Templated prompts: most of an account's prompts fall into a few scaffolds, one frame with a slot filled from a
 * dataset: near-duplicate edges (MinHash/LSH buckets over the first and last tokens), or an exact opening or closing
 * run of words, or first or last line, shared by many prompts around varying content. Found from the structure alone, in any language,
 * without knowing any scaffold's words.
 */
public final class TemplatingDetector implements Detector {
    public String id() { return "templating"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        int n = p.requests();
        if (n < r.num("min_requests")) return null;
        int[][] heavy = p.content().heavyBuckets(r.integer("bucket_min_count"), r.num("bucket_min_share"));
        int[] ev = new int[Finding.MAX_EVIDENCE];
        int templated = p.content().templated(heavy, ev);
        int[] wrapEv = new int[Finding.MAX_EVIDENCE];
        int wrapped = p.content().wrapped(r.integer("bucket_min_count"), r.num("bucket_min_share"), wrapEv, new long[8]);
        int buckets = 0;
        for (int[] b : heavy) buckets = Math.max(buckets, b.length);
        if (wrapped > templated) {
            templated = wrapped;
            ev = wrapEv;
        }
        double share = templated / (double) n;
        if (share < r.num("min_templated_share")) return null;
        String text = String.format(Locale.ROOT,
                "%d of %d prompts (%s, threshold %s) sit in recurring scaffolds: near-duplicate edges (MinHash/LSH, %d dominant "
                        + "buckets), the same opening or closing run of %d words, or the same first or last line around varying content.", templated, n,
                Times.pct(share), Times.pct(r.num("min_templated_share")), buckets, io.alembic.detect.profile.Content.EDGE);
        return Signal.of(id(), r, r.weight() * Math.min(1, share / 0.8), text,
                java.util.Arrays.copyOf(ev, Math.min(templated, ev.length)), templated);
    }
}
