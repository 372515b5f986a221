package io.alembic.detect;

import io.alembic.detect.parts.HeavyHitters;

import java.util.ArrayList;
import java.util.List;

/**
 * Templated prompts: most of an account's prompts fall into a few near-duplicate scaffolds (MinHash LSH buckets over
 * the prompt edges), i.e. one frame with the slot filled from a dataset. Paraphrases of a scaffold land in the same or a
 * handful of buckets.
 */
public final class TemplatingDetector implements Detector {
    public String id() { return "templating"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            List<HeavyHitters.Entry> buckets = p.templateBuckets(r.num("bucket_min_share"), r.integer("bucket_min_count"));
            long templated = p.templatedPrompts(r.num("bucket_min_share"), r.integer("bucket_min_count"));
            double share = templated / (double) p.n;
            if (share < r.num("min_templated_share")) continue;
            List<String> ev = new ArrayList<>();
            for (HeavyHitters.Entry e : buckets) for (String id : e.sample()) if (ev.size() < Finding.MAX_EVIDENCE) ev.add(id);
            String text = String.format(java.util.Locale.ROOT,
                    "%d of %d prompts (%s) fall into recurring near-duplicate scaffolds (MinHash/LSH over the prompt edges, %d dominant buckets).",
                    templated, p.n, Times.pct(share), buckets.size());
            out.add(new Finding(id(), r.version(), p.accountId, r.weight() * Math.min(1, share / 0.8), text, ev, templated));
        }
        return out;
    }
}
