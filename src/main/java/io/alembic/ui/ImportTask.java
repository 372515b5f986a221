package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportReport;
import javafx.concurrent.Task;

import java.nio.file.Path;

/**
 * Imports one bundle into a case on a background thread and reports progress as "phase — done / total · rate".
 * <p>
 * Cancelling goes through {@link #requestCancel()}, which sets the case's {@link CancelToken}: the import stops at
 * its next consistent point and the task then fails with {@link io.alembic.casefile.ImportCancelledException}.
 * The thread is never interrupted (interrupting NIO channels mid-write could damage the index).
 */
public final class ImportTask extends Task<ImportReport> {
    private final Case target;
    private final Path bundle;
    private final boolean acceptMismatch;
    private final CancelToken cancel = new CancelToken();
    private volatile long startNanos;

    public ImportTask(Case target, Path bundle, boolean acceptMismatch) {
        this.target = target;
        this.bundle = bundle;
        this.acceptMismatch = acceptMismatch;
        updateTitle("Import " + bundle.getFileName());
    }

    public Path bundle() { return bundle; }

    public boolean acceptMismatch() { return acceptMismatch; }

    /** Asks the import to stop at its next consistent point. */
    public void requestCancel() {
        cancel.cancel();
        updateMessage("Cancelling…");
    }

    public boolean isCancelRequested() { return cancel.isCancelled(); }

    @Override
    protected ImportReport call() throws Exception {
        startNanos = System.nanoTime();
        updateMessage("Starting import of " + bundle);
        return target.importBundle(bundle, acceptMismatch, this::onProgress, cancel);
    }

    private void onProgress(String phase, long done, long total) {
        if (total > 0) updateProgress(Math.min(done, total), total);
        else updateProgress(-1, 1);
        if (cancel.isCancelled()) return;
        updateMessage(describe(phase, done, total, System.nanoTime() - startNanos));
    }

    /** "Importing part-1 — 1,200 / 5,000 records · 850 records/s". */
    static String describe(String phase, long done, long total, long elapsedNanos) {
        StringBuilder sb = new StringBuilder(phase == null ? "Importing" : phase);
        sb.append(" — ").append(Fmt.count(done));
        if (total > 0) sb.append(" / ").append(Fmt.count(total));
        sb.append(" records");
        double seconds = elapsedNanos / 1e9;
        if (seconds > 0.2 && done > 0) sb.append(" · ").append(Fmt.count(Math.round(done / seconds))).append(" records/s");
        return sb.toString();
    }
}
