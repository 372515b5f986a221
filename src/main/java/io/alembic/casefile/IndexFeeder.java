package io.alembic.casefile;

import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Feeds the index from worker threads so that analysis (the costliest step) overlaps with parsing and database
 * inserts on the importing thread. The bounded queue keeps memory flat; {@link #drain} is the barrier a
 * checkpoint waits on before committing.
 */
final class IndexFeeder implements AutoCloseable {
    private record Item(long row, String bundleId, RequestRecord record) {}

    private static final Item STOP = new Item(-1, null, null);
    private static final Item FLUSH = new Item(-2, null, null);

    private final CaseIndex index;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(1024);
    private final Thread[] workers;
    private final Object lock = new Object();
    private long submitted;
    private long done;
    private volatile Throwable failure;

    /** IndexWriter takes documents from several threads at once; analysis is the import's bottleneck. */
    IndexFeeder(CaseIndex index) {
        this(index, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    IndexFeeder(CaseIndex index, int threads) {
        this.index = index;
        this.workers = new Thread[Math.max(1, threads)];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(this::work, "alembic-indexer-" + i);
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    void submit(long row, String bundleId, RequestRecord r) throws IOException {
        rethrow();
        put(new Item(row, bundleId, r));
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
