package io.alembic.detect.profile;

import io.alembic.detect.RequestFacts;

import java.util.List;

/**
 * Everything kept about one account while its requests stream past: when (activity), from where (sources), what was
 * asked (content) and what was asked of the model (usage). A few packed values per request and bounded sketches; no
 * prompt text. Sealed once the scan is complete, then summarised and dropped.
 */
public final class AccountProfile {
    /** Per-request marks kept in {@link Activity}, so evidence for any of them can be chosen after the scan. */
    public static final int MARK_REASONING = 1, MARK_MULTI_TURN = 2, MARK_DIRECT = 4, MARK_PROGRAMMATIC = 8, MARK_ROUTED = 16;

    private final String accountId;
    private final Activity activity = new Activity();
    private final Sources sources = new Sources();
    private final Content content;
    private final Usage usage = new Usage();
    private long[] calendar = new long[0];
    private boolean sealed;

    AccountProfile(String accountId, int bands) {
        this.accountId = accountId;
        this.content = new Content(bands);
    }

    void add(RequestFacts r, int seq, List<String> tokens, long[] bandKeys, int flags) {
        boolean reasoning = usage.add(r);
        sources.add(r);
        content.add(seq, tokens, r.prompt(), r.system(), r.firstUser(), r.lastUser(), r.messages(), r.assistantTurns(), bandKeys,
                r.priorAnswerChars(), r.answerChars());
        boolean routed = r.router() != null && !r.router().isEmpty();
        String ua = r.userAgent() == null ? "" : r.userAgent();
        int mark = (reasoning ? MARK_REASONING : 0) | (r.assistantTurns() > 0 ? MARK_MULTI_TURN : 0)
                | (routed ? MARK_ROUTED : MARK_DIRECT) | (Agents.programmatic(ua) ? MARK_PROGRAMMATIC : 0);
        activity.add(r.tsMs(), seq, r.apiKeyId(), flags, mark);
    }

    /** Called once every request is in; window is the first and last request time of the whole log. */
    void seal(long windowStart, long windowEnd, Calendar.Rules rules) {
        if (sealed) return;
        sealed = true;
        activity.seal();
        content.seal();
        calendar = Calendar.items(activity, windowStart, windowEnd, rules);
    }

    public String accountId() { return accountId; }

    public int requests() { return activity.size(); }

    public Activity activity() { return activity; }

    public Sources sources() { return sources; }

    public Content content() { return content; }

    public Usage usage() { return usage; }

    /** The account's irregular moments (see {@link Calendar}), sorted. */
    public long[] calendar() { return calendar; }

    /** Frees per-request memory after summarising; the profile must not be read again. */
    void release() { content.release(); }
}
