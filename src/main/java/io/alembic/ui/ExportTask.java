package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.export.ExportRequest;
import io.alembic.export.ExportResult;
import javafx.concurrent.Task;

/**
 * Writes an export in the background. Cancelling sets the case's {@link CancelToken}: the scan stops between batches,
 * the partial file is deleted and the task fails with the case's "export cancelled" message.
 */
public final class ExportTask extends Task<ExportResult> {
    private final Case target;
    private final ExportRequest request;
    private final CancelToken cancel = new CancelToken();
    private volatile long startNanos;

    ExportTask(Case target, ExportRequest request) {
        this.target = target;
        this.request = request;
        updateTitle("Export " + request.format().code().toUpperCase(java.util.Locale.ROOT));
    }

    ExportRequest request() { return request; }

    void requestCancel() {
        cancel.cancel();
        updateMessage("Cancelling…");
    }

    boolean isCancelRequested() { return cancel.isCancelled(); }

    @Override
    protected ExportResult call() throws Exception {
        startNanos = System.nanoTime();
        updateProgress(-1, 1);
        updateMessage("Selecting records (" + request.scope().describe() + ")…");
        return target.export(request, this::onProgress, cancel);
    }

    private void onProgress(String phase, long done, long total) {
        if (total > 0) updateProgress(Math.min(done, total), total);
        if (cancel.isCancelled()) return;
        updateMessage(ImportTask.describe(phase, done, total, System.nanoTime() - startNanos));
    }
}
