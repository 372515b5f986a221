package io.alembic.bench;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The floor for the importer: the same reader, parser and index documents, with no evidence copy, no hashing, no
 * database and a single commit. The full import cannot be faster than this; the ratio says what the rest costs.
 * With more than one thread the calling thread reads and parses while that many threads add the documents (as the
 * import's indexing threads do), so the floor uses the machine's cores as fully as the import can.
 */
final class LuceneOnlyBaseline {
    /** What one pass read: records indexed and the decompressed bytes of their lines. */
    record Counts(long records, long lineBytes) {}

    private record Item(long row, RequestRecord record) {}

    private static final Item STOP = new Item(-1, null);

    private LuceneOnlyBaseline() { }

    /** As many indexing threads as the machine has cores. */
    static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    static Counts run(List<Path> requestFiles, String bundleId, Path indexDir) throws IOException {
        return run(requestFiles, bundleId, indexDir, 1);
    }

    static Counts run(List<Path> requestFiles, String bundleId, Path indexDir, int threads) throws IOException {
        RecordParser parser = new RecordParser();
        long row = 0;
        long bytes = 0;
        try (CaseIndex index = new CaseIndex(indexDir)) {
            Workers workers = threads > 1 ? new Workers(index, bundleId, threads) : null;
            try {
                for (Path file : requestFiles) {
                    try (LineReader in = new LineReader(file)) {
                        while (in.next()) {
                            if (in.isBlank()) continue;
                            RequestRecord r;
                            try {
                                r = parser.parse(in.bytes(), in.length());
                            } catch (BadRecordException e) {
                                continue;
                            }
                            if (workers != null) workers.submit(new Item(++row, r));
                            else index.add(++row, bundleId, r);
                            bytes += in.length() + 1;
                        }
                    }
                }
                if (workers != null) workers.finish();
            } finally {
                if (workers != null) workers.stop();
            }
            index.commit(row);
            index.closeWriter();
        }
        return new Counts(row, bytes);
    }

    /** Indexing threads fed through a bounded queue (the same size as the import's). */
    private static final class Workers {
        private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(1024);
        private final Thread[] threads;
        private volatile Throwable failure;

        Workers(CaseIndex index, String bundleId, int n) {
            threads = new Thread[n];
            for (int i = 0; i < n; i++) {
                threads[i] = new Thread(() -> {
                    while (true) {
                        Item it;
                        try {
                            it = queue.take();
                        } catch (InterruptedException e) {
                            return;
                        }
                        if (it == STOP) return;
                        if (failure != null) continue;
                        try {
                            index.add(it.row(), bundleId, it.record());
                        } catch (Throwable t) {
                            failure = t;
                        }
                    }
                }, "lucene-only-" + i);
                threads[i].setDaemon(true);
                threads[i].start();
            }
        }

        void submit(Item it) throws IOException {
            rethrow();
            try {
                queue.put(it);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while indexing");
            }
        }

        /** Waits until every queued document is in the writer. */
        void finish() throws IOException {
            stop();
            rethrow();
        }

        void stop() {
            try {
                for (Thread t : threads) if (t.isAlive()) queue.put(STOP);
                for (Thread t : threads) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void rethrow() throws IOException {
            Throwable t = failure;
            if (t instanceof IOException e) throw e;
            if (t instanceof RuntimeException e) throw e;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IOException("indexing failed: " + t, t);
        }
    }
}
