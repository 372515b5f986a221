package io.alembic.bundle;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a .jsonl or .jsonl.gz file line by line as raw bytes, so the importer can keep each line verbatim and
 * knows its 1-based line number. Memory stays bounded by {@code maxLineBytes}: a longer line is skipped to its newline
 * without being held, and comes back as an {@link #oversized()} line of length 0, so callers that skip empty lines
 * never mistake its head for a record. A gzip stream that breaks part-way throws {@link BrokenPartException} naming
 * the last whole line.
 */
public final class LineReader implements Closeable {
    /** Well above any real request, far below a heap: the default for the importer and every scan of a bundle. */
    public static final long DEFAULT_MAX_LINE_BYTES = 64L << 20;
    /** How much of an oversized or cut-off line is kept, so the analyst sees what it looked like. */
    public static final int PREFIX_BYTES = 4096;

    /** A Java array cannot be longer; a larger limit means this one. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final InputStream raw;
    private final String name;
    private final boolean gzip;
    private final long maxLineBytes;
    private InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[8192];
    private int len;
    private long lineNumber;
    private boolean oversized;
    private long lineBytes;
    private byte[] prefix = new byte[0];

    public LineReader(Path file) throws IOException {
        this(file, DEFAULT_MAX_LINE_BYTES);
    }

    public LineReader(Path file, long maxLineBytes) throws IOException {
        this(Files.newInputStream(file), file.getFileName().toString(), maxLineBytes);
    }

    /**
     * Lines of a stream that is not a local file (a cluster job reads Hadoop-compatible paths); {@code name} ending in
     * .gz means gzip, as for files. The reader owns the stream and closes it.
     */
    public LineReader(InputStream raw, String name) throws IOException {
        this(raw, name, DEFAULT_MAX_LINE_BYTES);
    }

    public LineReader(InputStream raw, String name, long maxLineBytes) {
        if (maxLineBytes < 1) throw new IllegalArgumentException("maximum line size must be positive: " + maxLineBytes);
        this.raw = raw;
        this.name = name;
        this.gzip = name.endsWith(".gz");
        this.maxLineBytes = Math.min(maxLineBytes, MAX_ARRAY);
    }

    /**
     * Advances to the next line; false at end of file. The line is in {@link #bytes()}[0, {@link #length()}).
     * @throws BrokenPartException when a compressed stream ends or turns invalid before its end
     */
    public boolean next() throws IOException {
        len = 0;
        oversized = false;
        lineBytes = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = fill();
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
        if (!oversized && len > 0 && line[len - 1] == '\r') len--;
        lineNumber++;
        return true;
    }

    private int fill() throws IOException {
        try {
            if (in == null) in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return in.read(chunk);
        } catch (EOFException | ZipException e) {
            // Only the decompressor throws these: the evidence is cut or corrupt, which is the bundle's fault, not the disk's.
            if (!gzip) throw e;
            byte[] cut = oversized ? prefix : Arrays.copyOf(line, Math.min(len, PREFIX_BYTES));
            throw new BrokenPartException(name, lineNumber, cut, e);
        }
    }

    private void append(int from, int n) {
        lineBytes += n;
        if (oversized) return;
        if (lineBytes > maxLineBytes) {
            // Keep the head for the quarantine record and let go of the rest: the line is never held whole.
            oversized = true;
            int kept = Math.min(PREFIX_BYTES, len);
            int more = Math.min(PREFIX_BYTES - kept, n);
            prefix = Arrays.copyOf(line, kept + more);
            System.arraycopy(chunk, from, prefix, kept, more);
            line = new byte[8192];
            len = 0;
            return;
        }
        if (len + n > line.length) line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, (long) len + n), MAX_ARRAY));
        System.arraycopy(chunk, from, line, len, n);
        len += n;
    }

    public byte[] bytes() { return line; }

    /** Bytes of the current line; 0 for an {@link #oversized()} line, whose content was skipped. */
    public int length() { return len; }

    public long lineNumber() { return lineNumber; }

    /** True when the current line was longer than the limit and skipped; see {@link #oversizedBytes()}. */
    public boolean oversized() { return oversized; }

    /** Length of the skipped line (without its newline); meaningful only when {@link #oversized()}. */
    public long oversizedBytes() { return lineBytes; }

    /** The first bytes of a skipped line, at most {@link #PREFIX_BYTES}. */
    public byte[] oversizedPrefix() { return prefix.clone(); }

    public long maxLineBytes() { return maxLineBytes; }

    public boolean isBlank() {
        for (int i = 0; i < len; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close(); else raw.close();
    }
}
