package io.alembic.casefile;

import io.alembic.detect.profile.ProfileBuilder;
import io.alembic.detect.RequestFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Feeds parsed requests to the profile builder on a second thread, in batches: reading and parsing (SQLite, Jackson)
 * and sketching (tokens, MinHash) each take about half of a detection scan, so on two cores they overlap. The builder
 * sees requests in the same order as a single-threaded scan, so results are identical.
 */
final class ProfilePipeline implements AutoCloseable {
    private static final int BATCH = 512;
    private static final List<RequestFacts> END = new ArrayList<>();

    private final BlockingQueue<List<RequestFacts>> queue = new ArrayBlockingQueue<>(32);
    private final Thread worker;
    private volatile Throwable failure;
    private List<RequestFacts> batch = new ArrayList<>(BATCH);
    private boolean closed;

    ProfilePipeline(ProfileBuilder builder) {
        worker = new Thread(() -> {
            try {
                for (List<RequestFacts> b = queue.take(); b != END; b = queue.take()) for (RequestFacts f : b) builder.accept(f);
            } catch (Throwable t) {
                failure = t;
            }
        }, "detect-profiles");
        worker.setDaemon(true);
        worker.start();
    }

    void accept(RequestFacts f) {
        batch.add(f);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until the builder has seen every request; rethrows what the worker failed with. */
    void finish() {
        if (!batch.isEmpty()) hand(batch);
        batch = new ArrayList<>();
        close();
        if (failure != null) throw new IllegalStateException("profiling failed: " + failure, failure);
    }

    private void hand(List<RequestFacts> b) {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) throw new IllegalStateException("profiling failed: " + failure, failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("detection interrupted", e);
        }
    }

    /** Stops the worker after what it already has (also on cancel, where the partial profiles are discarded). */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            while (failure == null && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) { /* worker still draining */ }
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
