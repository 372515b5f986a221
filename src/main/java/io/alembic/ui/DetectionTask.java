package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.DetectionOrigin;
import io.alembic.detect.DetectionReport;
import javafx.concurrent.Task;

/**
 * Runs every detector over a case in the background. Like {@link ImportTask}, cancelling sets the case's
 * {@link CancelToken} instead of interrupting the thread: the run stops between batches, keeps the previous results,
 * and the task then fails with the case's "detection cancelled" error.
 */
public final class DetectionTask extends Task<DetectionReport> {
    private final Case target;
    private final CancelToken cancel = new CancelToken();
    private volatile long startNanos;
    private volatile DetectionOrigin origin;

    DetectionTask(Case target) {
        this.target = target;
        updateTitle("Detection");
    }

    Case target() { return target; }

    void requestCancel() {
        cancel.cancel();
        updateMessage("Cancelling…");
    }

    boolean isCancelRequested() { return cancel.isCancelled(); }

    @Override
    protected DetectionReport call() throws Exception {
        startNanos = System.nanoTime();
        updateProgress(-1, 1);
        updateMessage("Reading requests…");
        DetectionReport r = target.detect(null, this::onProgress, cancel);
        origin = target.detectionOrigin().orElse(null);
        return r;
    }

    /** Where the finished run's report comes from (a case holding a reduced bundle is scored with its population). */
    DetectionOrigin origin() { return origin; }

    private void onProgress(String phase, long done, long total) {
        if (total > 0) updateProgress(Math.min(done, total), total);
        if (cancel.isCancelled()) return;
        updateMessage(ImportTask.describe(phase, done, total, System.nanoTime() - startNanos));
    }
}
