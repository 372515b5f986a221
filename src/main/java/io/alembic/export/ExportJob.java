package io.alembic.export;

import java.io.IOException;

/**
 * One export in progress: records arrive one at a time in row order, then {@link #finish()} writes what depends on
 * all of them and moves the files into place. {@link #abort()} drops everything written so far.
 */
public interface ExportJob {
    void record(ExportRecord r) throws IOException;

    ExportResult finish() throws IOException;

    void abort();

    /** The job for a request; files are opened (as temporaries) right away. */
    static ExportJob open(ExportRequest request, ExportContext context) throws IOException {
        return switch (request.format()) {
            case CSV -> new CsvExport(request, context);
            case JSON -> new JsonExport(request, context);
            case STIX -> new StixExport(request, context);
        };
    }
}
