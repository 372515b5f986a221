package io.alembic.detect.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Misra-Gries frequent items with a fixed capacity: any key seen more than n/(capacity+1) times survives, and memory
 * stays constant however many prompts an account sends. Each entry keeps a few request ids as evidence.
 */
public final class HeavyHitters {
    public record Entry(long key, long count, List<String> sample) {}

    private static final int SAMPLE = 20;
    private final int capacity;
    private final Map<Long, long[]> counts = new HashMap<>();
    private final Map<Long, List<String>> samples = new HashMap<>();
    private long total;

    public HeavyHitters(int capacity) { this.capacity = capacity; }

    public void add(long key, String requestId) {
        total++;
        long[] c = counts.get(key);
        if (c != null) {
            c[0]++;
            List<String> s = samples.get(key);
            if (s.size() < SAMPLE) s.add(requestId);
            return;
        }
        if (counts.size() < capacity) {
            counts.put(key, new long[]{1});
            List<String> s = new ArrayList<>();
            s.add(requestId);
            samples.put(key, s);
            return;
        }
        List<Long> evict = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : counts.entrySet()) if (--e.getValue()[0] == 0) evict.add(e.getKey());
        for (Long k : evict) {
            counts.remove(k);
            samples.remove(k);
        }
    }

    public long total() { return total; }

    /** Surviving entries, largest count first (ties by key, so the order is deterministic). Counts are lower bounds. */
    public List<Entry> top() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : counts.entrySet()) out.add(new Entry(e.getKey(), e.getValue()[0], List.copyOf(samples.get(e.getKey()))));
        out.sort((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : Long.compare(a.key, b.key));
        return out;
    }
}
