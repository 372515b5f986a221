package io.alembic.detect.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Frequent values with a fixed capacity and no evidence lists: what an account's main address, network, parameter set
 * or system prompt is, and what share of its requests carries it. Exact while the account has no more distinct values
 * than the capacity (a person's networks, an app's parameter sets); beyond that Misra-Gries, whose counts are lower
 * bounds by at most total / (capacity + 1).
 */
public final class TopCounter<T extends Comparable<T>> {
    public record Entry<T>(T value, long count) {}

    private final int capacity;
    private final List<T> values = new ArrayList<>(2);
    private long[] counts = new long[2];
    private long total;

    public TopCounter(int capacity) { this.capacity = capacity; }

    public void add(T value) {
        if (value == null) return;
        total++;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(value)) { counts[i]++; return; }
        }
        if (values.size() < capacity) {
            if (values.size() == counts.length) counts = java.util.Arrays.copyOf(counts, Math.min(capacity, counts.length * 2));
            counts[values.size()] = 1;
            values.add(value);
            return;
        }
        int kept = 0;
        for (int i = 0; i < values.size(); i++) {
            if (--counts[i] == 0) continue;
            values.set(kept, values.get(i));
            counts[kept++] = counts[i];
        }
        while (values.size() > kept) values.remove(values.size() - 1);
    }

    /** Values counted (including those the sketch has since dropped). */
    public long total() { return total; }

    /** Surviving values, most frequent first, ties by value so the order is deterministic. */
    public List<Entry<T>> top() {
        List<Entry<T>> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) out.add(new Entry<>(values.get(i), counts[i]));
        out.sort(Comparator.<Entry<T>>comparingLong(e -> -e.count()).thenComparing(Entry::value));
        return out;
    }

    public Entry<T> first() {
        List<Entry<T>> t = top();
        return t.isEmpty() ? null : t.get(0);
    }

    /** Share of all counted values held by the most frequent one (0 when none). */
    public double topShare() {
        Entry<T> f = first();
        return f == null || total == 0 ? 0 : f.count() / (double) total;
    }
}
