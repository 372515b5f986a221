package io.alembic.detect;

import io.alembic.detect.parts.GapStats;
import io.alembic.detect.parts.HeavyHitters;
import io.alembic.detect.parts.HourProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything kept about one account after streaming its requests: counters, bounded sketches and one packed long per
 * request (time, key index, status flags). No prompt text is kept, so memory grows by 8 bytes per request.
 */
public final class AccountProfile {
    static final int FLAG_RATE_LIMIT = 1, FLAG_BAN = 2;
    private static final int SET_CAP = 64;

    final String accountId;
    long n;
    private long[] events = new long[16];
    private int[] bandKeys = new int[0];
    final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    final HourProfile hours = new HourProfile();
    final Evidence all = new Evidence(), cot = new Evidence(), answerOnly = new Evidence(), clientLibrary = new Evidence();
    final Evidence rateLimited = new Evidence(), banned = new Evidence();
    /** Prompts demanding reasoning or a bare answer in any wording (see ProfileBuilder#demand). */
    final Evidence demand = new Evidence();
    long effortHigh, withReasoning;
    final Map<String, Evidence> families = new TreeMap<>();
    final HeavyHitters[] templates;
    final HeavyHitters params = new HeavyHitters(8);
    final TreeSet<String> directIps = new TreeSet<>(), forwardedOrigins = new TreeSet<>(), asnAgents = new TreeSet<>(),
            routers = new TreeSet<>();
    long firstTs = Long.MAX_VALUE, lastTs = Long.MIN_VALUE, firstBanTs = Long.MAX_VALUE;

    private long[] sorted;
    private GapStats gaps;

    AccountProfile(String accountId, int bands, int capacity) {
        this.accountId = accountId;
        this.templates = new HeavyHitters[bands];
        for (int i = 0; i < bands; i++) templates[i] = new HeavyHitters(capacity);
    }

    void addEvent(long tsMs, String key, int flags) {
        Integer k = keyIndex.get(key == null ? "" : key);
        if (k == null) {
            k = keys.size();
            keys.add(key == null ? "" : key);
            keyIndex.put(keys.get(k), k);
        }
        if (n == events.length) events = Arrays.copyOf(events, events.length * 2);
        events[(int) n++] = (tsMs << 22) | ((long) Math.min(k, (1 << 20) - 1) << 2) | flags;
        firstTs = Math.min(firstTs, tsMs);
        lastTs = Math.max(lastTs, tsMs);
        if ((flags & FLAG_BAN) != 0) firstBanTs = Math.min(firstBanTs, tsMs);
    }

    /** Keeps each prompt's LSH band keys (truncated to 32 bits) so templating can test "any band in a heavy bucket". */
    void addBandKeys(long[] keys) {
        int at = (int) (n - 1) * keys.length;
        if (at + keys.length > bandKeys.length) bandKeys = Arrays.copyOf(bandKeys, Math.max(at + keys.length, bandKeys.length * 2));
        for (int b = 0; b < keys.length; b++) bandKeys[at + b] = (int) keys[b];
    }

    /** Prompts that fall into a heavy bucket of at least one band: near-duplicates of a recurring scaffold. */
    public long templatedPrompts(double minShare, int minCount) {
        int bands = templates.length;
        java.util.List<java.util.Set<Integer>> heavy = new ArrayList<>();
        for (HeavyHitters h : templates) {
            java.util.Set<Integer> keys = new java.util.HashSet<>();
            for (HeavyHitters.Entry e : h.top()) if (e.count() >= minCount && e.count() >= minShare * n) keys.add((int) e.key());
            heavy.add(keys);
        }
        long hits = 0;
        for (int i = 0; i < n && (long) (i + 1) * bands <= bandKeys.length; i++) {
            for (int b = 0; b < bands; b++) {
                if (heavy.get(b).contains(bandKeys[i * bands + b])) { hits++; break; }
            }
        }
        return hits;
    }

    static void addCapped(TreeSet<String> set, String v) {
        if (v != null && !v.isEmpty() && set.size() < SET_CAP) set.add(v);
    }

    /** Sorts the events by time once all requests are in; later calls are free. */
    void seal() {
        if (sorted != null) return;
        sorted = Arrays.copyOf(events, (int) n);
        Arrays.sort(sorted);
        events = null;
        long[] ts = new long[sorted.length];
        for (int i = 0; i < ts.length; i++) ts[i] = sorted[i] >> 22;
        gaps = GapStats.of(ts, ts.length);
    }

    public String accountId() { return accountId; }

    public long requests() { return n; }

    public GapStats gaps() { seal(); return gaps; }

    long time(int i) { return sorted[i] >> 22; }

    /** Hours (epoch hour numbers) at which the account starts, pauses for at least minPauseHours, or resumes. */
    public long[] transitions(int minPauseHours) {
        seal();
        if (n == 0) return new long[0];
        long[] out = new long[16];
        int k = 0;
        long prev = time(0) / 3_600_000L;
        out[k++] = prev;
        for (int i = 1; i < n; i++) {
            long h = time(i) / 3_600_000L;
            if (h - prev > minPauseHours) {
                if (k + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                out[k++] = prev;
                out[k++] = h;
            }
            prev = h;
        }
        if (k + 1 > out.length) out = Arrays.copyOf(out, out.length + 1);
        out[k++] = prev;
        return Arrays.copyOf(out, k);
    }

    public double clientLibraryShare() { return n == 0 ? 0 : clientLibrary.count() / (double) n; }

    int key(int i) { return (int) ((sorted[i] >> 2) & ((1 << 20) - 1)); }

    int flags(int i) { return (int) (sorted[i] & 3); }

    /** Requests per UTC day from the first to the last active day. */
    long[] dailyCounts() {
        seal();
        if (n == 0) return new long[0];
        long d0 = Math.floorDiv(time(0), 86_400_000L);
        long d1 = Math.floorDiv(time((int) n - 1), 86_400_000L);
        long[] out = new long[(int) (d1 - d0 + 1)];
        for (int i = 0; i < n; i++) out[(int) (Math.floorDiv(time(i), 86_400_000L) - d0)]++;
        return out;
    }

    public java.util.Set<String> directIps() { return directIps; }

    public java.util.Set<String> forwardedOrigins() { return forwardedOrigins; }

    public java.util.Set<String> asnAgents() { return asnAgents; }

    public List<String> sampleRequests() { return all.sample(); }

    /** Template buckets holding at least minShare of the account's prompts, from the band that groups the most. */
    public List<HeavyHitters.Entry> templateBuckets(double minShare, int minCount) {
        List<HeavyHitters.Entry> best = List.of();
        long bestSum = -1;
        for (HeavyHitters h : templates) {
            List<HeavyHitters.Entry> heavy = h.top().stream()
                    .filter(e -> e.count() >= minCount && e.count() >= minShare * n).toList();
            long sum = heavy.stream().mapToLong(HeavyHitters.Entry::count).sum();
            if (sum > bestSum) {
                bestSum = sum;
                best = heavy;
            }
        }
        return best;
    }

    /** Heavy buckets of every band: the fingerprints two accounts must share to be linked by a template. */
    public TreeSet<Long> templateFingerprints(double minShare, int minCount) {
        TreeSet<Long> out = new TreeSet<>();
        for (HeavyHitters h : templates) {
            for (HeavyHitters.Entry e : h.top()) if (e.count() >= minCount && e.count() >= minShare * n) out.add(e.key());
        }
        return out;
    }
}
