package io.alembic.bench;

import javafx.application.Platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long the FX thread keeps the analyst waiting: a watchdog thread posts one {@link Platform#runLater}
 * ping every {@value #INTERVAL_MS} ms and records how long it took to run. While the FX thread is free a ping runs
 * within a millisecond or two; when a handler, a layout pass or a render blocks it, the ping waits exactly that long.
 * Only one ping is outstanding at a time, so one long stall counts once, with its full length.
 */
final class FxStallWatch implements AutoCloseable {
    static final long INTERVAL_MS = 10;
    static final double STALL_MS = 100;
    /** Before the first phase: the toolkit's and the window's first layout and render. */
    static final String FIRST_PHASE = "start";

    /** Stalls of one phase of the workout: the longest, how many exceeded {@link #STALL_MS}, pings taken. */
    record Phase(String name, double maxMs, int over100, int pings) {}

    private final Thread thread;
    private final List<Long> waits = new ArrayList<>();
    private final Map<String, double[]> phases = new LinkedHashMap<>();
    private volatile String phase = FIRST_PHASE;
    private volatile boolean running = true;
    private volatile Throwable failure;

    FxStallWatch() {
        thread = new Thread(this::loop, "bench-fx-stall-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stalls from now on are attributed to {@code name}. */
    void phase(String name) { this.phase = name; }

    private void loop() {
        try {
            ping();
        } catch (Throwable t) {
            failure = t; // an out-of-memory here leaves no figures worth reporting: the run must fail, not go quiet
        }
    }

    /** Why the watchdog stopped before {@link #close}, or null. */
    Throwable failure() { return failure; }

    private void ping() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long[] ranAt = new long[1];
            long posted = System.nanoTime();
            String p = phase;
            Platform.runLater(() -> {
                // read on the FX thread: how late this watchdog wakes up afterwards is not the GUI's delay
                ranAt[0] = System.nanoTime();
                ran.countDown();
            });
            try {
                // waits as long as the stall lasts: a stall is only over when the ping has run
                ran.await();
                record(p, ranAt[0] - posted);
                TimeUnit.MILLISECONDS.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(String p, long nanos) {
        waits.add(nanos);
        double ms = nanos / 1e6;
        double[] s = phases.computeIfAbsent(p, k -> new double[3]);
        s[0] = Math.max(s[0], ms);
        if (ms > STALL_MS) s[1]++;
        s[2]++;
    }

    synchronized LatencyStats overall() {
        long[] a = new long[waits.size()];
        for (int i = 0; i < a.length; i++) a[i] = waits.get(i);
        return LatencyStats.of(a);
    }

    synchronized int over100() {
        int n = 0;
        for (long w : waits) if (w / 1e6 > STALL_MS) n++;
        return n;
    }

    /** The longest stall and the count over 100 ms outside {@code excluded} phases (start-up, opening the case). */
    synchronized Phase excluding(java.util.Set<String> excluded) {
        double max = 0;
        int over = 0;
        int pings = 0;
        for (Map.Entry<String, double[]> e : phases.entrySet()) {
            if (excluded.contains(e.getKey())) continue;
            max = Math.max(max, e.getValue()[0]);
            over += (int) e.getValue()[1];
            pings += (int) e.getValue()[2];
        }
        return new Phase("routine", max, over, pings);
    }

    synchronized List<Phase> phases() {
        List<Phase> out = new ArrayList<>();
        phases.forEach((k, s) -> out.add(new Phase(k, s[0], (int) s[1], (int) s[2])));
        return out;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
