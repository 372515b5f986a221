package io.alembic.index;

import org.apache.lucene.index.IndexWriter;

/**
 * How much of a field value goes into the index. Keywords are one term each, and Lucene refuses a whole document
 * over one term longer than {@link IndexWriter#MAX_TERM_LENGTH} bytes, so a hostile 40,000-character user agent
 * could stop an import: keywords are cut to that length. Text fields are cut at {@link #TEXT_MAX_BYTES}, which
 * bounds the analysis work and memory one record can demand of the indexing threads. Lengths are UTF-8 bytes, as
 * Lucene counts them; a cut never splits a character. The database keeps every value whole.
 */
public final class FieldLimits {
    public static final int KEYWORD_MAX_BYTES = IndexWriter.MAX_TERM_LENGTH;
    /** About 250,000 tokens of English: above any real prompt or answer, small next to the indexing buffer. */
    public static final int TEXT_MAX_BYTES = 1 << 20;

    /** One value that was indexed only in part. {@code bytes} is its full length, {@code indexedBytes} what went in. */
    public record Cut(String field, long bytes, long indexedBytes) {
        public String reason() {
            return field + ": " + bytes + " bytes, first " + indexedBytes + " indexed (limit " + (Fields.TEXT.contains(field)
                    ? TEXT_MAX_BYTES + " bytes per text field" : KEYWORD_MAX_BYTES + " bytes, Lucene's term maximum")
                    + "); the full value is kept in the record";
        }
    }

    private FieldLimits() { }

    /** {@code value} itself when its UTF-8 form fits in {@code maxBytes}, else its longest prefix that does. */
    static String fit(String value, int maxBytes) {
        if ((long) value.length() * 3 <= maxBytes) return value; // no UTF-16 char takes more than 3 bytes alone
        int end = prefixChars(value, maxBytes);
        return end == value.length() ? value : value.substring(0, end);
    }

    /** Number of chars of {@code s} whose UTF-8 encoding fits in {@code maxBytes}, never ending inside a surrogate pair. */
    static int prefixChars(CharSequence s, long maxBytes) {
        long bytes = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int width;
            int chars = 1;
            if (c < 0x80) width = 1;
            else if (c < 0x800) width = 2;
            else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) { width = 4; chars = 2; }
            else width = 3; // BMP char, or a lone surrogate, which Lucene writes as U+FFFD
            if (bytes + width > maxBytes) break;
            bytes += width;
            i += chars;
        }
        return i;
    }

    /** UTF-8 length as Lucene encodes {@code s} (lone surrogates as U+FFFD). */
    static long utf8Length(CharSequence s) {
        long bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes;
    }
}
