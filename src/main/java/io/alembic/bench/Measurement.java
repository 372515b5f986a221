package io.alembic.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One timed pass over the bundle: what it produced, how long it took, and the most heap it held. */
public record Measurement(String name, long records, long nanos, long heapMaxBytes) {
    public double seconds() { return nanos / 1e9; }

    public double recordsPerSecond() { return nanos == 0 ? 0 : records / seconds(); }

    void putInto(ObjectNode n) {
        n.put("records", records);
        n.put("wall_ms", Math.round(nanos / 1e6));
        n.put("records_per_s", Math.round(recordsPerSecond()));
        n.put("heap_max_mb", BenchJson.mb(heapMaxBytes));
    }
}
