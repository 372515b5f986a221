package io.alembic.detect.profile;

import io.alembic.detect.RequestFacts;
import io.alembic.detect.Rule;
import io.alembic.detect.parts.MinHasher;
import io.alembic.detect.parts.Shingler;
import io.alembic.detect.parts.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds a stream of requests, in any order and interleaved across accounts, into per-account profiles in one pass.
 * Each request gets a sequence number in scan order; evidence is kept as those numbers and turned back into request ids
 * by whoever ran the scan (see {@link io.alembic.detect.RequestIds}), so no account holds strings per request.
 */
public final class ProfileBuilder {
    /** Longer prompts are sketched from their first characters: a hostile record must not cost more than any other. */
    static final int MAX_PROMPT_CHARS = 20_000;

    private final Map<String, AccountProfile> profiles = new HashMap<>();
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final Calendar.Rules calendarRules;
    private long windowStart = Long.MAX_VALUE, windowEnd = Long.MIN_VALUE;
    private int seq;

    public ProfileBuilder(Rule profile, Calendar.Rules calendarRules) {
        shingler = new Shingler(profile.integer("shingle_tokens"), profile.integer("edge_tokens"));
        minHasher = new MinHasher(profile.integer("lsh_bands"), profile.integer("lsh_rows"));
        this.calendarRules = calendarRules;
    }

    /** Adds one request; returns its sequence number. */
    public int accept(RequestFacts r) {
        AccountProfile a = profiles.computeIfAbsent(r.accountId(), id -> new AccountProfile(id, minHasher.bands()));
        int flags = (r.status() == 429 ? Activity.FLAG_RATE_LIMIT : 0) | (r.status() == 403 ? Activity.FLAG_BAN : 0);
        String prompt = r.prompt().length() > MAX_PROMPT_CHARS ? r.prompt().substring(0, MAX_PROMPT_CHARS) : r.prompt();
        List<String> tokens = Tokenizer.tokens(prompt);
        long[] keys = minHasher.bandKeys(minHasher.signature(shingler.shingles(tokens)));
        int s = seq++;
        a.add(r, s, tokens, keys, flags);
        windowStart = Math.min(windowStart, r.tsMs());
        windowEnd = Math.max(windowEnd, r.tsMs());
        return s;
    }

    public long requests() { return seq; }

    public long windowStart() { return windowStart; }

    public long windowEnd() { return windowEnd; }

    /** Seals every profile against the log's window and hands them over sorted by account id; the builder is spent. */
    public List<AccountProfile> finish() { return finish(windowStart, windowEnd); }

    /**
     * The same against a given window: when the builder saw only part of the log (one partition of a cluster job),
     * accounts must be measured against the whole log's first and last request, or their start and end look irregular.
     */
    public List<AccountProfile> finish(long logStart, long logEnd) {
        List<AccountProfile> out = new ArrayList<>(new TreeMap<>(profiles).values());
        profiles.clear();
        for (AccountProfile p : out) p.seal(logStart, logEnd, calendarRules);
        return out;
    }
}
