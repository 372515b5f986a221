package io.alembic.sample;

import io.alembic.bundle.HashingOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Writes request lines into records/part-NNNNN.jsonl.gz, starting a new part every {@code linesPerFile} lines.
 * Compression runs on one background thread fed through a small bounded queue: deflate is the slowest step, and
 * overlapping it with record generation nearly halves the wall time while keeping memory to a few megabytes.
 * GZIPOutputStream writes a zero mtime and no file name, so the bytes depend only on the content and the level.
 */
final class PartWriter implements AutoCloseable {
    private static final int CHUNK = 1 << 20;
    private static final byte[] END = new byte[0];

    private final Path bundleDir;
    private final int linesPerFile;
    private final int level;
    private final List<Future<FileEntry>> parts = new ArrayList<>();
    private final ExecutorService compressor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sample-gzip");
        t.setDaemon(true);
        return t;
    });
    private BlockingQueue<byte[]> queue;
    private Future<FileEntry> current;
    private byte[] chunk;
    private int pos;
    private long linesInPart;
    private int partNo;

    /** @param level deflate level; a constant of the spec, never of the machine, so output stays reproducible */
    PartWriter(Path bundleDir, int linesPerFile, int level) {
        this.bundleDir = bundleDir;
        this.linesPerFile = linesPerFile;
        this.level = level;
    }

    void writeLine(byte[] b, int len) throws IOException {
        if (current == null) open();
        if (len + 1 > CHUNK - pos) flushChunk();
        if (len + 1 > CHUNK) {
            byte[] big = new byte[len + 1];
            System.arraycopy(b, 0, big, 0, len);
            big[len] = '\n';
            put(big);
        } else {
            System.arraycopy(b, 0, chunk, pos, len);
            chunk[pos + len] = '\n';
            pos += len + 1;
        }
        if (++linesInPart == linesPerFile) endPart();
    }

    /** Where the next line will go: file path and 1-based line number. */
    String nextFile() { return partPath(current == null ? partNo + 1 : partNo); }

    long nextLine() { return current == null ? 1 : linesInPart + 1; }

    List<FileEntry> finish() throws IOException {
        if (current != null) endPart();
        List<FileEntry> out = new ArrayList<>();
        for (Future<FileEntry> f : parts) out.add(await(f));
        return out;
    }

    @Override
    public void close() {
        compressor.shutdownNow();
    }

    private void open() {
        partNo++;
        String path = partPath(partNo);
        Path file = bundleDir.resolve(path);
        BlockingQueue<byte[]> q = new ArrayBlockingQueue<>(4);
        queue = q;
        chunk = new byte[CHUNK];
        pos = 0;
        linesInPart = 0;
        current = compressor.submit(() -> compress(q, file, path));
        parts.add(current);
    }

    private FileEntry compress(BlockingQueue<byte[]> q, Path file, String path) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        HashingOutputStream hashing = new HashingOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        long lines = 0;
        try (OutputStream gz = new LeveledGzip(hashing, level)) {
            for (byte[] c = q.take(); c != END; c = q.take()) {
                gz.write(c);
                for (byte x : c) if (x == '\n') lines++;
            }
        }
        return new FileEntry(path, "requests", hashing.sha256(), hashing.count(), lines);
    }

    private void endPart() throws IOException {
        flushChunk();
        put(END);
        current = null;
        queue = null;
        chunk = null;
    }

    private void flushChunk() throws IOException {
        if (pos == 0) return;
        byte[] c = new byte[pos];
        System.arraycopy(chunk, 0, c, 0, pos);
        pos = 0;
        put(c);
    }

    /** Blocks while the compressor is behind, but fails fast if it died. */
    private void put(byte[] c) throws IOException {
        try {
            while (!queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                if (current.isDone()) await(current);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + partPath(partNo));
        }
    }

    private static FileEntry await(Future<FileEntry> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException("compressing a records part failed: " + e.getCause(), e.getCause());
        }
    }

    private static String partPath(int n) {
        return String.format("records/part-%05d.jsonl.gz", n);
    }

    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
        }
    }
}
