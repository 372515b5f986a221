package io.alembic.detect;

import io.alembic.detect.cluster.LinkToken;

import java.io.Serializable;
import java.util.List;

/**
 * One account after the per-account stage: its own findings, what it may share with other accounts (link tokens and
 * irregular calendar moments), a bottom-k sketch of its prompts, and the few traits the campaign stage pools. Small
 * and serialisable, so the cross-account stage runs the same over a laptop's case or a cluster's collected summaries.
 *
 * @param calendar  irregular moments ({@link io.alembic.detect.profile.Calendar} items), sorted
 * @param items     bottom-k sketch of the account's distinct prompt hashes, sorted
 * @param styles    requests per structural prompt style
 * @param sample    scan sequence numbers of the account's first requests, for evidence
 * @param activeDays bit set of active UTC days, bit 0 being the day of the first request
 * @param evidenceIds request ids of the sequence numbers this summary cites, when the per-account stage could name them
 *                  itself (a cluster job numbers each account's requests apart); null when the caller's
 *                  {@link RequestIds} names them at the end
 */
public record AccountSummary(String accountId, int requests, long first, long last, long firstBan, List<Signal> signals,
                             List<LinkToken> tokens, long[] calendar, long[] items, long[] styles, int[] sample,
                             long[] activeDays, Traits traits, java.util.Map<Integer, String> evidenceIds)
        implements Serializable {

    /** Every scan sequence number this summary cites (findings' evidence and the sample), sorted. */
    public int[] citedSeqs() {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (Signal s : signals) for (int q : s.evidence()) out.add(q);
        for (int q : sample) out.add(q);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The same summary with its cited sequence numbers named. */
    public AccountSummary withEvidenceIds(java.util.Map<Integer, String> ids) {
        return new AccountSummary(accountId, requests, first, last, firstBan, signals, tokens, calendar, items, styles, sample,
                activeDays, traits, java.util.Map.copyOf(ids));
    }

    /** Pooled by the campaign stage: shares are of the account's requests. */
    public record Traits(double reasoning, double repeats, double multiTurn, double shortPrompts, long direct, long routed,
                         int networks, double programmatic, String dominantSetup, double dominantSetupShare,
                         double topSetupsShare, long inputTokens, long generatedTokens) implements Serializable {}
}
