package io.alembic.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a .jsonl or .jsonl.gz file line by line as raw bytes, so the importer can keep each line verbatim and
 * knows its 1-based line number. Memory stays bounded by the longest line.
 */
public final class LineReader implements Closeable {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[8192];
    private int len;
    private long lineNumber;

    public LineReader(Path file) throws IOException {
        this(Files.newInputStream(file), file.getFileName().toString());
    }

    /**
     * Lines of a stream that is not a local file (a cluster job reads Hadoop-compatible paths); {@code name} ending in
     * .gz means gzip, as for files. The reader owns the stream and closes it.
     */
    public LineReader(InputStream raw, String name) throws IOException {
        InputStream in;
        try {
            in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        this.in = in;
    }

    /** Advances to the next line; false at end of file. The line is in {@link #bytes()}[0, {@link #length()}). */
    public boolean next() throws IOException {
        len = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    break;
                }
            }
            any = true;
            int start = chunkPos;
            int nl = -1;
            for (int i = start; i < chunkLen; i++) {
                if (chunk[i] == '\n') { nl = i; break; }
            }
            int end = nl < 0 ? chunkLen : nl;
            append(start, end - start);
            chunkPos = nl < 0 ? chunkLen : nl + 1;
            if (nl >= 0) break;
        }
        if (!any) return false;
        if (len > 0 && line[len - 1] == '\r') len--;
        lineNumber++;
        return true;
    }

    private void append(int from, int n) {
        if (len + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
        System.arraycopy(chunk, from, line, len, n);
        len += n;
    }

    public byte[] bytes() { return line; }

    public int length() { return len; }

    public long lineNumber() { return lineNumber; }

    public boolean isBlank() {
        for (int i = 0; i < len; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
