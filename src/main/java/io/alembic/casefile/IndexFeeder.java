package io.alembic.casefile;

import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;
import io.alembic.index.DocumentRejectedException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Feeds the index from worker threads so that analysis (the costliest step) overlaps with parsing and database
 * inserts on the importing thread. The bounded queue keeps memory flat; {@link #drain} is the barrier a
 * checkpoint waits on before committing. A document the index refuses does not stop the import: it is handed back
 * through {@link #takeRejected} for the importing thread to take out of the store and quarantine.
 */
final class IndexFeeder implements AutoCloseable {
    /** Where documents go: the case index, or a stand-in in tests. */
    interface Sink {
        void add(long row, String bundleId, RequestRecord record) throws IOException;

        void flushNextBuffer() throws IOException;
    }

    /** A record whose document the index refused, with where it came from and why. */
    record Rejected(long row, String file, long line, RequestRecord record, String reason) {}

    private record Item(long row, String bundleId, String file, long line, RequestRecord record) {}

    private static final Item STOP = new Item(-1, null, null, 0, null);
    private static final Item FLUSH = new Item(-2, null, null, 0, null);

    private final Sink index;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(1024);
    private final Queue<Rejected> rejected = new ConcurrentLinkedQueue<>();
    private final Thread[] workers;
    private final Object lock = new Object();
    private long submitted;
    private long done;
    private volatile Throwable failure;

    /** IndexWriter takes documents from several threads at once; analysis is the import's bottleneck. */
    IndexFeeder(CaseIndex index) {
        this(of(index), Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    static Sink of(CaseIndex index) {
        return new Sink() {
            @Override
            public void add(long row, String bundleId, RequestRecord record) throws IOException { index.add(row, bundleId, record); }

            @Override
            public void flushNextBuffer() throws IOException { index.flushNextBuffer(); }
        };
    }

    IndexFeeder(Sink index, int threads) {
        this.index = index;
        this.workers = new Thread[Math.max(1, threads)];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(this::work, "alembic-indexer-" + i);
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    void submit(long row, String bundleId, String file, long line, RequestRecord r) throws IOException {
        rethrow();
        put(new Item(row, bundleId, file, line, r));
    }

    /** The documents refused since the last call; complete for everything submitted once {@link #drain} returns. */
    List<Rejected> takeRejected() {
        List<Rejected> out = new ArrayList<>();
        for (Rejected r; (r = rejected.poll()) != null; ) out.add(r);
        return out;
    }

    /**
     * Waits until every submitted record is in the index writer, then has the workers write their in-memory
     * segments in parallel, so the commit that follows (on the importing thread) has little left to flush alone.
     */
    void drain() throws IOException {
        awaitDone();
        for (int i = 0; i < workers.length; i++) put(FLUSH);
        awaitDone();
    }

    private void put(Item it) throws IOException {
        try {
            queue.put(it);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
        submitted++;
    }

    private void awaitDone() throws IOException {
        synchronized (lock) {
            while (done < submitted && failure == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while indexing");
                }
            }
        }
        rethrow();
    }

    private void work() {
        while (true) {
            Item it;
            try {
                it = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (it == STOP) return;
            try {
                if (failure == null && it == FLUSH) index.flushNextBuffer();
                else if (failure == null) index.add(it.row(), it.bundleId(), it.record());
            } catch (DocumentRejectedException e) {
                rejected.add(new Rejected(it.row(), it.file(), it.line(), it.record(), e.getMessage()));
            } catch (Throwable t) {
                failure = t;
            }
            synchronized (lock) {
                done++;
                lock.notifyAll();
            }
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e; // OutOfMemoryError above all: the import rolls back to its checkpoint
        if (t != null) throw new IOException("indexing failed: " + t, t);
    }

    /** Stops the worker after the queued items; callers that abandon the import roll the index back afterwards. */
    @Override
    public void close() {
        queue.clear();
        try {
            for (int i = 0; i < workers.length; i++) queue.put(STOP);
            for (Thread w : workers) w.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
