package io.alembic.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An open case folder: the one entry point the CLI and the GUI use. It is a thin facade; the work lives in
 * ImportService, SearchService, the store and the index.
 */
public final class Case implements AutoCloseable {
    private Case() { }

    /** Opens the case in {@code dir}, creating the folder layout if it does not exist yet. */
    public static Case openOrCreate(Path dir) throws IOException { throw new UnsupportedOperationException("TODO"); }

    /** Opens an existing case; fails with a clear message if {@code dir} is not a case folder. */
    public static Case open(Path dir) throws IOException { throw new UnsupportedOperationException("TODO"); }

    public Path folder() { throw new UnsupportedOperationException("TODO"); }

    /**
     * Imports a bundle (directory or .zip). Throws {@link io.alembic.bundle.BundleVerificationException} when the
     * manifest does not match (and acceptMismatch is false) or the zip is unsafe; nothing is imported then.
     * Throws {@link ImportCancelledException} on cancel; the case stays consistent and a rerun resumes.
     */
    public ImportReport importBundle(Path bundle, boolean acceptMismatch, ImportListener listener, CancelToken cancel)
            throws IOException { throw new UnsupportedOperationException("TODO"); }

    public SearchResults search(SearchQuery query) throws IOException { throw new UnsupportedOperationException("TODO"); }

    public List<AccountSummary> accounts() throws IOException { throw new UnsupportedOperationException("TODO"); }

    public List<QuarantineItem> quarantine() throws IOException { throw new UnsupportedOperationException("TODO"); }

    public Optional<RecordDetail> record(String requestId) throws IOException { throw new UnsupportedOperationException("TODO"); }

    /** Number of requests stored in the case. */
    public long recordCount() throws IOException { throw new UnsupportedOperationException("TODO"); }

    @Override
    public void close() throws IOException { }
}
