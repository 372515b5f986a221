package io.alembic.formats;

import java.io.IOException;
import java.util.List;

/**
 * One foreign log format: recognises its files from their first lines and turns them into native request lines.
 * Readers know files and records only: no case, store, index or screen (the layer rules enforce it).
 */
public interface FormatReader {
    /** The name {@code --format} takes. */
    String name();

    /** What the reader looks for, for the message that refuses an unknown layout. */
    String looksFor();

    /** True if the file's head is this format. Only the head is read, so a huge file costs nothing to sniff. */
    boolean recognises(SourceFile file) throws IOException;

    /** Converts every file given (all of them this format); bad lines go to {@code out.reject}, never thrown. */
    void convert(List<SourceFile> files, RecordSink out) throws IOException;
}
