package io.alembic.bench;

import io.alembic.casefile.ImportListener;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a full import into coarse phases from its progress callbacks, so a slow import says where it went
 * without a profiler: evidence copy + hash + verify, records (parse + SQLite + Lucene), derived tables + close.
 */
final class PhaseClock implements ImportListener {
    static final String COPY = "copy_hash_verify";
    static final String RECORDS = "records";
    static final String DERIVED = "derived_and_close";

    private final long start = System.nanoTime();
    private final Map<String, Long> starts = new LinkedHashMap<>();

    @Override
    public void progress(String phase, long done, long total) {
        String kind = phase.startsWith("Copying") ? COPY : phase.startsWith("Import") ? RECORDS : phase.startsWith("Building") ? DERIVED : null;
        if (kind != null) starts.putIfAbsent(kind, System.nanoTime());
    }

    /** Milliseconds per phase, each ending where the next one began (the last ends at {@code end}). */
    Map<String, Long> millis(long end) {
        Map<String, Long> out = new LinkedHashMap<>();
        String prev = null;
        long prevAt = start;
        for (Map.Entry<String, Long> e : starts.entrySet()) {
            out.put(prev == null ? "open" : prev, (e.getValue() - prevAt) / 1_000_000);
            prev = e.getKey();
            prevAt = e.getValue();
        }
        out.put(prev == null ? "open" : prev, (end - prevAt) / 1_000_000);
        return out;
    }
}
