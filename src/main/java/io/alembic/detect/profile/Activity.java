package io.alembic.detect.profile;

import io.alembic.detect.parts.GapStats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's requests as points in time: a few packed values per request (time, scan sequence number, API key,
 * status flags, signal marks), sorted by time once all are in. Everything about rhythm, keys and evidence is read from
 * here; prompt text never is.
 */
public final class Activity {
    public static final int FLAG_RATE_LIMIT = 1, FLAG_BAN = 2;
    static final long HOUR = 3_600_000L, DAY = 86_400_000L;

    private long[] ts = new long[4];
    private int[] seq = new int[4];
    private int[] keyFlags = new int[4];
    private byte[] marks = new byte[4];
    private int n;
    private final List<String> keys = new ArrayList<>(1);
    private final Map<String, Integer> keyIndex = new HashMap<>(2);
    private boolean sealed;
    private GapStats gaps;
    private long firstBanTs = Long.MAX_VALUE;

    void add(long tsMs, int sequence, String key, int flags, int mark) {
        if (sealed) throw new IllegalStateException("activity already sealed");
        String k = key == null ? "" : key;
        Integer idx = keyIndex.get(k);
        if (idx == null) {
            idx = keys.size();
            keys.add(k);
            keyIndex.put(k, idx);
        }
        if (n == ts.length) {
            int cap = n * 2;
            ts = Arrays.copyOf(ts, cap);
            seq = Arrays.copyOf(seq, cap);
            keyFlags = Arrays.copyOf(keyFlags, cap);
            marks = Arrays.copyOf(marks, cap);
        }
        ts[n] = tsMs;
        seq[n] = sequence;
        keyFlags[n] = (Math.min(idx, (1 << 27) - 1) << 4) | flags;
        marks[n] = (byte) mark;
        n++;
        if ((flags & FLAG_BAN) != 0) firstBanTs = Math.min(firstBanTs, tsMs);
    }

    /** Sorts by time (stable: equal times keep arrival order). Exports are usually in time order already. */
    void seal() {
        if (sealed) return;
        sealed = true;
        ts = Arrays.copyOf(ts, n);
        seq = Arrays.copyOf(seq, n);
        keyFlags = Arrays.copyOf(keyFlags, n);
        marks = Arrays.copyOf(marks, n);
        boolean ordered = true;
        for (int i = 1; i < n && ordered; i++) ordered = ts[i - 1] <= ts[i];
        if (!ordered) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            final long[] t0 = ts;
            Arrays.sort(order, (a, b) -> t0[a] != t0[b] ? Long.compare(t0[a], t0[b]) : Integer.compare(a, b));
            long[] t = new long[n];
            int[] s = new int[n], k = new int[n];
            byte[] m = new byte[n];
            for (int i = 0; i < n; i++) {
                t[i] = ts[order[i]];
                s[i] = seq[order[i]];
                k[i] = keyFlags[order[i]];
                m[i] = marks[order[i]];
            }
            ts = t;
            seq = s;
            keyFlags = k;
            marks = m;
        }
        gaps = GapStats.of(ts, n);
    }

    public int size() { return n; }

    public long time(int i) { return ts[i]; }

    public int key(int i) { return keyFlags[i] >>> 4; }

    public int flags(int i) { return keyFlags[i] & 0xF; }

    public int mark(int i) { return marks[i]; }

    public int keyCount() { return keys.size(); }

    public long first() { return n == 0 ? 0 : ts[0]; }

    public long last() { return n == 0 ? 0 : ts[n - 1]; }

    public long firstBan() { return firstBanTs; }

    public GapStats gaps() { return gaps; }

    /** Requests per UTC day from the first to the last active day. */
    public long[] dailyCounts() {
        if (n == 0) return new long[0];
        long d0 = Math.floorDiv(ts[0], DAY);
        long[] out = new long[(int) (Math.floorDiv(ts[n - 1], DAY) - d0 + 1)];
        for (int i = 0; i < n; i++) out[(int) (Math.floorDiv(ts[i], DAY) - d0)]++;
        return out;
    }

    public long firstDay() { return Math.floorDiv(first(), DAY); }

    /** Count of requests carrying every bit of mask. */
    public int count(int mask) {
        int c = 0;
        for (int i = 0; i < n; i++) if ((marks[i] & mask) == mask) c++;
        return c;
    }

    /** Scan sequence numbers of the earliest requests carrying every bit of mask (mask 0: any request). */
    public int[] evidence(int mask, int max) {
        int[] out = new int[Math.min(max, n)];
        int k = 0;
        for (int i = 0; i < n && k < out.length; i++) if ((marks[i] & mask) == mask) out[k++] = seq[i];
        return Arrays.copyOf(out, k);
    }

    /** Scan sequence numbers of the requests at the given time-ordered positions. */
    public int[] evidenceAt(int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = seq[positions[i]];
        return out;
    }
}
