package io.alembic.detect.parts;

import java.util.ArrayList;
import java.util.List;

/**
 * Misra-Gries frequent items with a fixed capacity: any key seen more than n/(capacity+1) times survives, and memory
 * stays constant however many prompts an account sends. Each entry keeps a few request ids as evidence. Plain arrays
 * with a linear scan: capacity is a few dozen and this runs eight times per request, where boxed maps dominated.
 */
public final class HeavyHitters {
    public record Entry(long key, long count, List<String> sample) {}

    private static final int SAMPLE = 20;
    private final int capacity;
    private long[] keys;
    private long[] counts;
    private List<List<String>> samples;
    private int size;
    private long total;

    public HeavyHitters(int capacity) { this.capacity = capacity; }

    public void add(long key, String requestId) {
        if (keys == null) { // allocated on first use: most accounts of a large case send only a handful of requests
            keys = new long[capacity];
            counts = new long[capacity];
            samples = new ArrayList<>(capacity);
            for (int i = 0; i < capacity; i++) samples.add(null);
        }
        total++;
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                counts[i]++;
                List<String> s = samples.get(i);
                if (s.size() < SAMPLE) s.add(requestId);
                return;
            }
        }
        if (size < keys.length) {
            keys[size] = key;
            counts[size] = 1;
            List<String> s = new ArrayList<>(4);
            s.add(requestId);
            samples.set(size++, s);
            return;
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (--counts[i] == 0) continue;
            keys[kept] = keys[i];
            counts[kept] = counts[i];
            samples.set(kept++, samples.get(i));
        }
        for (int i = kept; i < size; i++) samples.set(i, null);
        size = kept;
    }

    public long total() { return total; }

    /** Surviving entries, largest count first (ties by key, so the order is deterministic). Counts are lower bounds. */
    public List<Entry> top() {
        List<Entry> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(new Entry(keys[i], counts[i], List.copyOf(samples.get(i))));
        out.sort((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : Long.compare(a.key, b.key));
        return out;
    }
}
