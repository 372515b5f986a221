package io.alembic.bench;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.index.CaseIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor for the importer: the same reader, parser and index documents, with no evidence copy, no hashing, no
 * database and a single commit. The full import cannot be faster than this; the ratio says what the rest costs.
 */
final class LuceneOnlyBaseline {
    /** What one pass read: records indexed and the decompressed bytes of their lines. */
    record Counts(long records, long lineBytes) {}

    private LuceneOnlyBaseline() { }

    static Counts run(List<Path> requestFiles, String bundleId, Path indexDir) throws IOException {
        RecordParser parser = new RecordParser();
        long row = 0;
        long bytes = 0;
        try (CaseIndex index = new CaseIndex(indexDir)) {
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
                        index.add(++row, bundleId, r);
                        bytes += in.length() + 1;
                    }
                }
            }
            index.commit(row);
            index.closeWriter();
        }
        return new Counts(row, bytes);
    }
}
