package io.alembic.ui;

import io.alembic.casefile.Case;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Holds the open {@link Case} and runs all blocking work off the FX thread.
 * <p>
 * Two single-thread executors: the <em>work</em> executor serialises everything that changes the case (open,
 * import, close), the <em>query</em> executor serialises reads (search, accounts, quarantine, record detail), so a
 * long import never blocks browsing and two imports never overlap. All properties are read and written on the FX
 * thread only.
 */
public final class CaseSession implements AutoCloseable {

    /** A unit of blocking work against the open case. */
    @FunctionalInterface
    public interface CaseCall<T> {
        T apply(Case c) throws Exception;
    }

    private final ExecutorService work = Executors.newSingleThreadExecutor(daemon("alembic-work"));
    private final ExecutorService queries = Executors.newSingleThreadExecutor(daemon("alembic-query"));
    private final ReadOnlyObjectWrapper<Case> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final IntegerProperty dataVersion = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty marksVersion = new SimpleIntegerProperty();
    private int pendingWork;

    /** The open case, or null. Changes on the FX thread only. */
    public ReadOnlyObjectProperty<Case> currentCaseProperty() { return current.getReadOnlyProperty(); }

    public Case currentCase() { return current.get(); }

    public boolean isOpen() { return current.get() != null; }

    /** The folder of the open case, or null. */
    public ReadOnlyObjectProperty<Path> folderProperty() { return folder.getReadOnlyProperty(); }

    /** True while an import task is queued or running. */
    public ReadOnlyBooleanProperty importingProperty() { return importing.getReadOnlyProperty(); }

    /** Bumped whenever the case content may have changed (case opened, import finished or cancelled). */
    public ReadOnlyIntegerProperty dataVersionProperty() { return dataVersion; }

    /** Bumped after the analyst's marks (tags, notes, bookmarks, saved searches) change; views reload their chips. */
    public ReadOnlyIntegerProperty marksVersionProperty() { return marksVersion; }

    /**
     * Runs a small write (a tag, a note) on the work executor, so it is ordered with imports and never races a close;
     * bumps {@link #marksVersionProperty()} when it succeeds.
     */
    public <T> Task<T> mark(CaseCall<T> call) {
        Case c = current.get();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (c == null) throw new IllegalStateException("No case is open");
                return call.apply(c);
            }
        };
        task.stateProperty().addListener((obs, was, state) -> {
            if (state == Worker.State.SUCCEEDED) marksVersion.set(marksVersion.get() + 1);
        });
        work.submit(task);
        return task;
    }

    /** Opens (or creates) a case in the background; the previous case is closed first. */
    public Task<Case> open(Path folder, boolean create) {
        Case previous = current.get();
        if (previous != null) {
            this.folder.set(null);
            current.set(null);
            dataVersion.set(dataVersion.get() + 1);
        }
        Task<Case> task = new Task<>() {
            @Override
            protected Case call() throws Exception {
                updateMessage("Opening case " + folder);
                if (previous != null) previous.close();
                return create ? Case.openOrCreate(folder) : Case.open(folder);
            }
        };
        // a state listener runs before any WORKER_STATE_SUCCEEDED handler, so callers chaining on success see the case
        task.stateProperty().addListener((obs, was, state) -> {
            if (state != Worker.State.SUCCEEDED) return;
            this.folder.set(folder.toAbsolutePath().normalize());
            current.set(task.getValue());
            dataVersion.set(dataVersion.get() + 1);
        });
        work.submit(task);
        return task;
    }

    /** Closes the open case in the background. */
    public Task<Void> closeCase() {
        Case previous = current.get();
        folder.set(null);
        current.set(null);
        dataVersion.set(dataVersion.get() + 1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                if (previous != null) previous.close();
                return null;
            }
        };
        work.submit(task);
        return task;
    }

    /** Runs a case-changing task (an import) on the work executor; imports are therefore never concurrent. */
    public <T> Task<T> runWork(Task<T> task) {
        pendingWork++;
        importing.set(true);
        Runnable done = () -> {
            pendingWork--;
            importing.set(pendingWork > 0);
            dataVersion.set(dataVersion.get() + 1);
        };
        task.stateProperty().addListener((obs, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                done.run();
            }
        });
        work.submit(task);
        return task;
    }

    /**
     * Runs a long case write that leaves the records alone (detection) on the work executor: it queues with imports
     * and marks, but does not flag an import or bump the data version, since search results cannot change.
     */
    public <T> Task<T> runJob(Task<T> task) {
        work.submit(task);
        return task;
    }

    /** Runs a read against the open case on the query executor. Fails the task if no case is open. */
    public <T> Task<T> query(CaseCall<T> call) {
        Case c = current.get();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (c == null) throw new IllegalStateException("No case is open");
                return call.apply(c);
            }
        };
        queries.submit(task);
        return task;
    }

    @Override
    public void close() {
        Case c = current.get();
        current.set(null);
        work.submit(() -> {
            try {
                if (c != null) c.close();
            } catch (Exception ignored) {
                // closing on exit: nothing sensible left to do
            }
        });
        work.shutdown();
        queries.shutdownNow();
        try {
            work.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
