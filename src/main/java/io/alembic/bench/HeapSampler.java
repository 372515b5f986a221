package io.alembic.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap (total - free) on a daemon thread. Sampling misses short spikes between ticks but, unlike the
 * pools' peak usage, never adds up peaks that happened at different times, so it is the honest "how much did we hold".
 */
final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MS = 10;

    private final AtomicLong max = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::loop, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        max.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
    }

    /** Starts a new phase: collects garbage so the previous phase's leftovers do not count against this one. */
    void reset() {
        System.gc();
        max.set(0);
        sample();
    }

    /** Highest used heap since the last reset, in bytes. */
    long max() {
        sample();
        return max.get();
    }

    static long heapLimit() { return Runtime.getRuntime().maxMemory(); }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
