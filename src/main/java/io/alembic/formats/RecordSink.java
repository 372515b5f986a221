package io.alembic.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/** Where readers put what they made: native request lines, native account lines, and refused source lines. */
public interface RecordSink {
    /** A converted request; the sink checks it as the importer will and rejects it (at {@code at}) if it would not import. */
    void request(ObjectNode record, Origin at) throws IOException;

    /** A line already in the native format, kept byte for byte. */
    void nativeRequest(byte[] line, int length, Origin at) throws IOException;

    void nativeAccount(byte[] line, int length, Origin at) throws IOException;

    /** A source line that cannot become a record: quarantined on import with its source file and line. */
    void reject(Origin at, String reason, String content) throws IOException;

    /** Something the investigator should know that is not a bad line (a body delivered elsewhere, a skipped span). */
    void note(String note);

    /** Lines longer than this are rejected unread: the limit the import will apply, so conversion cannot bypass it. */
    default long maxLineBytes() { return io.alembic.bundle.LineReader.DEFAULT_MAX_LINE_BYTES; }
}
