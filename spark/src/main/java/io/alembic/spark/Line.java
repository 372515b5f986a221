package io.alembic.spark;

import java.io.Serializable;

/**
 * One raw request line as read, with its place in the input: {@code ordinal} orders every line of the job's input
 * (input file in command-line and manifest order, then line number), the order a desktop scan of the same files reads
 * them in. Bytes are verbatim (a trailing CR dropped, as the importer does).
 */
public record Line(long ordinal, byte[] raw) implements Serializable {
    /** Lines per file the ordinal leaves room for: 2^40. */
    static final int LINE_BITS = 40;

    static long ordinal(int fileIndex, long line) { return ((long) fileIndex << LINE_BITS) | line; }

    static int fileIndex(long ordinal) { return (int) (ordinal >>> LINE_BITS); }
}
