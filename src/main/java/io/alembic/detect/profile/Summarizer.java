package io.alembic.detect.profile;

import io.alembic.detect.AccountSummary;
import io.alembic.detect.Detector;
import io.alembic.detect.Detectors;
import io.alembic.detect.LogContext;
import io.alembic.detect.RuleSet;
import io.alembic.detect.Signal;
import io.alembic.detect.cluster.LinkToken;
import io.alembic.detect.parts.TopCounter;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs every registered detector over a sealed profile and reduces it to an {@link AccountSummary}: the per-account
 * stage. What an account could share with others is emitted as link tokens only when it is the account's own habit
 * (its main address, agent, parameter set), so a single stray request never ties two accounts together.
 */
public final class Summarizer {
    private final RuleSet rules;
    private final int sketch;

    public Summarizer(RuleSet rules) {
        this.rules = rules;
        this.sketch = rules.of("profile").integer("item_sketch_size");
    }

    public AccountSummary summarize(AccountProfile p, LogContext log) {
        List<Signal> signals = new ArrayList<>();
        for (Detector d : Detectors.all()) {
            Signal s = d.inspect(p, rules.of(d.id()), log);
            if (s != null) signals.add(s);
        }
        int n = p.requests();
        Activity a = p.activity();
        double per = 1.0 / Math.max(1, n);
        AccountSummary.Traits traits = new AccountSummary.Traits(a.count(AccountProfile.MARK_REASONING) * per,
                p.content().repeats() * per, p.content().multiTurn() * per, p.content().shortPrompts() * per,
                p.sources().direct(), p.sources().routed(), p.sources().distinctAsns(),
                a.count(AccountProfile.MARK_PROGRAMMATIC) * per, p.usage().dominantSetup(), p.usage().dominantSetupShare(),
                p.usage().topSetupsShare(rules.of("automation").integer("setups")), p.usage().inputTokens(), p.usage().outputTokens() + p.usage().reasoningTokens());
        AccountSummary s = new AccountSummary(p.accountId(), n, a.first(), a.last(), a.firstBan(), signals, tokens(p),
                p.calendar(), p.content().bottomK(sketch), p.content().styles(), a.evidence(0, 8), activeDays(a), traits, null);
        p.release();
        return s;
    }

    private static long[] activeDays(Activity a) {
        long[] days = a.dailyCounts();
        long[] bits = new long[(days.length + 63) / 64];
        for (int d = 0; d < days.length; d++) if (days[d] > 0) bits[d >>> 6] |= 1L << (d & 63);
        return bits;
    }

    private List<LinkToken> tokens(AccountProfile p) {
        List<LinkToken> out = new ArrayList<>();
        Sources s = p.sources();
        long direct = s.direct();
        habits(out, "ip", s.topIps(), direct, 0.1);
        habits(out, "asn_agent", s.topAsnAgents(), direct, 0.2);
        habits(out, "agent", s.topAgents(), p.requests(), 0.5);
        s.origins().forEach(o -> out.add(new LinkToken("forwarded_for", o)));
        s.routers().forEach(r -> out.add(new LinkToken("router", r)));
        Usage u = p.usage();
        if (p.requests() >= 5 && u.dominantSetupShare() >= 0.5) out.add(new LinkToken("setup", u.dominantSetup()));
        Content c = p.content();
        if (p.requests() >= 5 && c.dominantSystemShare() >= 0.5 && !c.dominantSystemEmpty()) {
            out.add(new LinkToken("system", Long.toHexString(c.systems.first().value())));
        }
        pool(out, s);
        var t = rules.of("templating");
        if (p.requests() >= t.num("min_requests")) {
            int[][] heavy = c.heavyBuckets(t.integer("bucket_min_count"), t.num("bucket_min_share"));
            for (int b = 0; b < heavy.length; b++) {
                for (int key : heavy[b]) out.add(new LinkToken("template", b + ":" + HexFormat.of().toHexDigits(key)));
            }
        }
        return out;
    }

    /**
     * A proxy pool's fingerprint: for an account whose direct requests rotate through networks as the masking rule
     * describes, MinHash bands of its set of networks. Accounts renting one pool draw from the same networks, so their
     * sets overlap far more than two households' or two VPN users' ever do, and share a band with high probability.
     */
    private void pool(List<LinkToken> out, Sources s) {
        var m = rules.of("masking");
        if (s.direct() < m.num("min_direct_requests") || s.distinctAsns() < m.num("min_networks")
                || s.topAsnShare() > m.num("max_top_network_share")) return;
        var c = rules.of("cluster");
        int bands = c.integer("pool_sketch", "bands"), rows = c.integer("pool_sketch", "rows");
        long[] asns = s.asnValues();
        for (int b = 0; b < bands; b++) {
            long band = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                long seed = io.alembic.detect.parts.Hashing.mix(0x5EEDL + b * 131L + r), min = Long.MAX_VALUE;
                for (long v : asns) min = Math.min(min, io.alembic.detect.parts.Hashing.mix(v ^ seed));
                band = io.alembic.detect.parts.Hashing.mix(band * 31 + min);
            }
            out.add(new LinkToken("pool", b + ":" + Long.toHexString(band)));
        }
    }

    /** Values carrying at least minShare of the account's requests (and at least two of them). */
    private static void habits(List<LinkToken> out, String kind, TopCounter<String> top, long of, double minShare) {
        for (TopCounter.Entry<String> e : top.top()) {
            if (e.count() >= 2 && e.count() >= minShare * of) out.add(new LinkToken(kind, e.value()));
        }
    }
}
