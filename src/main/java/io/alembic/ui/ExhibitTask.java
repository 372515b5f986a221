package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.report.ExhibitRequest;
import io.alembic.report.ExhibitResult;
import io.alembic.report.ExhibitService;
import javafx.concurrent.Task;

import java.nio.file.Path;

/**
 * Makes an exhibit in the background: it reads the whole subject (timelines, cited records) and records report_made
 * in the audit log, so it queues with the case's writes. Cancel stops it before anything is written.
 */
final class ExhibitTask extends Task<ExhibitResult> {
    private final Case target;
    private final ExhibitRequest request;
    private final Path out;
    private final boolean html;
    private final CancelToken cancel = new CancelToken();

    ExhibitTask(Case target, ExhibitRequest request, Path out, boolean html) {
        this.target = target;
        this.request = request;
        this.out = out;
        this.html = html;
        updateTitle("Make exhibit");
    }

    @Override
    protected ExhibitResult call() throws Exception {
        return new ExhibitService().make(target, request, out, html, (phase, done, total) -> {
            updateMessage(phase);
            if (total > 0) updateProgress(done, total);
        }, cancel);
    }

    @Override
    protected void cancelled() { cancel.cancel(); }
}
