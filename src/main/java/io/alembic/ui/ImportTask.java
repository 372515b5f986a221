package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportOptions;
import io.alembic.casefile.ImportReport;
import io.alembic.formats.ConvertOptions;
import io.alembic.formats.GatewayMapping;
import javafx.concurrent.Task;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports one bundle into a case on a background thread and reports progress as "phase — done / total · rate".
 * <p>
 * Cancelling goes through {@link #requestCancel()}, which sets the case's {@link CancelToken}: the import stops at
 * its next consistent point and the task then fails with {@link io.alembic.casefile.ImportCancelledException}.
 * The thread is never interrupted (interrupting NIO channels mid-write could damage the index).
 */
public final class ImportTask extends Task<ImportReport> {
    /** A gateway mapping the analyst chose in the mapping dialog, and the header of the file it was chosen for. */
    public record Mapping(GatewayMapping mapping, String headerKey) {}

    private final Case target;
    private final Path bundle;
    private final boolean acceptMismatch;
    private final Mapping mapping;
    private final CancelToken cancel = new CancelToken();
    private volatile long startNanos;

    public ImportTask(Case target, Path bundle, boolean acceptMismatch) { this(target, bundle, acceptMismatch, null); }

    /** @param mapping how to read a CSV/JSONL gateway log, or null to detect the format as usual */
    public ImportTask(Case target, Path bundle, boolean acceptMismatch, Mapping mapping) {
        this.target = target;
        this.bundle = bundle;
        this.acceptMismatch = acceptMismatch;
        this.mapping = mapping;
        updateTitle("Import " + bundle.getFileName());
    }

    /** The gateway mapping this import reads with, or null. */
    public Mapping mapping() { return mapping; }

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
        if (mapping == null) return target.importBundle(bundle, acceptMismatch, this::onProgress, cancel);
        // one mapped file is read as the gateway log it was mapped as; a folder still lets every other file be
        // detected, the mapping only adding the gateway reader to what is tried
        ConvertOptions formats = new ConvertOptions(Files.isRegularFile(bundle) ? "gateway" : null, mapping.mapping());
        ImportReport r = target.importBundle(bundle, ImportOptions.DEFAULT.withAcceptMismatch(acceptMismatch).withFormats(formats),
                this::onProgress, cancel);
        // remembered once the import went through, so a mapping whose import failed is not offered again
        target.rememberGatewayMapping(mapping.headerKey(), mapping.mapping(), bundle);
        return r;
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
