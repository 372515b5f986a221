package io.alembic.ui;

import io.alembic.bundle.BundleVerificationException;
import io.alembic.casefile.ImportCancelledException;
import io.alembic.casefile.ImportReport;
import io.alembic.formats.UnknownFormatException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts imports, shows their progress, and turns their outcome into a status line or a dialog. Imports run on the
 * session's work executor, so a second import simply queues behind the first.
 */
public final class ImportController {
    static final ButtonType IMPORT_ANYWAY =
            new ButtonType("Import anyway (recorded in audit log)", ButtonBar.ButtonData.OK_DONE);

    private final CaseSession session;
    private final ImportProgressPane progress;
    private final Consumer<String> status;
    private final Window owner;
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> lastError = new ReadOnlyObjectWrapper<>();
    private final List<ImportTask> active = new ArrayList<>();
    private final MappingOffer mappings;
    private ImportTask running;

    ImportController(CaseSession session, ImportProgressPane progress, Consumer<String> status, Window owner) {
        this.session = session;
        this.progress = progress;
        this.status = status;
        this.owner = owner;
        this.mappings = new MappingOffer(session, owner, status);
    }

    /** The gateway mapping dialog on screen, or null. */
    MappingDialog mappingDialog() { return mappings.dialog(); }

    /** The report of the last import that succeeded. */
    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() { return lastReport.getReadOnlyProperty(); }

    /** The failure of the last import that did not succeed (cancel included). */
    public ReadOnlyObjectProperty<Throwable> lastErrorProperty() { return lastError.getReadOnlyProperty(); }

    /** The import shown in the progress strip, or null. */
    public ImportTask runningTask() { return running; }

    /** Imports {@code bundle} (a folder or .zip) into the open case. Must be called on the FX thread. */
    public ImportTask importBundle(Path bundle, boolean acceptMismatch) { return importBundle(bundle, acceptMismatch, null); }

    /** Imports a CSV/JSONL gateway log (or a folder holding them) read through {@code mapping}. */
    public ImportTask importBundle(Path bundle, boolean acceptMismatch, ImportTask.Mapping mapping) {
        if (!session.isOpen()) throw new IllegalStateException("no case is open to import " + bundle + " into");
        ImportTask task = new ImportTask(session.currentCase(), bundle, acceptMismatch, mapping);
        task.setOnScheduled(e -> {
            running = task;
            progress.bind(task);
            status.accept("Importing " + bundle + (mapping != null ? " with the gateway mapping" : "")
                    + (acceptMismatch ? " (verification mismatch accepted)" : ""));
        });
        task.setOnSucceeded(e -> finished(task, () -> succeeded(task.getValue(), bundle)));
        task.setOnFailed(e -> finished(task, () -> failed(task, task.getException())));
        active.add(task);
        status.accept("Queued import of " + bundle);
        session.runWork(task);
        return task;
    }

    /** Asks the running import and any queued ones to stop at their next consistent point. */
    public void cancelRunning() {
        for (ImportTask t : active) t.requestCancel();
    }

    private void finished(ImportTask task, Runnable then) {
        active.remove(task);
        if (running == task) {
            running = null;
            progress.hide();
        }
        then.run();
    }

    private void succeeded(ImportReport r, Path bundle) {
        lastReport.set(r);
        lastError.set(null);
        if (r.alreadyImported()) {
            status.accept("Bundle " + r.bundleId() + " was already imported completely (" + bundle + ")");
            return;
        }
        StringBuilder sb = new StringBuilder("Imported ").append(r.bundleId()).append(": ")
                .append(Fmt.count(r.recordsImported())).append(" records, ")
                .append(Fmt.count(r.accounts())).append(" accounts, ")
                .append(Fmt.count(r.recordsQuarantined())).append(" quarantined");
        if (r.acceptedMismatch()) sb.append(" — verification mismatch accepted (audit log)");
        if (r.unlistedFiles() != null && !r.unlistedFiles().isEmpty()) {
            List<String> unlisted = r.unlistedFiles();
            sb.append(" — not in manifest, not imported: ")
                    .append(unlisted.size() <= 3 ? String.join(", ", unlisted) : unlisted.size() + " files");
        }
        status.accept(sb.toString());
    }

    private void failed(ImportTask task, Throwable error) {
        lastError.set(error);
        Path bundle = task.bundle();
        BundleVerificationException verification = find(error, BundleVerificationException.class);
        if (find(error, ImportCancelledException.class) != null) {
            status.accept("Import of " + bundle.getFileName() + " cancelled; what was committed stays, a re-import resumes");
        } else if (verification != null && !task.acceptMismatch()) {
            status.accept("Bundle failed verification: " + bundle);
            offerOverride(bundle, verification, task.mapping());
        } else if (find(error, UnknownFormatException.class) != null && task.mapping() == null && session.isOpen()) {
            status.accept("No known format in " + bundle.getFileName() + "; looking for a CSV or JSONL log to map…");
            mappings.offer(bundle, m -> importBundle(bundle, false, m), () -> showFailure(bundle, error));
        } else {
            showFailure(bundle, error);
        }
    }

    private void showFailure(Path bundle, Throwable error) {
        status.accept("Import failed: " + bundle);
        alert(Alert.AlertType.ERROR, "Import failed",
                "File: " + bundle + "\n\n" + Fmt.message(error));
    }

    private void offerOverride(Path bundle, BundleVerificationException e, ImportTask.Mapping mapping) {
        Alert a = new Alert(Alert.AlertType.WARNING, "", IMPORT_ANYWAY, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Verification failed");
        a.setHeaderText("The bundle does not match its manifest");
        a.setContentText("File: " + bundle + "\n\n" + Fmt.message(e) + "\n\nNothing was imported. Importing anyway "
                + "is recorded in the case's audit log.");
        a.getDialogPane().setId("verificationDialog");
        a.getDialogPane().setPrefWidth(560);
        a.setOnHidden(ev -> {
            if (a.getResult() == IMPORT_ANYWAY) importBundle(bundle, true, mapping);
        });
        a.show();
    }

    private void alert(Alert.AlertType type, String header, String content) {
        Alert a = new Alert(type, content, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("Alembic");
        a.setHeaderText(header);
        a.getDialogPane().setPrefWidth(560);
        a.show();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable cur = t; cur != null; cur = cur.getCause()) {
            if (type.isInstance(cur)) return type.cast(cur);
            if (cur.getCause() == cur) break;
        }
        return null;
    }
}
